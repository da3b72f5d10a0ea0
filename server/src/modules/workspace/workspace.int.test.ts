import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';

const WORKSPACES = /* GraphQL */ `{ workspaces { id name slug viewerRole } }`;
const WORKSPACE = /* GraphQL */ `query($slug: String!) { workspace(slug: $slug) { id name viewerRole } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const CREATE_WORKSPACE = /* GraphQL */ `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id slug } }`;

async function addWorkspaces(client: GraphQLTestClient, names: string[]) {
  for (const name of names) await client.ok(CREATE_WORKSPACE, { input: { name } });
}

describe('workspaces', () => {
  it('lists the viewer’s workspaces alphabetically with their role', async () => {
    const client = app.client();
    await signUp(client, { name: 'Zed' });
    await addWorkspaces(client, ['Acme Research']);
    const { workspaces } = await client.ok<{ workspaces: Array<{ name: string; slug: string; viewerRole: string }> }>(WORKSPACES);
    expect(workspaces.map((w) => [w.name, w.viewerRole])).toEqual([
      ['Acme Research', 'OWNER'],
      ["Zed's workspace", 'OWNER'],
    ]);
    expect(workspaces[0]?.slug).toMatch(/^acme-research(-[0-9a-f]{6})?$/);
  });

  it('gives a taken slug a random suffix', async () => {
    const client = app.client();
    await signUp(client);
    await addWorkspaces(client, ['Same Name', 'Same Name']);
    const rows = await app.sql<{ slug: string }>(`select slug from workspaces where name = 'Same Name' order by created_at`);
    expect(rows.map((row) => row.slug)).toEqual(['same-name', expect.stringMatching(/^same-name-[0-9a-f]{6}$/)]);
  });

  it('costs the same number of SQL statements for 1 or 6 workspaces (no N+1 for viewerRole, plan or subscription)', async () => {
    const WORKSPACES_WITH_BILLING = /* GraphQL */ `{ workspaces { id name slug viewerRole plan { id } subscription { status } } }`;
    const one = app.client();
    await signUp(one);
    const six = app.client();
    await signUp(six);
    await addWorkspaces(six, ['B', 'C', 'D', 'E', 'F']);

    app.resetQueries();
    expect((await one.ok<{ workspaces: unknown[] }>(WORKSPACES_WITH_BILLING)).workspaces).toHaveLength(1);
    const forOne = app.operationQueries.length;
    expect(forOne).toBeGreaterThan(0);
    app.resetQueries();
    expect((await six.ok<{ workspaces: unknown[] }>(WORKSPACES_WITH_BILLING)).workspaces).toHaveLength(6);
    expect(app.operationQueries.length).toBe(forOne);
  });

  it('finds a workspace by slug for its member, and answers null for anyone else', async () => {
    const owner = app.client();
    await signUp(owner);
    const { workspaces } = await owner.ok<{ workspaces: Array<{ slug: string; id: string }> }>(WORKSPACES);
    const slug = workspaces[0]?.slug;
    expect((await owner.ok<{ workspace: { viewerRole: string } }>(WORKSPACE, { slug })).workspace.viewerRole).toBe('OWNER');

    const stranger = app.client();
    await signUp(stranger);
    expect((await stranger.ok(WORKSPACE, { slug })).workspace).toBeNull();
    expect((await stranger.ok(WORKSPACE, { slug: 'does-not-exist' })).workspace).toBeNull();
  });

  it('refuses both queries to anonymous callers with UNAUTHENTICATED', async () => {
    const anonymous = app.client();
    expect((await anonymous.request(WORKSPACES)).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
    expect((await anonymous.request(WORKSPACE, { slug: 'x' })).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('creating, renaming and deleting workspaces', () => {
  const UPDATE = /* GraphQL */ `mutation($id: ID!, $input: UpdateWorkspaceInput!) { updateWorkspace(id: $id, input: $input) { id name slug } }`;
  const DELETE = /* GraphQL */ `mutation($id: ID!, $confirmName: String!) { deleteWorkspace(id: $id, confirmName: $confirmName) }`;

  it('creates a workspace with a chosen slug, and refuses a taken or malformed one with field errors', async () => {
    const client = app.client();
    await signUp(client);
    const slug = `acme-${Date.now().toString(36)}`;
    const created = await client.ok<{ createWorkspace: { slug: string } }>(CREATE_WORKSPACE, { input: { name: 'Acme', slug } });
    expect(created.createWorkspace.slug).toBe(slug);
    const taken = await client.request(CREATE_WORKSPACE, { input: { name: 'Other', slug } });
    expect(taken.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fieldErrors: [{ field: 'slug' }] });
    for (const bad of ['Has Spaces', '-dash', 'a', 'x'.repeat(49)]) {
      const result = await client.request(CREATE_WORKSPACE, { input: { name: 'Other', slug: bad } });
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'slug' }] });
    }
    const blank = await client.request(CREATE_WORKSPACE, { input: { name: '   ' } });
    expect(blank.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'name' }] });
    expect((await client.ok<{ workspaces: unknown[] }>(WORKSPACES)).workspaces).toHaveLength(2);
  });

  it('renames and re-addresses a workspace, recording the change in the audit log', async () => {
    const client = app.client();
    await signUp(client);
    const { createWorkspace } = await client.ok<{ createWorkspace: { id: string } }>(CREATE_WORKSPACE, { input: { name: 'Before' } });
    const slug = `after-${Date.now().toString(36)}`;
    const updated = await client.ok<{ updateWorkspace: { name: string; slug: string } }>(UPDATE, {
      id: createWorkspace.id,
      input: { name: 'After', slug },
    });
    expect(updated.updateWorkspace).toMatchObject({ name: 'After', slug });
    const audit = await client.ok<{ auditLog: { edges: Array<{ node: { action: string; details: unknown } }> } }>(
      'query($id: ID!) { auditLog(workspaceId: $id) { edges { node { action details } } } }',
      { id: createWorkspace.id },
    );
    expect(audit.auditLog.edges.map((edge) => edge.node.action)).toEqual(['WORKSPACE_UPDATED', 'WORKSPACE_CREATED']);
    expect(audit.auditLog.edges[0]?.node.details).toMatchObject({ before: { name: 'Before' }, after: { name: 'After', slug } });
  });

  it('deletes only with the exact name typed, and then removes its data', async () => {
    const client = app.client();
    await signUp(client);
    const { createWorkspace } = await client.ok<{ createWorkspace: { id: string } }>(CREATE_WORKSPACE, { input: { name: 'Doomed' } });
    const wrong = await client.request(DELETE, { id: createWorkspace.id, confirmName: 'doomed' });
    expect(wrong.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'confirmName' }] });
    expect(await app.sql('select 1 from workspaces where id = ?', [createWorkspace.id])).toHaveLength(1);
    await client.ok(DELETE, { id: createWorkspace.id, confirmName: 'Doomed' });
    expect(await app.sql('select 1 from workspaces where id = ?', [createWorkspace.id])).toEqual([]);
    expect(await app.sql('select 1 from memberships where workspace_id = ?', [createWorkspace.id])).toEqual([]);
    expect(await app.sql('select 1 from audit_events where workspace_id = ?', [createWorkspace.id])).toEqual([]);
  });
});
