import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { type GraphQLTestClient, openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';

const SESSIONS = /* GraphQL */ `{ sessions { id device browser ip userAgent createdAt lastSeenAt expiresAt current } }`;
const REVOKE = /* GraphQL */ `mutation($id: ID!) { revokeSession(id: $id) }`;
const REVOKE_OTHERS = /* GraphQL */ `mutation { revokeOtherSessions }`;
const LOG_IN = /* GraphQL */ `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }`;
const CHROME_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36';

interface SessionRow {
  id: string;
  device: string | null;
  browser: string | null;
  ip: string | null;
  current: boolean;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** The close code of the client's socket, once it closes, with the time it took. */
function closeCode(ws: Client): Promise<number> {
  return new Promise((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
}

/** A user signed in twice: `first` signed up, `second` logged in with another browser's user agent. */
async function signedInTwice(): Promise<{ first: GraphQLTestClient; second: GraphQLTestClient }> {
  const first = app.client();
  const { email, password } = await signUp(first);
  const second = app.client();
  const logIn = await second.request(LOG_IN, { input: { email, password, rememberMe: false } }, { 'user-agent': CHROME_MAC });
  expect(logIn.errors).toBeUndefined();
  return { first, second };
}

const sessionsOf = async (client: GraphQLTestClient) => (await client.ok<{ sessions: SessionRow[] }>(SESSIONS)).sessions;

describe('sessions', () => {
  it('lists the viewer’s sessions with device, browser and IP, marking the current one', async () => {
    const { first, second } = await signedInTwice();
    const sessions = await sessionsOf(first);
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((session) => session.current)).toHaveLength(1);
    const other = sessions.find((session) => !session.current);
    expect(other).toMatchObject({ device: 'Mac OS 10.15.7 · Apple Macintosh', browser: 'Chrome 131', ip: '127.0.0.1' });
    // The other browser sees the same two, with itself as current.
    const seen = await sessionsOf(second);
    expect(seen.find((session) => session.current)?.id).toBe(other?.id);
  });

  it('revokeSession ends the other session at once: its open WebSocket closes with 4401 within 5 s and its next request is UNAUTHENTICATED', async () => {
    const { first, second } = await signedInTwice();
    const workspaceId = await workspaceOf(second);
    const ws = second.websocket();
    const closed = closeCode(ws);
    const usage = openSubscription(ws, USAGE, { workspaceId });
    expect((await usage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 1 } } } });

    const otherId = (await sessionsOf(first)).find((session) => !session.current)?.id;
    const started = Date.now();
    expect(await first.ok(REVOKE, { id: otherId })).toEqual({ revokeSession: true });
    expect(await closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(5000);

    const next = await second.request('{ workspaces { id } }');
    expect(next.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await second.request<{ me: unknown }>('{ me { id } }')).data?.me).toBeNull();
    // The revoking browser goes on.
    expect(await sessionsOf(first)).toHaveLength(1);
  });

  it('revokeSession of someone else’s session is NOT_FOUND and ends nothing', async () => {
    const { first } = await signedInTwice();
    const stranger = app.client();
    await signUp(stranger);
    const theirs = (await sessionsOf(stranger))[0]?.id;
    const refused = await first.request(REVOKE, { id: theirs });
    expect(refused.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await sessionsOf(stranger)).toHaveLength(1);
    for (const id of ['not-a-uuid', '00000000-0000-4000-8000-000000000000']) {
      expect((await first.request(REVOKE, { id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    }
  });

  it('revoking the current session logs out (the cookie is cleared)', async () => {
    const { first } = await signedInTwice();
    const current = (await sessionsOf(first)).find((session) => session.current)?.id;
    const response = await first.request(REVOKE, { id: current });
    expect(response.errors).toBeUndefined();
    expect(response.headers.get('set-cookie')).toMatch(/askbase_session=;/);
    expect((await first.request('{ sessions { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });

  it('revokeOtherSessions ends every other session and answers how many', async () => {
    const { first, second } = await signedInTwice();
    const third = app.client();
    const { me } = await first.ok<{ me: { email: string } }>('{ me { email } }');
    await third.ok(LOG_IN, { input: { email: me.email, password: 'correct horse battery', rememberMe: true } });
    expect(await first.ok(REVOKE_OTHERS)).toEqual({ revokeOtherSessions: 2 });
    expect(await sessionsOf(first)).toHaveLength(1);
    expect((await second.request('{ workspaces { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await third.request('{ workspaces { id } }')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect(await first.ok(REVOKE_OTHERS)).toEqual({ revokeOtherSessions: 0 });
  });

  it('needs a signed-in viewer', async () => {
    const anonymous = app.client();
    expect((await anonymous.request(SESSIONS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.request(REVOKE_OTHERS)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});
