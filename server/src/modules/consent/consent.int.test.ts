import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { consentRecordsOf } from './consent.service';
import { COOKIE_POLICY_VERSION } from './cookie-policy';

const RECORD = /* GraphQL */ `mutation($input: CookieConsentInput!) { recordCookieConsent(input: $input) }`;
const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const rowsOf = (userId: string) =>
  app.sql<{ policy_version: string; categories: Record<string, boolean>; decided_at: Date }>(
    'select policy_version, categories, decided_at from cookie_consents where user_id = ? order by decided_at',
    [userId],
  );

describe('recordCookieConsent', () => {
  it('records the signed-in user’s choice with the server time and the policy version, every category answered', async () => {
    const client = app.client();
    const user = await signUp(client);
    const before = Date.now();
    expect(await client.ok(RECORD, { input: { policyVersion: COOKIE_POLICY_VERSION, granted: ['errorReporting'] } })).toEqual({
      recordCookieConsent: true,
    });
    const rows = await rowsOf(user.id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ policy_version: COOKIE_POLICY_VERSION, categories: { errorReporting: true, productAnalytics: false } });
    expect(new Date(rows[0]?.decided_at ?? 0).getTime()).toBeGreaterThanOrEqual(before - 1000);
  });

  it('keeps the history: a later "reject all" adds a record, and consentRecordsOf lists them oldest first', async () => {
    const client = app.client();
    const user = await signUp(client);
    await client.ok(RECORD, { input: { policyVersion: COOKIE_POLICY_VERSION, granted: ['errorReporting', 'productAnalytics'] } });
    await client.ok(RECORD, { input: { policyVersion: COOKIE_POLICY_VERSION, granted: [] } });
    const em = app.orm.em.fork();
    const records = await consentRecordsOf(em, user.id);
    expect(records.map((record) => record.categories)).toEqual([
      { errorReporting: true, productAnalytics: true },
      { errorReporting: false, productAnalytics: false },
    ]);
    expect(records[0]?.policyVersion).toBe(COOKIE_POLICY_VERSION);
    expect(Number.isNaN(Date.parse(records[0]?.decidedAt ?? ''))).toBe(false);
    // Someone else's records are not among them.
    const other = app.client();
    const stranger = await signUp(other);
    expect(await consentRecordsOf(em, stranger.id)).toEqual([]);
  });

  it('refuses a logged-out visitor (their choice stays in the browser) and writes nothing', async () => {
    const count = async () => Number((await app.sql<{ n: string }>('select count(*) as n from cookie_consents'))[0]?.n);
    const before = await count();
    const anonymous = app.client();
    const refused = await anonymous.request(RECORD, { input: { policyVersion: COOKIE_POLICY_VERSION, granted: [] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await count()).toBe(before);
  });

  it('refuses an API token (FORBIDDEN: a cookie choice belongs to a browser) and writes nothing', async () => {
    const browser = app.client();
    const user = await signUp(browser);
    const { createApiToken } = await browser.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, { input: { name: 'script' } });
    const script = app.client();
    script.bearer = createApiToken.secret;
    const refused = await script.request(RECORD, { input: { policyVersion: COOKIE_POLICY_VERSION, granted: ['productAnalytics'] } });
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(await rowsOf(user.id)).toEqual([]);
  });

  it('refuses an unknown category and an outdated policy version with BAD_USER_INPUT on the field, writing nothing', async () => {
    const client = app.client();
    const user = await signUp(client);
    const unknown = await client.request(RECORD, {
      input: { policyVersion: COOKIE_POLICY_VERSION, granted: ['errorReporting', 'marketing'] },
    });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'granted' }] });
    const outdated = await client.request(RECORD, { input: { policyVersion: '2020-01-01', granted: [] } });
    expect(outdated.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'policyVersion' }] });
    const tooLong = await client.request(RECORD, { input: { policyVersion: 'x'.repeat(200), granted: [] } });
    expect(tooLong.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await rowsOf(user.id)).toEqual([]);
  });

  it('is rate limited per user', async () => {
    const client = app.client();
    await signUp(client);
    const input = { policyVersion: COOKIE_POLICY_VERSION, granted: [] };
    const codes: unknown[] = [];
    for (let attempt = 0; attempt < 21; attempt += 1) {
      codes.push((await client.request(RECORD, { input })).errors?.[0]?.extensions?.code);
    }
    expect(codes.slice(0, 20).every((code) => code === undefined)).toBe(true);
    expect(codes[20]).toBe('RATE_LIMITED');
  });
});
