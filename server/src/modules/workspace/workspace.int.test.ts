import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { User } from '../account/user.entity';
import { WorkspaceService } from './workspace.service';

const WORKSPACES = /* GraphQL */ `{ workspaces { id name slug viewerRole } }`;
const WORKSPACE = /* GraphQL */ `query($slug: String!) { workspace(slug: $slug) { id name viewerRole } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function addWorkspaces(userId: string, names: string[]) {
  const em = app.orm.em.fork();
  const user = await em.findOneOrFail(User, userId);
  const service = new WorkspaceService(em, {
    publish: () => undefined,
    subscribe: () => {
      throw new Error('unused');
    },
    close: async () => undefined,
  });
  for (const name of names) await service.createOwned(user, name);
}

describe('workspaces', () => {
  it('lists the viewer’s workspaces alphabetically with their role', async () => {
    const client = app.client();
    const user = await signUp(client, { name: 'Zed' });
    await addWorkspaces(user.id, ['Acme Research']);
    const { workspaces } = await client.ok<{ workspaces: Array<{ name: string; slug: string; viewerRole: string }> }>(WORKSPACES);
    expect(workspaces.map((w) => [w.name, w.viewerRole])).toEqual([
      ['Acme Research', 'OWNER'],
      ["Zed's workspace", 'OWNER'],
    ]);
    expect(workspaces[0]?.slug).toMatch(/^acme-research(-[0-9a-f]{6})?$/);
  });

  it('gives a taken slug a random suffix', async () => {
    const first = await signUp(app.client());
    await addWorkspaces(first.id, ['Same Name', 'Same Name']);
    const rows = await app.sql<{ slug: string }>(`select slug from workspaces where name = 'Same Name' order by created_at`);
    expect(rows.map((row) => row.slug)).toEqual(['same-name', expect.stringMatching(/^same-name-[0-9a-f]{6}$/)]);
  });

  it('costs the same number of SQL statements for 1 or 6 workspaces (no N+1 for viewerRole)', async () => {
    const one = app.client();
    await signUp(one);
    const six = app.client();
    const sixUser = await signUp(six);
    await addWorkspaces(sixUser.id, ['B', 'C', 'D', 'E', 'F']);

    app.resetQueries();
    expect((await one.ok<{ workspaces: unknown[] }>(WORKSPACES)).workspaces).toHaveLength(1);
    const forOne = app.queries.length;
    app.resetQueries();
    expect((await six.ok<{ workspaces: unknown[] }>(WORKSPACES)).workspaces).toHaveLength(6);
    expect(app.queries.length).toBe(forOne);
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
