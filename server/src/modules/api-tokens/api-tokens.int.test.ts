import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { type GraphQLTestClient, openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { hashApiTokenSecret } from './api-token-secret';

const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) {
  createApiToken(input: $input) { secret token { id name readOnly lastUsedAt createdAt expiresAt workspace { id } } }
}`;
const TOKENS = /* GraphQL */ `{ apiTokens { id name readOnly lastUsedAt expiresAt workspace { id } } }`;
const REVOKE = /* GraphQL */ `mutation($id: ID!) { revokeApiToken(id: $id) }`;
const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }`;

type Created = { createApiToken: { secret: string; token: { id: string; name: string; readOnly: boolean; lastUsedAt: string | null } } };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A client that authenticates with nothing but the API token's secret. */
function bearerClient(secret: string): GraphQLTestClient {
  const client = app.client();
  client.bearer = secret;
  return client;
}

function closeCode(ws: Client): Promise<number> {
  return new Promise((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
}

describe('API tokens', () => {
  it('creates a token whose secret has the askb_ prefix and 256 bits, stored only as its SHA-256', async () => {
    const owner = app.client();
    const user = await signUp(owner);
    const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: '  CI export  ' } });
    expect(createApiToken.secret).toMatch(/^askb_[A-Za-z0-9_-]{43}$/);
    expect(createApiToken.token).toMatchObject({ name: 'CI export', readOnly: false, lastUsedAt: null });

    const rows = await app.sql<Record<string, unknown>>('select * from api_tokens where user_id = ?', [user.id]);
    expect(rows).toHaveLength(1);
    expect(JSON.stringify(rows)).not.toContain(createApiToken.secret);
    expect(JSON.stringify(rows)).not.toContain(createApiToken.secret.slice(5));
    expect(rows[0]?.secret_hash).toBe(hashApiTokenSecret(createApiToken.secret));
  });

  it('lists the viewer’s tokens without their secrets, and none of anyone else’s', async () => {
    const owner = app.client();
    await signUp(owner);
    const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: 'Mine', readOnly: true } });
    const stranger = app.client();
    await signUp(stranger);
    await stranger.ok<Created>(CREATE_TOKEN, { input: { name: 'Theirs' } });

    const response = await owner.request<{ apiTokens: Array<{ id: string; name: string }> }>(TOKENS);
    expect(response.data?.apiTokens.map((token) => token.name)).toEqual(['Mine']);
    expect(JSON.stringify(response)).not.toContain(createApiToken.secret);
    // No field of the type carries the secret.
    const fields = await owner.ok<{ __type: { fields: Array<{ name: string }> } }>('{ __type(name: "ApiToken") { fields { name } } }');
    expect(fields.__type.fields.map((field) => field.name)).not.toContain('secret');
  });

  it('authenticates over HTTP (Authorization: Bearer) and records lastUsedAt, at most once a minute', async () => {
    const owner = app.client();
    const user = await signUp(owner);
    const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: 'Script' } });
    const script = bearerClient(createApiToken.secret);
    expect(await script.ok('{ me { email } }')).toEqual({ me: { email: user.email } });
    const [first] = await app.sql<{ last_used_at: string | null }>('select last_used_at from api_tokens where id = ?', [
      createApiToken.token.id,
    ]);
    expect(first?.last_used_at).not.toBeNull();
    await script.ok('{ me { email } }');
    const [second] = await app.sql<{ last_used_at: string | null }>('select last_used_at from api_tokens where id = ?', [
      createApiToken.token.id,
    ]);
    expect(second?.last_used_at).toBe(first?.last_used_at);
    const { apiTokens } = await owner.ok<{ apiTokens: Array<{ lastUsedAt: string }> }>(TOKENS);
    expect(apiTokens[0]?.lastUsedAt).not.toBeNull();
    // Tokens do not become sessions.
    expect((await app.sql('select id from sessions where user_id = ?', [user.id])).length).toBe(1);
  });

  it('an Authorization header wins over the session cookie (the playground’s Headers tab runs as the token)', async () => {
    const owner = app.client();
    await signUp(owner);
    const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: 'Playground', readOnly: true } });
    owner.bearer = createApiToken.secret;
    const refused = await owner.request('mutation { createWorkspace(input: { name: "Via playground" }) { id } }');
    expect(refused.errors?.[0]?.message).toBe('This API token is read-only.');
    owner.bearer = undefined;
    expect((await owner.request('{ sessions { id } }')).errors).toBeUndefined();
  });

  it('a full-access token runs mutations', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: 'Writer' } });
    const script = bearerClient(createApiToken.secret);
    const renamed = await script.ok<{ updateWorkspace: { name: string } }>(
      'mutation($id: ID!) { updateWorkspace(id: $id, input: { name: "Renamed by script" }) { name } }',
      { id: workspaceId },
    );
    expect(renamed.updateWorkspace.name).toBe('Renamed by script');
  });

  it('authenticates over WebSocket (connectionParams.authorization); revoking the token closes the socket with 4401', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: 'Watcher', readOnly: true } });
    const ws = app.client().websocket({ connectionParams: { authorization: `Bearer ${createApiToken.secret}` } });
    const closed = closeCode(ws);
    const usage = openSubscription(ws, USAGE, { workspaceId });
    expect((await usage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 1 } } } });

    const started = Date.now();
    expect(await owner.ok(REVOKE, { id: createApiToken.token.id })).toEqual({ revokeApiToken: true });
    expect(await closed).toBe(4401);
    expect(Date.now() - started).toBeLessThan(5000);
    expect((await bearerClient(createApiToken.secret).request('{ workspaces { id } }')).errors?.[0]?.extensions?.code).toBe(
      'UNAUTHENTICATED',
    );
    expect(await owner.ok<{ apiTokens: unknown[] }>(TOKENS)).toEqual({ apiTokens: [] });
  });

  it('refuses bad input: a name that is blank, an expiry in the past, a workspace not the viewer’s', async () => {
    const owner = app.client();
    await signUp(owner);
    const stranger = app.client();
    await signUp(stranger);
    const theirs = await workspaceOf(stranger);
    const blank = await owner.request(CREATE_TOKEN, { input: { name: '   ' } });
    expect(blank.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const past = await owner.request(CREATE_TOKEN, { input: { name: 'Old', expiresAt: new Date(Date.now() - 1000).toISOString() } });
    expect(past.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'expiresAt' }] });
    const foreign = await owner.request(CREATE_TOKEN, { input: { name: 'Theirs', workspaceId: theirs } });
    expect(foreign.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect(await owner.ok<{ apiTokens: unknown[] }>(TOKENS)).toEqual({ apiTokens: [] });
    // Revoking someone else's token: NOT_FOUND, and it still works.
    const { createApiToken } = await stranger.ok<Created>(CREATE_TOKEN, { input: { name: 'Theirs' } });
    expect((await owner.request(REVOKE, { id: createApiToken.token.id })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await bearerClient(createApiToken.secret).ok<{ me: unknown }>('{ me { id } }')).me).not.toBeNull();
  });
});
