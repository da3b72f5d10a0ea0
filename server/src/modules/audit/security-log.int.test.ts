import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { DEFAULT_PASSWORD, signUp, signUpVerified } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { type CapturedMail, waitForMail } from '../../../test/mail';

const SECURITY_LOG = /* GraphQL */ `query($first: Int, $after: String) {
  securityLog(first: $first, after: $after) {
    totalCount
    pageInfo { hasNextPage endCursor }
    edges { node { id action targetType targetLabel details actor { id } createdAt } }
  }
}`;
const AUDIT_LOG = /* GraphQL */ `query($workspaceId: ID!) { auditLog(workspaceId: $workspaceId) { edges { node { action } } } }`;
const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id } } }`;
const REVOKE_TOKEN = /* GraphQL */ `mutation($id: ID!) { revokeApiToken(id: $id) }`;
const SESSIONS = /* GraphQL */ `{ sessions { id current } }`;
const REVOKE_SESSION = /* GraphQL */ `mutation($id: ID!) { revokeSession(id: $id) }`;
const REVOKE_OTHERS = /* GraphQL */ `mutation { revokeOtherSessions }`;
const LOG_IN = /* GraphQL */ `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const CHANGE = /* GraphQL */ `mutation($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;
const REQUEST_RESET = /* GraphQL */ `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = /* GraphQL */ `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;
const RESET_LINK = /\/reset-password\?token=([A-Za-z0-9_-]+)/;

interface Entry {
  id: string;
  action: string;
  targetType: string;
  targetLabel: string;
  details: Record<string, unknown>;
  actor: { id: string } | null;
}
interface LogPage {
  securityLog: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string | null }; edges: Array<{ node: Entry }> };
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const logOf = async (client: GraphQLTestClient, variables: Record<string, unknown> = {}) =>
  (await client.ok<LogPage>(SECURITY_LOG, variables)).securityLog;
const actionsOf = async (client: GraphQLTestClient) => (await logOf(client, { first: 100 })).edges.map(({ node }) => node.action);

async function logIn(email: string, password = DEFAULT_PASSWORD): Promise<GraphQLTestClient> {
  const client = app.client();
  await client.ok(LOG_IN, { input: { email, password, rememberMe: false } });
  return client;
}

describe('security log', () => {
  it('records token and session changes and a password change about the user, newest first, by the user', async () => {
    const browser = app.client();
    const user = await signUp(browser);
    const { createApiToken } = await browser.ok<{ createApiToken: { token: { id: string } } }>(CREATE_TOKEN, {
      input: { name: 'Deploy bot', readOnly: true },
    });
    await browser.ok(REVOKE_TOKEN, { id: createApiToken.token.id });
    await logIn(user.email);
    const other = (await browser.ok<{ sessions: Array<{ id: string; current: boolean }> }>(SESSIONS)).sessions.find((s) => !s.current);
    await browser.ok(REVOKE_SESSION, { id: other?.id });
    await logIn(user.email);
    await logIn(user.email);
    expect(await browser.ok(REVOKE_OTHERS)).toEqual({ revokeOtherSessions: 2 });
    await browser.ok(CHANGE, { currentPassword: DEFAULT_PASSWORD, newPassword: 'violet tractor melody' });

    const log = await logOf(browser);
    expect(log.edges.map(({ node }) => node.action)).toEqual([
      'PASSWORD_CHANGED',
      'OTHER_SESSIONS_REVOKED',
      'SESSION_REVOKED',
      'API_TOKEN_REVOKED',
      'API_TOKEN_CREATED',
    ]);
    const [changed, others, session, revoked, created] = log.edges.map(({ node }) => node);
    expect(created).toMatchObject({
      targetType: 'api_token',
      targetLabel: 'Deploy bot',
      details: { readOnly: true },
      actor: { id: user.id },
    });
    expect(revoked).toMatchObject({ targetLabel: 'Deploy bot' });
    expect(session).toMatchObject({ targetType: 'session', targetLabel: 'Unknown device' });
    expect(others).toMatchObject({ details: { count: 2 } });
    expect(changed).toMatchObject({ targetType: 'user', targetLabel: user.email });
    expect(log.totalCount).toBe(5);
  });

  it('pages with the keyset cursor', async () => {
    const browser = app.client();
    await signUp(browser);
    for (const name of ['one', 'two', 'three']) await browser.ok(CREATE_TOKEN, { input: { name } });
    const first = await logOf(browser, { first: 2 });
    expect(first.edges.map(({ node }) => node.targetLabel)).toEqual(['three', 'two']);
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await logOf(browser, { first: 2, after: first.pageInfo.endCursor });
    expect(second.edges.map(({ node }) => node.targetLabel)).toEqual(['one']);
    expect(second.pageInfo.hasNextPage).toBe(false);
    expect((await browser.request(SECURITY_LOG, { first: 0 })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await browser.request(SECURITY_LOG, { after: 'garbage' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('records email verification and password reset', async () => {
    const browser = app.client();
    const user = await signUpVerified(app, browser);
    expect(await actionsOf(browser)).toEqual(['EMAIL_VERIFIED']);

    await app.client().ok(REQUEST_RESET, { email: user.email });
    const [mail] = await waitForMail(app, user.email, { matching: RESET_LINK });
    const token = RESET_LINK.exec((mail as CapturedMail).text)?.[1];
    await app.client().ok(RESET, { token, newPassword: 'violet tractor melody' });
    const fresh = await logIn(user.email, 'violet tractor melody');
    expect(await actionsOf(fresh)).toEqual(['PASSWORD_RESET', 'EMAIL_VERIFIED']);
  });

  it('shows a user only their own entries, never anyone else’s, and not in the workspace audit log', async () => {
    const alice = app.client();
    await signUp(alice);
    await alice.ok(CREATE_TOKEN, { input: { name: 'Alice token' } });
    const bob = app.client();
    await signUp(bob);
    expect((await logOf(bob)).edges).toEqual([]);
    expect((await logOf(bob)).totalCount).toBe(0);
    // Nor through Alice's cursor: the cursor positions within the viewer's own log only.
    const aliceCursor = (await logOf(alice)).pageInfo.endCursor;
    expect((await logOf(bob, { after: aliceCursor })).edges).toEqual([]);
    // Workspace admins do not see members' personal security entries.
    const workspaceId = await workspaceOf(alice);
    const audit = await alice.ok<{ auditLog: { edges: Array<{ node: { action: string } }> } }>(AUDIT_LOG, { workspaceId });
    expect(audit.auditLog.edges.map(({ node }) => node.action)).not.toContain('API_TOKEN_CREATED');
  });

  it('needs a browser session: anonymous is UNAUTHENTICATED, an API token FORBIDDEN', async () => {
    expect((await app.client().request(SECURITY_LOG)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    const browser = app.client();
    await signUp(browser);
    const { createApiToken } = await browser.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, { input: { name: 'Reader' } });
    const script = app.client();
    script.bearer = createApiToken.secret;
    const refused = await script.request(SECURITY_LOG);
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(refused.data?.securityLog ?? null).toBeNull();
  });
});
