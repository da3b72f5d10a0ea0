import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { SIGN_UP, signUp, uniqueEmail, VERIFY_EMAIL } from '../../../test/factories';
import { openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { VERIFICATION_LINK, verificationTokenFrom, waitForMail } from '../../../test/mail';

const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }`;
const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

function closeCode(ws: Client): Promise<number> {
  return new Promise((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
}

describe('releasing an unverified holder', () => {
  it('closes the released holder’s open WebSockets (session and API token) with 4401 within 5 s, like a revoked session', async () => {
    const email = uniqueEmail('victim');
    const squatter = app.client();
    await signUp(squatter, { email, name: 'Squatter' });
    const workspaceId = await workspaceOf(squatter);
    const { createApiToken } = await squatter.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, { input: { name: 'Backdoor' } });

    const bySession = squatter.websocket();
    const byToken = app.client().websocket({ connectionParams: { authorization: `Bearer ${createApiToken.secret}` } });
    const sessionClosed = closeCode(bySession);
    const tokenClosed = closeCode(byToken);
    const sessionUsage = openSubscription(bySession, USAGE, { workspaceId });
    const tokenUsage = openSubscription(byToken, USAGE, { workspaceId });
    expect((await sessionUsage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 1 } } } });
    expect((await tokenUsage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 1 } } } });

    // The real owner signs up with the address and follows the link mailed to it: the address is taken over.
    const owner = app.client();
    expect((await owner.request(SIGN_UP, { input: { email, name: 'Real Owner', password: 'owner password 1' } })).errors).toBeUndefined();
    const [mail] = await waitForMail(app, email, { matching: new RegExp(`Hi Real Owner,[^]*${VERIFICATION_LINK.source}`) });
    const started = Date.now();
    await app.client().ok(VERIFY_EMAIL, { token: verificationTokenFrom(mail as NonNullable<typeof mail>) });

    expect(await sessionClosed).toBe(4401);
    expect(await tokenClosed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(5000);
    // And the credentials are gone for plain HTTP too.
    expect((await squatter.request('{ workspaces { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const tokenClient = app.client();
    tokenClient.bearer = createApiToken.secret;
    expect((await tokenClient.request('{ workspaces { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
