import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../../test/harness';
import { createTeam, type Team } from '../../../test/team';

const REPORT = /* GraphQL */ `mutation($id: ID!, $comment: String) {
  reportAnswer(messageId: $id, category: INCORRECT_DATA, comment: $comment) { id category comment status }
}`;
const INBOX = /* GraphQL */ `query($workspaceId: ID!, $status: ReportStatus) {
  reports(workspaceId: $workspaceId, status: $status) {
    totalCount
    edges { node { id status reporter { name } snapshot { question answer messageId citations { index documentTitle passage } } } }
  }
}`;
const RESOLVE = /* GraphQL */ `mutation($id: ID!, $status: ReportStatus!, $note: String) {
  resolveReport(id: $id, status: $status, note: $note) { id status resolutionNote resolvedAt }
}`;
const VIEWER_REPORT = /* GraphQL */ `query($id: ID!) {
  conversation(id: $id) { messages { edges { node { id viewerReport { id status resolutionNote } } } } }
}`;

interface InboxNode {
  id: string;
  status: string;
  reporter: { name: string } | null;
  snapshot: {
    question: string;
    answer: string;
    messageId: string | null;
    citations: Array<{ index: number; documentTitle: string; passage: string }>;
  };
}

let app: TestApp;
let team: Team;

beforeAll(async () => {
  app = await startTestApp();
  team = await createTeam(app);
});
afterAll(async () => {
  await app.close();
});

const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;

async function inbox(status?: string): Promise<InboxNode[]> {
  const { reports } = await team
    .client('ADMIN')
    .ok<{ reports: { edges: Array<{ node: InboxNode }> } }>(INBOX, { workspaceId: team.own.workspace.id, status });
  return reports.edges.map((edge) => edge.node);
}

describe('reports', () => {
  it('files a report with a snapshot of the question, the answer and its citations, for the admins’ inbox', async () => {
    const { reportAnswer } = await team
      .client('MEMBER')
      .ok<{ reportAnswer: { id: string; category: string; comment: string | null; status: string } }>(REPORT, {
        id: team.own.answer.id,
        comment: '  The refund takes 10 days.  ',
      });
    expect(reportAnswer).toMatchObject({ category: 'INCORRECT_DATA', comment: 'The refund takes 10 days.', status: 'OPEN' });

    const filed = (await inbox()).find((node) => node.id === reportAnswer.id);
    expect(filed).toEqual({
      id: reportAnswer.id,
      status: 'OPEN',
      reporter: { name: 'member' },
      snapshot: {
        question: 'Refunds?',
        answer: 'Refunds take 5 days [1].',
        messageId: team.own.answer.id,
        citations: [{ index: 1, documentTitle: team.own.document.title, passage: 'Refunds take 5 days.' }],
      },
    });
  });

  it('refuses to report a question, and a comment over 2,000 characters', async () => {
    const question = await team.client('MEMBER').request(REPORT, { id: team.own.question.id });
    expect(codeOf(question)).toBe('BAD_USER_INPUT');
    const long = await team.client('MEMBER').request(REPORT, { id: team.own.answer.id, comment: 'x'.repeat(2_001) });
    expect(codeOf(long)).toBe('BAD_USER_INPUT');
  });

  it('lets owners and admins resolve a report, with a note the reporter sees; members may not', async () => {
    const reportId = team.own.report.id;
    const byMember = await team.client('MEMBER').request(RESOLVE, { id: reportId, status: 'RESOLVED', note: 'Mine now' });
    expect(codeOf(byMember)).toBe('FORBIDDEN');

    const reopened = await team.client('ADMIN').request(RESOLVE, { id: reportId, status: 'OPEN' });
    expect(codeOf(reopened)).toBe('BAD_USER_INPUT');

    const { resolveReport } = await team
      .client('ADMIN')
      .ok<{ resolveReport: { id: string; status: string; resolutionNote: string | null; resolvedAt: string | null } }>(RESOLVE, {
        id: reportId,
        status: 'RESOLVED',
        note: 'Fixed the document.',
      });
    expect(resolveReport).toMatchObject({ id: reportId, status: 'RESOLVED', resolutionNote: 'Fixed the document.' });
    expect(resolveReport.resolvedAt).not.toBeNull();
    expect((await inbox('RESOLVED')).map((node) => node.id)).toContain(reportId);
    expect((await inbox('OPEN')).map((node) => node.id)).not.toContain(reportId);

    // The reporter sees their latest report on the answer (the one filed in the first test is newer and still open).
    const { conversation } = await team.client('MEMBER').ok<{
      conversation: { messages: { edges: Array<{ node: { id: string; viewerReport: { id: string; status: string } | null } }> } };
    }>(VIEWER_REPORT, { id: team.own.conversation.id });
    const answer = conversation.messages.edges.find((edge) => edge.node.id === team.own.answer.id)?.node;
    expect(answer?.viewerReport).toMatchObject({ status: 'OPEN' });
    expect(answer?.viewerReport?.id).not.toBe(reportId);
  });

  it('hides another workspace’s report from an admin: NOT_FOUND, not FORBIDDEN', async () => {
    const result = await team.client('ADMIN').request(RESOLVE, { id: team.foreign.report.id, status: 'DISMISSED' });
    expect(codeOf(result)).toBe('NOT_FOUND');
  });
});
