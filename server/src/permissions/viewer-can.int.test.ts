import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { type Caller, createTeam, type Team } from '../../test/team';

/**
 * `viewerCan` must say exactly what the server then allows: for each role, what it answers is compared with the
 * outcome of actually doing it (each attempt on a fresh team, so one cannot change the next).
 */
let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app?.close();
});

const ROLES: Caller[] = ['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'];

/**
 * Whether the rules and policies let it through. A plan limit is the workspace's plan speaking, not a refusal of
 * the viewer (the team is over the FREE member limit), so it counts as permitted, and so does the payment provider
 * being unreachable (this app has no Stripe to talk to); any other error is a refusal.
 */
const NOT_A_REFUSAL = new Set(['PLAN_LIMIT_REACHED', 'BILLING_PROVIDER_UNAVAILABLE']);
async function permitted(team: Team, caller: Caller, query: string, variables: Record<string, unknown>): Promise<boolean> {
  const result = await team.client(caller).request(query, variables);
  return (result.errors ?? []).every((error) => NOT_A_REFUSAL.has(String(error.extensions?.code)));
}

const WORKSPACE_ATTEMPTS: Record<string, (team: Team) => [query: string, variables: Record<string, unknown>]> = {
  update: (t) => ['mutation($id: ID!) { updateWorkspace(id: $id, input: { name: "Renamed" }) { id } }', { id: t.own.workspace.id }],
  delete: (t) => [
    'mutation($id: ID!, $n: String!) { deleteWorkspace(id: $id, confirmName: $n) }',
    { id: t.own.workspace.id, n: t.own.workspace.name },
  ],
  invite: (t) => [
    'mutation($w: ID!) { inviteMember(workspaceId: $w, email: "new@example.com", role: VIEWER) { id } }',
    { w: t.own.workspace.id },
  ],
  manageMembers: (t) => ['mutation($id: ID!) { removeMember(membershipId: $id) }', { id: t.own.targetMembership.id }],
  transferOwnership: (t) => [
    'mutation($w: ID!, $m: ID!) { transferOwnership(workspaceId: $w, membershipId: $m) { id } }',
    { w: t.own.workspace.id, m: t.own.targetMembership.id },
  ],
  leave: (t) => ['mutation($w: ID!) { leaveWorkspace(workspaceId: $w) }', { w: t.own.workspace.id }],
  addDocuments: (t) => [
    'mutation($w: ID!) { addDocument(workspaceId: $w, input: { title: "t", text: "Some text." }) { id } }',
    { w: t.own.workspace.id },
  ],
  readAuditLog: (t) => ['query($w: ID!) { auditLog(workspaceId: $w) { totalCount } }', { w: t.own.workspace.id }],
  manageReports: (t) => ['mutation($id: ID!) { resolveReport(id: $id, status: RESOLVED) { id } }', { id: t.own.report.id }],
  manageBilling: (t) => ['mutation($w: ID!) { createBillingPortalSession(workspaceId: $w) { url } }', { w: t.own.workspace.id }],
};

describe('viewerCan says what the server then allows', () => {
  for (const caller of ROLES) {
    it(`Workspace.viewerCan for ${caller}`, async () => {
      const team = await createTeam(app);
      const { workspace } = await team
        .client(caller)
        .ok<{ workspace: { viewerCan: Record<string, boolean> } }>(
          `query($slug: String!) { workspace(slug: $slug) { viewerCan { ${Object.keys(WORKSPACE_ATTEMPTS).join(' ')} } } }`,
          { slug: team.own.workspace.slug },
        );
      const actual: Record<string, boolean> = {};
      for (const [ability, attempt] of Object.entries(WORKSPACE_ATTEMPTS)) {
        const fresh = await createTeam(app);
        actual[ability] = await permitted(fresh, caller, ...attempt(fresh));
      }
      expect(workspace.viewerCan).toEqual(actual);
    });

    it(`Membership.viewerCan and Document.viewerCan for ${caller}, member by member`, async () => {
      const team = await createTeam(app);
      const { workspace } = await team.client(caller).ok<{
        workspace: {
          members: { edges: Array<{ node: { id: string; role: string; user: { name: string }; viewerCan: Record<string, boolean> } }> };
        };
      }>(
        'query($slug: String!) { workspace(slug: $slug) { members(first: 50) { edges { node { id role user { name } viewerCan { changeRole remove transferOwnership } } } } } }',
        {
          slug: team.own.workspace.slug,
        },
      );
      const { document } = await team
        .client(caller)
        .ok<{ document: { viewerCan: { delete: boolean } } }>('query($id: ID!) { document(id: $id) { viewerCan { delete } } }', {
          id: team.own.document.id,
        });
      const claimed: Record<string, unknown> = { document: document.viewerCan };
      const actual: Record<string, unknown> = {};
      const attempts = await createTeam(app);
      actual.document = {
        delete: await permitted(attempts, caller, 'mutation($id: ID!) { deleteDocument(id: $id) }', { id: attempts.own.document.id }),
      };
      for (const { node } of workspace.members.edges) {
        claimed[node.user.name] = node.viewerCan;
        const outcome: Record<string, boolean> = {};
        for (const [ability, mutation] of [
          ['changeRole', 'mutation($id: ID!) { changeMemberRole(membershipId: $id, role: ROLE) { id } }'],
          ['remove', 'mutation($id: ID!) { removeMember(membershipId: $id) }'],
          ['transferOwnership', 'mutation($id: ID!, $w: ID!) { transferOwnership(workspaceId: $w, membershipId: $id) { id } }'],
        ] as const) {
          const fresh = await createTeam(app);
          const members = await fresh
            .client('OWNER')
            .ok<{ workspace: { members: { edges: Array<{ node: { id: string; user: { name: string } } }> } } }>(
              'query($slug: String!) { workspace(slug: $slug) { members(first: 50) { edges { node { id user { name } } } } } }',
              { slug: fresh.own.workspace.slug },
            );
          // The same person (owner, admin, …) in the fresh team.
          const id = members.workspace.members.edges.find((edge) => edge.node.user.name === node.user.name)?.node.id;
          expect(id, node.user.name).toBeDefined();
          const role = node.role === 'VIEWER' ? 'MEMBER' : 'VIEWER';
          outcome[ability] = await permitted(fresh, caller, mutation.replace('ROLE', role), { id, w: fresh.own.workspace.id });
        }
        actual[node.user.name] = outcome;
      }
      expect(claimed).toEqual(actual);
    });
  }
});
