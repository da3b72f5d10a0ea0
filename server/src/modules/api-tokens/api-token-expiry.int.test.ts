import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { token { id expiresAt } } }`;
const DAY_MS = 24 * 60 * 60 * 1000;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('API token expiry bound', () => {
  it('accepts an expiry up to one year ahead (end of that day included), and no expiry', async () => {
    const owner = app.client();
    await signUp(owner);
    const inAYear = new Date(Date.now() + 365 * DAY_MS + DAY_MS - 1000).toISOString();
    const dated = await owner.ok<{ createApiToken: { token: { expiresAt: string } } }>(CREATE_TOKEN, {
      input: { name: 'Yearly', expiresAt: inAYear },
    });
    expect(dated.createApiToken.token.expiresAt).toBe(inAYear);
    const forever = await owner.ok<{ createApiToken: { token: { expiresAt: string | null } } }>(CREATE_TOKEN, { input: { name: 'CI' } });
    expect(forever.createApiToken.token.expiresAt).toBeNull();
  });

  it('refuses an expiry beyond the bound with BAD_USER_INPUT on expiresAt, and creates nothing', async () => {
    const owner = app.client();
    const user = await signUp(owner);
    for (const expiresAt of [new Date(Date.now() + 367 * DAY_MS).toISOString(), '9999-12-31T23:59:59.000Z']) {
      const refused = await owner.request(CREATE_TOKEN, { input: { name: 'Too long', expiresAt } });
      expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'expiresAt' }] });
      expect(refused.errors?.[0]?.message).toMatch(/at most 366 days/);
    }
    expect(await app.sql('select id from api_tokens where user_id = ?', [user.id])).toEqual([]);
  });
});
