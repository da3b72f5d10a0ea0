import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';
import { createTeam, type Team } from '../../test/team';

/**
 * Each rule of the map refuses in its own words, saying what is needed, and rules on records find the record's
 * workspace themselves: a record of another tenant, or someone else's private record, does not exist for the caller.
 */
let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(async () => {
  await app?.close();
});

async function refusal(caller: Parameters<Team['client']>[0], query: string, variables: Record<string, unknown>) {
  const result = await team.client(caller).request(query, variables);
  expect(result.errors, `${caller} was refused`).toHaveLength(1);
  const [error] = result.errors ?? [];
  return { code: error?.extensions?.code, message: error?.message };
}

describe('rule refusals', () => {
  it('says which role is needed, in words that fit the operation', async () => {
    expect(
      await refusal('VIEWER', 'mutation($w: ID!) { addDocument(workspaceId: $w, input: { title: "x", text: "y" }) { id } }', {
        w: team.own.workspace.id,
      }),
    ).toEqual({ code: 'FORBIDDEN', message: 'Viewers cannot add documents: it needs the MEMBER role or higher.' });
    // Used to borrow the members rule: "Only owners and admins manage members".
    expect(
      await refusal('MEMBER', 'mutation($id: ID!) { resolveReport(id: $id, status: RESOLVED) { id } }', { id: team.own.report.id }),
    ).toEqual({
      code: 'FORBIDDEN',
      message: 'Only owners and admins can resolve reports.',
    });
    expect(
      await refusal('ADMIN', 'mutation($id: ID!, $name: String!) { deleteWorkspace(id: $id, confirmName: $name) }', {
        id: team.own.workspace.id,
        name: team.own.workspace.name,
      }),
    ).toEqual({ code: 'FORBIDDEN', message: 'Only the workspace owner can delete the workspace.' });
    expect(await refusal('MEMBER', 'mutation($id: ID!) { revokeInvitation(id: $id) }', { id: team.own.invitation.id })).toEqual({
      code: 'FORBIDDEN',
      message: 'Only owners and admins can manage invitations.',
    });
  });

  it("finds a record's workspace from the record: another tenant's records answer NOT_FOUND", async () => {
    const foreign = team.foreign;
    expect(
      (await refusal('OWNER', 'mutation($id: ID!) { resolveReport(id: $id, status: RESOLVED) { id } }', { id: foreign.report.id })).code,
    ).toBe('NOT_FOUND');
    expect((await refusal('OWNER', 'mutation($id: ID!) { deleteDocument(id: $id) }', { id: foreign.document.id })).code).toBe('NOT_FOUND');
    expect(
      (await refusal('OWNER', 'mutation($id: ID!) { removeMember(membershipId: $id) }', { id: foreign.targetMembership.id })).code,
    ).toBe('NOT_FOUND');
  });

  it("treats someone else's conversation as missing, even to the workspace's owner, and in askCopilot's input", async () => {
    const conversationId = team.own.conversation.id; // MEMBER's
    expect(
      await refusal('OWNER', 'mutation($id: ID!) { renameConversation(id: $id, title: "Mine now") { id } }', { id: conversationId }),
    ).toEqual({
      code: 'NOT_FOUND',
      message: expect.stringContaining('Conversation'),
    });
    expect(
      await refusal('VIEWER', 'mutation($input: AskInput!) { askCopilot(input: $input) { answer { id } } }', {
        input: { workspaceId: team.own.workspace.id, conversationId, question: 'And then?' },
      }),
    ).toEqual({ code: 'NOT_FOUND', message: expect.stringContaining('Conversation') });
    expect((await refusal('VIEWER', 'mutation($id: ID!) { stopAnswer(messageId: $id) { id } }', { id: team.own.answer.id })).code).toBe(
      'NOT_FOUND',
    );
  });

  it('lets members delete the documents they added and nobody else’s, admins any', async () => {
    expect(await refusal('VIEWER', 'mutation($id: ID!) { deleteDocument(id: $id) }', { id: team.own.document.id })).toEqual({
      code: 'FORBIDDEN',
      message: 'Only admins delete other people’s documents, and viewers delete none.',
    });
    const fresh = await createTeam(app);
    expect(await fresh.client('MEMBER').ok('mutation($id: ID!) { deleteDocument(id: $id) }', { id: fresh.own.document.id })).toEqual({
      deleteDocument: true,
    });
    const other = await createTeam(app);
    expect(await other.client('ADMIN').ok('mutation($id: ID!) { deleteDocument(id: $id) }', { id: other.own.document.id })).toEqual({
      deleteDocument: true,
    });
  });
});
