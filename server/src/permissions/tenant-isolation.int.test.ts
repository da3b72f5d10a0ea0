import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collect } from '../../test/graphql-client';
import { startTestApp, type TestApp } from '../../test/harness';
import { CALLERS, type Caller, createTeam, type Team, type WorkspaceRecords } from '../../test/team';
import { buildBareSchema } from '../graphql/schema';

/**
 * The tenant-isolation matrix: every workspace-scoped operation, called by each role, by a member of another
 * workspace and anonymously, against this workspace's records and against another tenant's. Expectations are the
 * role table of ARCHITECTURE.md. 'OK' = it ran; 'NULL' = it answered null (how `workspace(slug)` hides others);
 * anything else is the error code. Each call gets a fresh team, so mutations cannot affect each other.
 * Which records a list returns to whom is the list-contents matrix's part (tenant-list-contents.int.test.ts).
 */
type Outcome = 'OK' | 'NULL' | 'UNAUTHENTICATED' | 'FORBIDDEN' | 'NOT_FOUND' | 'CONFLICT' | 'PLAN_LIMIT_REACHED';

interface MatrixCase {
  operation: 'query' | 'mutation' | 'subscription';
  document: string;
  variables(records: WorkspaceRecords): Record<string, unknown>;
  /** Outcome per caller against their own workspace's records (OUTSIDER: against that same workspace). */
  expected: Record<Caller, Outcome>;
  /** Outcome for every workspace member calling with the other tenant's records (anonymous: UNAUTHENTICATED). */
  foreign: Outcome;
}

