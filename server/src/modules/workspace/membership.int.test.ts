import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createTeam } from '../../../test/team';

const CHANGE_ROLE = /* GraphQL */ `mutation($id: ID!, $role: Role!) { changeMemberRole(membershipId: $id, role: $role) { id role } }`;
const REMOVE = /* GraphQL */ `mutation($id: ID!) { removeMember(membershipId: $id) }`;
const LEAVE = /* GraphQL */ `mutation($workspaceId: ID!) { leaveWorkspace(workspaceId: $workspaceId) }`;
const TRANSFER = /* GraphQL */ `mutation($workspaceId: ID!, $id: ID!) { transferOwnership(workspaceId: $workspaceId, membershipId: $id) { id viewerRole } }`;
const ROLES = /* GraphQL */ `query($slug: String!) { workspace(slug: $slug) { members(first: 100) { edges { node { id role user { name } } } } } }`;
const AUDIT = /* GraphQL */ `query($workspaceId: ID!, $first: Int, $after: String) {
  auditLog(workspaceId: $workspaceId, first: $first, after: $after) {
    totalCount pageInfo { hasNextPage endCursor } edges { node { action targetType targetLabel details actor { name } } }
  }
}`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const rolesOf = async (team: Awaited<ReturnType<typeof createTeam>>) => {
  const data = await team
    .client('OWNER')
    .ok<{ workspace: { members: { edges: Array<{ node: { role: string; user: { name: string } } }> } } }>(ROLES, {
      slug: team.own.workspace.slug,
    });
  return Object.fromEntries(data.workspace.members.edges.map(({ node }) => [node.user.name, node.role]));
};

