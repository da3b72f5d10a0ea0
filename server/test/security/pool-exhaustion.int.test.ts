import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ASK } from '../copilot';
import type { GraphQLResponse } from '../graphql-client';
import { startTestApp, type TestApp } from '../harness';
import { createTeam, type Team } from '../team';
import { waitFor } from '../wait-for';

// Issue 8, item 1: a dozen parallel expensive mutations from one user used to take every pooled connection (each
// transaction plus a second connection for the usage count), so every other tenant waited 60 s for the pool.

const DOCUMENTS = /* GraphQL */ `query($workspaceId: ID!) { documents(workspaceId: $workspaceId) { totalCount } }`;
const PARALLEL = 12;
const PER_USER = 3;

let app: TestApp;
let team: Team;
beforeAll(async () => {
  app = await startTestApp({ EXPENSIVE_OPERATIONS_PER_USER: String(PER_USER), DATABASE_ACQUIRE_TIMEOUT_MS: '20000' });
  team = await createTeam(app);
});
afterAll(async () => {
  await app.close();
});

/**
 * Holds the workspace row FOR UPDATE on a connection of the test's own: the mutations that write into the workspace
 * stop there (plan checks lock it; foreign keys to it wait too), so they stay in flight until `release()`.
 */
async function holdWorkspace(workspaceId: string) {
  const client = new pg.Client({ connectionString: app.database.url });
  await client.connect();
  await client.query('begin');
  await client.query('select id from workspaces where id = $1 for update', [workspaceId]);
  return {
    release: async () => {
      await client.query('commit');
      await client.end();
    },
  };
}

const codes = (results: GraphQLResponse[]) => results.map((result) => result.errors?.[0]?.extensions?.code ?? 'OK');

describe.each([
  [
    'askCopilot',
    () => ({ query: ASK, variables: { input: { workspaceId: team.own.workspace.id, question: 'How long do refunds take?' } } }),
  ],
  [
    'addDocument',
    () => ({
      query: ADD_DOCUMENT,
      variables: { workspaceId: team.own.workspace.id, input: { title: 'Notes', text: '# Notes\n\nSome text.' } },
    }),
  ],
])('%s from one user, 12 at once', (_name, operation) => {
  it('runs a few, refuses the rest at once with RATE_LIMITED, and another tenant keeps being served', async () => {
    const held = await holdWorkspace(team.own.workspace.id);
    const member = team.client('MEMBER');
    const { query, variables } = operation();
    let settled = 0;
    const requests = Array.from({ length: PARALLEL }, () => member.request(query, variables).finally(() => (settled += 1)));

    // Only refusals can settle while the workspace is held: the ones let through wait on it.
    await waitFor(() => settled === PARALLEL - PER_USER, { description: 'the refusals' });
    const other = await team.client('OUTSIDER').request<{ documents: { totalCount: number } }>(DOCUMENTS, {
      workspaceId: team.foreign.workspace.id,
    });
    expect(other.errors).toBeUndefined();
    expect(other.data?.documents.totalCount).toBe(1);

    await held.release();
    const results = await Promise.all(requests);
    const counted = codes(results);
    expect(counted.filter((code) => code === 'RATE_LIMITED')).toHaveLength(PARALLEL - PER_USER);
    expect(counted.filter((code) => code === 'OK')).toHaveLength(PER_USER);
    const refused = results.find((result) => result.errors)?.errors?.[0];
    expect(refused?.message).toMatch(/already have 3 of these requests running/);
  });
});

describe('database time-outs', () => {
  it('gives every pooled session a statement and idle-in-transaction time-out, so a stall fails in seconds', async () => {
    const [row] = await app.sql<{ statement_timeout: string; idle: string }>(
      `select current_setting('statement_timeout') as statement_timeout,
              current_setting('idle_in_transaction_session_timeout') as idle`,
    );
    expect(row).toEqual({ statement_timeout: '15s', idle: '15s' });
  });
});