const byRole = (
  owner: Outcome,
  admin: Outcome,
  member: Outcome,
  viewer: Outcome,
  outsider: Outcome = 'NOT_FOUND',
): Record<Caller, Outcome> => ({
  OWNER: owner,
  ADMIN: admin,
  MEMBER: member,
  VIEWER: viewer,
  OUTSIDER: outsider,
  ANONYMOUS: 'UNAUTHENTICATED',
});
const adminsOnly = byRole('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN');
const ownerOnly = byRole('OK', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN');
const everyMember = byRole('OK', 'OK', 'OK', 'OK');
// Conversations and their messages are private: only their author (MEMBER in the team) reaches them.
const authorOnly = byRole('NOT_FOUND', 'NOT_FOUND', 'OK', 'NOT_FOUND');

const cases: Record<string, MatrixCase> = {
  'Mutation.createCheckoutSession': {
    operation: 'mutation',
    document: 'mutation($workspaceId: ID!) { createCheckoutSession(workspaceId: $workspaceId, plan: PRO, interval: MONTH) { url } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: ownerOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.createBillingPortalSession': {
    operation: 'mutation',
    document: 'mutation($workspaceId: ID!) { createBillingPortalSession(workspaceId: $workspaceId) { url } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: ownerOnly,
    foreign: 'NOT_FOUND',
  },
  'Query.workspace': {
    operation: 'query',
    document: 'query($slug: String!) { workspace(slug: $slug) { id viewerRole members { totalCount } } }',
    variables: (r) => ({ slug: r.workspace.slug }),
    expected: byRole('OK', 'OK', 'OK', 'OK', 'NULL'),
    foreign: 'NULL',
  },
  'Workspace.invitations': {
    operation: 'query',
    document: 'query($slug: String!) { workspace(slug: $slug) { invitations { id email } } }',
    variables: (r) => ({ slug: r.workspace.slug }),
    expected: byRole('OK', 'OK', 'FORBIDDEN', 'FORBIDDEN', 'NULL'),
    foreign: 'NULL',
  },
  'Query.auditLog': {
    operation: 'query',
    document: 'query($workspaceId: ID!) { auditLog(workspaceId: $workspaceId) { totalCount } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.updateWorkspace': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { updateWorkspace(id: $id, input: { name: "Renamed" }) { id } }',
    variables: (r) => ({ id: r.workspace.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.deleteWorkspace': {
    operation: 'mutation',
    document: 'mutation($id: ID!, $name: String!) { deleteWorkspace(id: $id, confirmName: $name) }',
    variables: (r) => ({ id: r.workspace.id, name: r.workspace.name }),
    expected: ownerOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.inviteMember': {
    operation: 'mutation',
    document: 'mutation($workspaceId: ID!) { inviteMember(workspaceId: $workspaceId, email: "new@example.com", role: MEMBER) { id } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    // The team already has more members than FREE allows: passing the permission check ends at the plan limit.
    expected: byRole('PLAN_LIMIT_REACHED', 'PLAN_LIMIT_REACHED', 'FORBIDDEN', 'FORBIDDEN'),
    foreign: 'NOT_FOUND',
  },
  'Mutation.resendInvitation': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { resendInvitation(id: $id) { id } }',
    variables: (r) => ({ id: r.invitation.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.revokeInvitation': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { revokeInvitation(id: $id) }',
    variables: (r) => ({ id: r.invitation.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.acceptInvitation': {
    operation: 'mutation',
    document: 'mutation($token: String!) { acceptInvitation(token: $token) { id } }',
    variables: (r) => ({ token: r.invitationToken }),
    // The invitation is for another address: nobody but its addressee can use it, whatever their role.
    expected: byRole('FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN', 'FORBIDDEN'),
    foreign: 'FORBIDDEN',
  },
  'Mutation.changeMemberRole': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { changeMemberRole(membershipId: $id, role: VIEWER) { id role } }',
    variables: (r) => ({ id: r.targetMembership.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.removeMember': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { removeMember(membershipId: $id) }',
    variables: (r) => ({ id: r.targetMembership.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.leaveWorkspace': {
    operation: 'mutation',
    document: 'mutation($workspaceId: ID!) { leaveWorkspace(workspaceId: $workspaceId) }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: byRole('CONFLICT', 'OK', 'OK', 'OK'),
    foreign: 'NOT_FOUND',
  },
  'Mutation.transferOwnership': {
    operation: 'mutation',
    document: 'mutation($workspaceId: ID!, $id: ID!) { transferOwnership(workspaceId: $workspaceId, membershipId: $id) { id } }',
    variables: (r) => ({ workspaceId: r.workspace.id, id: r.targetMembership.id }),
    expected: ownerOnly,
    foreign: 'NOT_FOUND',
  },
  'Query.documents': {
    operation: 'query',
    document: 'query($workspaceId: ID!) { documents(workspaceId: $workspaceId) { totalCount } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: everyMember,
    foreign: 'NOT_FOUND',
  },
  'Query.document': {
    operation: 'query',
    document: 'query($id: ID!) { document(id: $id) { id title } }',
    variables: (r) => ({ id: r.document.id }),
    expected: byRole('OK', 'OK', 'OK', 'OK', 'NULL'),
    foreign: 'NULL',
  },
  'Query.suggestedQuestions': {
    operation: 'query',
    document: 'query($workspaceId: ID!) { suggestedQuestions(workspaceId: $workspaceId) }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: everyMember,
    foreign: 'NOT_FOUND',
  },
  'Query.conversations': {
    operation: 'query',
    document: 'query($workspaceId: ID!) { conversations(workspaceId: $workspaceId) { totalCount } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: everyMember,
    foreign: 'NOT_FOUND',
  },
  'Query.conversation': {
    operation: 'query',
    document: 'query($id: ID!) { conversation(id: $id) { id messages { totalCount } } }',
    variables: (r) => ({ id: r.conversation.id }),
    // Conversations are private to their author (MEMBER here): everyone else sees nothing.
    expected: byRole('NULL', 'NULL', 'OK', 'NULL', 'NULL'),
    foreign: 'NULL',
  },
  'Query.savedQueries': {
    operation: 'query',
    document: 'query($workspaceId: ID!) { savedQueries(workspaceId: $workspaceId) { id } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: everyMember,
    foreign: 'NOT_FOUND',
  },
  'Query.reports': {
    operation: 'query',
    document: 'query($workspaceId: ID!) { reports(workspaceId: $workspaceId) { totalCount } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.addDocument': {
    operation: 'mutation',
    document: 'mutation($workspaceId: ID!) { addDocument(workspaceId: $workspaceId, input: { text: "# Notes\\n\\nSome notes." }) { id } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: byRole('OK', 'OK', 'OK', 'FORBIDDEN'),
    foreign: 'NOT_FOUND',
  },
  'Mutation.deleteDocument': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { deleteDocument(id: $id) }',
    variables: (r) => ({ id: r.document.id }),
    // MEMBER added it; admins delete any document, viewers none.
    expected: byRole('OK', 'OK', 'OK', 'FORBIDDEN'),
    foreign: 'NOT_FOUND',
  },
  'Mutation.askCopilot': {
    operation: 'mutation',
    document: 'mutation($workspaceId: ID!) { askCopilot(input: { workspaceId: $workspaceId, question: "Refunds?" }) { answer { id } } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: everyMember,
    foreign: 'NOT_FOUND',
  },
  'Mutation.stopAnswer': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { stopAnswer(messageId: $id) { id } }',
    variables: (r) => ({ id: r.answer.id }),
    // Only the author reaches the answer; it is finished, so there is nothing to stop.
    expected: byRole('NOT_FOUND', 'NOT_FOUND', 'CONFLICT', 'NOT_FOUND'),
    foreign: 'NOT_FOUND',
  },
  'Mutation.regenerateAnswer': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { regenerateAnswer(messageId: $id) { answer { id } } }',
    variables: (r) => ({ id: r.answer.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.renameConversation': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { renameConversation(id: $id, title: "Renamed") { id } }',
    variables: (r) => ({ id: r.conversation.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.deleteConversation': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { deleteConversation(id: $id) }',
    variables: (r) => ({ id: r.conversation.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.setConversationFavorite': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { setConversationFavorite(id: $id, favorite: true) { id } }',
    variables: (r) => ({ id: r.conversation.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.setQuerySaved': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { setQuerySaved(messageId: $id, saved: false) { id } }',
    variables: (r) => ({ id: r.question.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.rateAnswer': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { rateAnswer(messageId: $id, rating: DOWN, comment: "Wrong") { id } }',
    variables: (r) => ({ id: r.answer.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.reportAnswer': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { reportAnswer(messageId: $id, category: INCORRECT_DATA) { id } }',
    variables: (r) => ({ id: r.answer.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Mutation.resolveReport': {
    operation: 'mutation',
    document: 'mutation($id: ID!) { resolveReport(id: $id, status: RESOLVED, note: "Fixed") { id } }',
    variables: (r) => ({ id: r.report.id }),
    expected: adminsOnly,
    foreign: 'NOT_FOUND',
  },
  'Subscription.answerStream': {
    operation: 'subscription',
    document: 'subscription($id: ID!) { answerStream(messageId: $id) { seq status } }',
    variables: (r) => ({ id: r.answer.id }),
    expected: authorOnly,
    foreign: 'NOT_FOUND',
  },
  'Subscription.workspaceUsage': {
    operation: 'subscription',
    document: 'subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }',
    variables: (r) => ({ workspaceId: r.workspace.id }),
    expected: everyMember,
    foreign: 'NOT_FOUND',
  },
};

/** Root fields that act on no workspace's records (the viewer's own account, public pages, creating a new one). */
const notWorkspaceScoped = [
  // Public: the pricing page's plans and limits, the same for everyone.
  'Query.plans',
  // The viewer's own (browser session only): security-log.int.test.ts shows no one else's entries; consent.int.test.ts
  // records the choice on the viewer alone.
  'Query.securityLog',
  'Mutation.recordCookieConsent',
  'Query.me',
  'Query.workspaces',
  'Query.invitation',
  'Mutation.signUp',
  'Mutation.logIn',
  'Mutation.logOut',
  'Mutation.requestPasswordReset',
  'Mutation.resetPassword',
  'Mutation.changePassword',
  'Mutation.verifyEmail',
  'Mutation.resendVerificationEmail',
  'Mutation.createWorkspace',
  // The viewer's own sessions and API tokens (per user, browser session only): modules/auth/sessions.int.test.ts,
  // modules/api-tokens/api-tokens.int.test.ts and test/security/api-token-abuse.int.test.ts refuse others' ids.
  'Query.sessions',
  'Query.apiTokens',
  'Mutation.revokeSession',
  'Mutation.revokeOtherSessions',
  'Mutation.createApiToken',
  'Mutation.revokeApiToken',
  // The viewer's own profile (browser session only): modules/profile/*.int.test.ts refuse tokens and others' links.
  'Mutation.updateProfile',
  'Mutation.requestEmailChange',
  'Mutation.confirmEmailChange',
  // The viewer's own data export and account (browser session only): modules/data-export/data-export.int.test.ts
  // refuses others' downloads; modules/account-deletion/account-deletion.int.test.ts leaves others' data untouched.
  'Query.dataExport',
  'Mutation.requestDataExport',
  'Mutation.deleteAccount',
];

type Result = { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: { code?: string } }> };

function outcomeOf(result: Result): string {
  const code = result.errors?.[0]?.extensions?.code;
  if (code) return code;
  const values = Object.values(result.data ?? {});
  const first = values[0] as Record<string, unknown> | null | undefined;
  // `workspace(slug) { invitations }` reports on the nested field.
  if (first && typeof first === 'object' && 'invitations' in first && first.invitations === null) return 'NULL';
  return first === null ? 'NULL' : 'OK';
}

async function call(team: Team, caller: Caller, matrixCase: MatrixCase, records: WorkspaceRecords): Promise<string> {
  const client = team.client(caller);
  const variables = matrixCase.variables(records);
  if (matrixCase.operation !== 'subscription') return outcomeOf(await client.request(matrixCase.document, variables));
  const ws = client.websocket();
  const { results, error } = await collect<Result>(ws, matrixCase.document, variables, 1);
  await ws.dispose();
  return results[0] ? outcomeOf(results[0]) : `subscription error ${JSON.stringify(error)}`;
}

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('tenant isolation matrix', () => {
  it('has a case for every workspace-scoped root field (a new one without a case fails here)', async () => {
    const schema = await buildBareSchema();
    const rootFields = [schema.getQueryType(), schema.getMutationType(), schema.getSubscriptionType()].flatMap((type) =>
      type ? Object.keys(type.getFields()).map((field) => `${type.name}.${field}`) : [],
    );
    const uncovered = rootFields.filter((field) => !(field in cases) && !notWorkspaceScoped.includes(field));
    expect(uncovered).toEqual([]);
  });

  for (const [field, matrixCase] of Object.entries(cases)) {
    it(`${field}: each caller against this workspace's records`, async () => {
      const outcomes: Record<string, string> = {};
      for (const caller of CALLERS) {
        const team = await createTeam(app);
        outcomes[caller] = await call(team, caller, matrixCase, team.own);
      }
      expect(outcomes).toEqual(matrixCase.expected);
    });

    it(`${field}: each caller against another tenant's records`, async () => {
      const outcomes: Record<string, string> = {};
      const expected: Record<string, string> = {};
      for (const caller of CALLERS.filter((c) => c !== 'OUTSIDER')) {
        const team = await createTeam(app);
        outcomes[caller] = await call(team, caller, matrixCase, team.foreign);
        expected[caller] = caller === 'ANONYMOUS' ? 'UNAUTHENTICATED' : matrixCase.foreign;
      }
      expect(outcomes).toEqual(expected);
    });
  }
});
