import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, workspaceOf } from '../copilot';
import { signUp } from '../factories';
import type { GraphQLTestClient } from '../graphql-client';
import { startTestApp, type TestApp } from '../harness';
import { postUpload } from '../uploads';

// Issue 10, item 7: what an API token must not be able to do, whoever holds it.

const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret token { id } } }`;
type Created = { createApiToken: { secret: string; token: { id: string } } };

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const codeOf = (response: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => response.errors?.[0]?.extensions?.code;

async function ownerWithToken(input: Record<string, unknown>) {
  const owner = app.client();
  const user = await signUp(owner);
  const workspaceId = await workspaceOf(owner);
  const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: 'Token', ...input } });
  const script = app.client();
  script.bearer = createApiToken.secret;
  return { owner, user, workspaceId, script, secret: createApiToken.secret, tokenId: createApiToken.token.id };
}

describe('where a token is accepted', () => {
  it('only from the Authorization header: in the session cookie it authenticates nothing', async () => {
    const { secret } = await ownerWithToken({});
    const planted = app.client();
    planted.cookie = `askbase_session=${secret}`;
    expect(await planted.ok('{ me { id } }')).toEqual({ me: null });
    expect(codeOf(await planted.request('mutation { createWorkspace(input: { name: "Planted" }) { id } }'))).toBe('UNAUTHENTICATED');
  });
});

describe('a read-only token', () => {
  it('runs queries, and every mutation is FORBIDDEN with nothing changed', async () => {
    const { workspaceId, script } = await ownerWithToken({ readOnly: true });
    expect(await script.ok('{ workspaces { id } }')).toEqual({ workspaces: [{ id: workspaceId }] });

    const rename = await script.request('mutation($id: ID!) { updateWorkspace(id: $id, input: { name: "Hacked" }) { name } }', {
      id: workspaceId,
    });
    expect(codeOf(rename)).toBe('FORBIDDEN');
    expect(rename.errors?.[0]?.message).toBe('This API token is read-only.');
    const add = await script.request(ADD_DOCUMENT, { workspaceId, input: { title: 'x', text: 'hello' } });
    expect(codeOf(add)).toBe('FORBIDDEN');
    // Even mutations open to anyone, and the ones that would otherwise answer NOT_FOUND.
    expect(codeOf(await script.request('mutation { createWorkspace(input: { name: "Another" }) { id } }'))).toBe('FORBIDDEN');
    expect(codeOf(await script.request('mutation { deleteDocument(id: "00000000-0000-4000-8000-000000000000") }'))).toBe('FORBIDDEN');

    const [workspace] = await app.sql<{ name: string }>('select name from workspaces where id = ?', [workspaceId]);
    expect(workspace?.name).not.toBe('Hacked');
    expect(await app.sql('select id from documents where workspace_id = ?', [workspaceId])).toEqual([]);
    expect((await script.ok<{ workspaces: unknown[] }>('{ workspaces { id } }')).workspaces).toHaveLength(1);
  });
});

describe('a workspace-restricted token', () => {
  it('sees only its workspace: others are NOT_FOUND by argument and by record, and absent from lists', async () => {
    const owner = app.client();
    await signUp(owner);
    const home = await workspaceOf(owner);
    const other = (
      await owner.ok<{ createWorkspace: { id: string; slug: string } }>(
        'mutation { createWorkspace(input: { name: "Other" }) { id slug } }',
      )
    ).createWorkspace;
    const doc = (
      await owner.ok<{ addDocument: { id: string } }>(ADD_DOCUMENT, {
        workspaceId: other.id,
        input: { title: 'Secret', text: 'The vault code is 1234.' },
      })
    ).addDocument;
    const { createApiToken } = await owner.ok<Created>(CREATE_TOKEN, { input: { name: 'Home only', workspaceId: home } });
    const script = app.client();
    script.bearer = createApiToken.secret;

    expect(await script.ok('{ workspaces { id } }')).toEqual({ workspaces: [{ id: home }] });
    expect(await script.ok('query($slug: String!) { workspace(slug: $slug) { id } }', { slug: other.slug })).toEqual({ workspace: null });
    expect(codeOf(await script.request('query($w: ID!) { documents(workspaceId: $w) { totalCount } }', { w: other.id }))).toBe('NOT_FOUND');
    expect(codeOf(await script.request('query($id: ID!) { document(id: $id) { title } }', { id: doc.id }))).toBe('NOT_FOUND');
    expect(codeOf(await script.request('mutation($id: ID!) { deleteDocument(id: $id) }', { id: doc.id }))).toBe('NOT_FOUND');
    expect(
      codeOf(await script.request('mutation($id: ID!) { updateWorkspace(id: $id, input: { name: "Mine now" }) { id } }', { id: other.id })),
    ).toBe('NOT_FOUND');
    // Nor may it create or join workspaces it then could not see.
    expect(codeOf(await script.request('mutation { createWorkspace(input: { name: "Escape" }) { id } }'))).toBe('FORBIDDEN');
    // Its own workspace works as usual.
    expect(await script.ok('query($w: ID!) { documents(workspaceId: $w) { totalCount } }', { w: home })).toEqual({
      documents: { totalCount: 0 },
    });
    expect(await app.sql('select id from documents where id = ?', [doc.id])).toHaveLength(1);
  });
});

describe('POST /uploads with a token', () => {
  it('refuses a read-only token (FORBIDDEN) and a restricted one outside its workspace (NOT_FOUND); a full token uploads', async () => {
    const readOnly = await ownerWithToken({ readOnly: true });
    const refused = await postUpload(readOnly.script, readOnly.workspaceId, { filename: 'a.txt', bytes: 'hello' });
    expect(refused.status).toBe(403);
    expect(refused.body.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');

    const restricted = await ownerWithToken({});
    const { createWorkspace } = await restricted.owner.ok<{ createWorkspace: { id: string } }>(
      'mutation { createWorkspace(input: { name: "Elsewhere" }) { id } }',
    );
    const { createApiToken } = await restricted.owner.ok<Created>(CREATE_TOKEN, {
      input: { name: 'Home', workspaceId: restricted.workspaceId },
    });
    restricted.script.bearer = createApiToken.secret;
    const elsewhere = await postUpload(restricted.script, createWorkspace.id, { filename: 'a.txt', bytes: 'hello' });
    expect(elsewhere.body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const home = await postUpload(restricted.script, restricted.workspaceId, { filename: 'a.txt', bytes: 'hello' });
    expect(home.status).toBe(201);
    expect(await app.sql('select id from uploads where workspace_id = ?', [createWorkspace.id])).toEqual([]);
  });
});

describe('a dead token', () => {
  it('expired or revoked: UNAUTHENTICATED', async () => {
    const { owner, script, tokenId } = await ownerWithToken({ expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(codeOf(await script.request('{ workspaces { id } }'))).toBeUndefined();
    await app.sql("update api_tokens set expires_at = now() - interval '1 second' where id = ?", [tokenId]);
    expect(codeOf(await script.request('{ workspaces { id } }'))).toBe('UNAUTHENTICATED');
    expect((await script.request<{ me: unknown }>('{ me { id } }')).data?.me).toBeNull();

    const revoked = await ownerWithToken({});
    await revoked.owner.ok('mutation($id: ID!) { revokeApiToken(id: $id) }', { id: revoked.tokenId });
    expect(codeOf(await revoked.script.request('{ workspaces { id } }'))).toBe('UNAUTHENTICATED');
    // A forged secret of the right shape: the same.
    const forged = app.client();
    forged.bearer = `askb_${'A'.repeat(43)}`;
    expect(codeOf(await forged.request('{ workspaces { id } }'))).toBe('UNAUTHENTICATED');
    expect(owner).toBeDefined();
  });
});

describe('account management needs the browser session', () => {
  async function refusedWith(script: GraphQLTestClient, query: string, variables?: Record<string, unknown>) {
    const response = await script.request(query, variables);
    expect(codeOf(response)).toBe('FORBIDDEN');
    return response.errors?.[0]?.message;
  }

  it('a full-access token cannot create or revoke tokens, nor list or end sessions', async () => {
    const { user, script, tokenId } = await ownerWithToken({});
    expect(await refusedWith(script, CREATE_TOKEN, { input: { name: 'Child' } })).toMatch(/sign in to Askbase in a browser/);
    await refusedWith(script, 'mutation($id: ID!) { revokeApiToken(id: $id) }', { id: tokenId });
    await refusedWith(script, '{ apiTokens { id } }');
    await refusedWith(script, '{ sessions { id } }');
    await refusedWith(script, 'mutation { revokeOtherSessions }');
    const [session] = await app.sql<{ id: string }>('select id from sessions where user_id = ?', [user.id]);
    await refusedWith(script, 'mutation($id: ID!) { revokeSession(id: $id) }', { id: session?.id });

    expect(await app.sql('select id from api_tokens where user_id = ?', [user.id])).toHaveLength(1);
    expect(await app.sql('select id from sessions where user_id = ?', [user.id])).toHaveLength(1);
  });

  it('a read-only token is refused the same way', async () => {
    const { script } = await ownerWithToken({ readOnly: true });
    expect(codeOf(await script.request(CREATE_TOKEN, { input: { name: 'Child' } }))).toBe('FORBIDDEN');
    expect(codeOf(await script.request('{ sessions { id } }'))).toBe('FORBIDDEN');
  });
});

describe('sessions of others', () => {
  it('revokeSession with someone else’s session id is NOT_FOUND and their session keeps working', async () => {
    const me = app.client();
    await signUp(me);
    const victim = app.client();
    const them = await signUp(victim);
    const [theirs] = await app.sql<{ id: string }>('select id from sessions where user_id = ?', [them.id]);
    expect(codeOf(await me.request('mutation($id: ID!) { revokeSession(id: $id) }', { id: theirs?.id }))).toBe('NOT_FOUND');
    expect((await victim.ok<{ me: { id: string } }>('{ me { id } }')).me.id).toBe(them.id);
  });
});