describe('members', () => {
  it('lists members by join date with role, user and a cursor, one page at a time', async () => {
    const team = await createTeam(app);
    const first = await team
      .client('VIEWER')
      .ok<{ workspace: { members: { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; edges: unknown[] } } }>(
        'query($slug: String!) { workspace(slug: $slug) { members(first: 3) { totalCount pageInfo { hasNextPage endCursor } edges { node { role joinedAt } } } } }',
        { slug: team.own.workspace.slug },
      );
    expect(first.workspace.members.totalCount).toBe(5);
    expect(first.workspace.members.edges).toHaveLength(3);
    expect(first.workspace.members.pageInfo.hasNextPage).toBe(true);
    const rest = await team
      .client('VIEWER')
      .ok<{ workspace: { members: { pageInfo: { hasNextPage: boolean }; edges: unknown[] } } }>(
        'query($slug: String!, $after: String) { workspace(slug: $slug) { members(first: 3, after: $after) { pageInfo { hasNextPage } edges { node { id } } } } }',
        { slug: team.own.workspace.slug, after: first.workspace.members.pageInfo.endCursor },
      );
    expect(rest.workspace.members.edges).toHaveLength(2);
    expect(rest.workspace.members.pageInfo.hasNextPage).toBe(false);
    const bad = await team
      .client('VIEWER')
      .request('query($slug: String!) { workspace(slug: $slug) { members(after: "garbage") { totalCount } } }', {
        slug: team.own.workspace.slug,
      });
    expect(bad.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'after' }] });
  });

  it('costs the same number of SQL statements for 5 or 25 members (no N+1 on users)', async () => {
    const small = await createTeam(app);
    const large = await createTeam(app);
    await app.sql(
      `insert into users (id, email, name, password_hash, created_at, updated_at)
       select gen_random_uuid(), 'bulk-' || gen_random_uuid() || '@example.com', 'Bulk', 'x', now(), now() from generate_series(1, 20)`,
    );
    await app.sql(
      `insert into memberships (id, workspace_id, user_id, role, created_at)
       select gen_random_uuid(), ?, id, 'VIEWER', now() from users where name = 'Bulk' and id not in (select user_id from memberships)`,
      [large.own.workspace.id],
    );
    app.resetQueries();
    await small.client('OWNER').ok(ROLES, { slug: small.own.workspace.slug });
    const forSmall = app.operationQueries.length;
    expect(forSmall).toBeGreaterThan(0);
    app.resetQueries();
    const data = await large
      .client('OWNER')
      .ok<{ workspace: { members: { edges: unknown[] } } }>(ROLES, { slug: large.own.workspace.slug });
    expect(data.workspace.members.edges.length).toBeGreaterThanOrEqual(25);
    expect(app.operationQueries.length).toBe(forSmall);
  });

  it('changes a role, and records who did it with before and after', async () => {
    const team = await createTeam(app);
    await team.client('ADMIN').ok(CHANGE_ROLE, { id: team.own.targetMembership.id, role: 'VIEWER' });
    expect((await rolesOf(team)).target).toBe('VIEWER');
    const audit = await team
      .client('OWNER')
      .ok<{ auditLog: { edges: Array<{ node: Record<string, unknown> }> } }>(AUDIT, { workspaceId: team.own.workspace.id });
    expect(audit.auditLog.edges[0]?.node).toMatchObject({
      action: 'MEMBER_ROLE_CHANGED',
      targetType: 'membership',
      details: { before: 'MEMBER', after: 'VIEWER' },
      actor: { name: 'admin' },
    });
  });

  it('never demotes the owner, nor lets the owner leave, and changes nothing when refusing', async () => {
    const team = await createTeam(app);
    const ownerMembership = (
      await app.sql<{ id: string }>(`select id from memberships where workspace_id = ? and role = 'OWNER'`, [team.own.workspace.id])
    )[0];
    const demote = await team.client('OWNER').request(CHANGE_ROLE, { id: ownerMembership?.id, role: 'ADMIN' });
    expect(demote.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const leave = await team.client('OWNER').request(LEAVE, { workspaceId: team.own.workspace.id });
    expect(leave.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    const remove = await team.client('ADMIN').request(REMOVE, { id: ownerMembership?.id });
    expect(remove.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    expect((await rolesOf(team)).owner).toBe('OWNER');
  });

  it('transfers ownership: exactly one OWNER before and after', async () => {
    const team = await createTeam(app);
    const result = await team.client('OWNER').ok<{ transferOwnership: { viewerRole: string } }>(TRANSFER, {
      workspaceId: team.own.workspace.id,
      id: team.own.targetMembership.id,
    });
    expect(result.transferOwnership.viewerRole).toBe('ADMIN');
    const roles = await rolesOf(team);
    expect(roles).toMatchObject({ owner: 'ADMIN', target: 'OWNER' });
    expect(Object.values(roles).filter((role) => role === 'OWNER')).toHaveLength(1);
    const mismatch = await team
      .client('ADMIN')
      .request(TRANSFER, { workspaceId: team.foreign.workspace.id, id: team.own.targetMembership.id });
    expect(mismatch.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('removal takes effect at once: the next request and the open subscription are refused', async () => {
    const team = await createTeam(app);
    const memberId = (
      await app.sql<{ id: string }>(
        `select id from memberships where workspace_id = ? and role = 'MEMBER' and user_id <> (select user_id from memberships where id = ?)`,
        [team.own.workspace.id, team.own.targetMembership.id],
      )
    )[0]?.id;
    const ws = team.client('MEMBER').websocket();
    const stream = openSubscription<{ data?: unknown; errors?: Array<{ extensions: { code: string } }> }>(
      ws,
      'subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }',
      { workspaceId: team.own.workspace.id },
    );
    expect((await stream.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 6 } } } });
    await team.client('ADMIN').ok(REMOVE, { id: memberId });
    // The removal's access event re-checks the stream at once: it ends with FORBIDDEN (the member knew the
    // workspace: mid-stream there is nothing left to hide behind NOT_FOUND).
    const ended = await stream.next();
    expect(ended.done).toBe(true);
    expect(ended.error).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    await ws.dispose();
    const after = await team
      .client('MEMBER')
      .ok<{ workspace: unknown }>('query($slug: String!) { workspace(slug: $slug) { id } }', { slug: team.own.workspace.slug });
    expect(after.workspace).toBeNull();
  });

  it('lets a member leave', async () => {
    const team = await createTeam(app);
    await team.client('VIEWER').ok(LEAVE, { workspaceId: team.own.workspace.id });
    expect((await team.client('VIEWER').ok<{ workspaces: unknown[] }>('{ workspaces { id } }')).workspaces).toEqual([]);
  });
});

describe('audit log', () => {
  it('pages newest first with a stable cursor', async () => {
    const team = await createTeam(app);
    for (const role of ['VIEWER', 'MEMBER', 'ADMIN'])
      await team.client('OWNER').ok(CHANGE_ROLE, { id: team.own.targetMembership.id, role });
    type AuditPage = {
      auditLog: {
        totalCount: number;
        pageInfo: { hasNextPage: boolean; endCursor: string };
        edges: Array<{ node: { action: string; details: { after?: string } } }>;
      };
    };
    const page = (after?: string) => team.client('ADMIN').ok<AuditPage>(AUDIT, { workspaceId: team.own.workspace.id, first: 2, after });
    // Role changes by their new role; the team fixture's own (older) events by their action.
    const entries = (result: AuditPage) => result.auditLog.edges.map((e) => e.node.details.after ?? e.node.action);
    const page1 = await page();
    expect(page1.auditLog.totalCount).toBe(3 + team.own.contents.auditEvents.length);
    expect(entries(page1)).toEqual(['ADMIN', 'MEMBER']);
    const page2 = await page(page1.auditLog.pageInfo.endCursor);
    expect(entries(page2)).toEqual(['VIEWER', 'MEMBER_INVITED']);
    const page3 = await page(page2.auditLog.pageInfo.endCursor);
    expect(entries(page3)).toEqual(['WORKSPACE_CREATED']);
    expect(page3.auditLog.pageInfo.hasNextPage).toBe(false);
  });
});
