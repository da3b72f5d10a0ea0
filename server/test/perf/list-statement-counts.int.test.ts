import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { clientOperation } from '../client-operations';
import type { GraphQLTestClient } from '../graphql-client';
import { startTestApp, type TestApp } from '../harness';
import { createTeam, type Team } from '../team';

// Issue 13, item 3: no N+1. Each list the browser app shows costs the same number of SQL statements for 10 rows as
// for 1,000, asked with the app's own operation (fragments included, read from codegen's output) so every field the
// app asks is counted. Statements are counted, not timed (timing is `npm run bench`). Rows are written in bulk by SQL
// in one transaction, outside the app, so seeding stays fast and is not counted.

const SMALL = 10;
const LARGE = 1_000;
/** The page size the app asks for on every paged list (PAGE_SIZE in client/src/pages/*). */
const APP_PAGE_SIZE = 20;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

/** A client of the app's own database, beside the app: what it runs is not counted. */
async function withDatabase<T>(use: (client: pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: app.database.url });
  await client.connect();
  try {
    return await use(client);
  } finally {
    await client.end();
  }
}

/** Runs the statements in one transaction, as another client of the database would. */
const seed = (...statements: Array<[sql: string, params: unknown[]]>) =>
  withDatabase(async (client) => {
    await client.query('BEGIN');
    try {
      for (const [sql, params] of statements) await client.query(sql, params);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK');
      throw error;
    }
  });

const countOf = (sql: string, params: unknown[]) =>
  withDatabase(async (client) => Number((await client.query(`select count(*) from (${sql}) as rows`, params)).rows[0].count));

/**
 * The statements one operation costs once warm. It runs twice and the second run is counted: what a first request
 * pays once per process (a cached setting, a prepared lookup) is not what grows with the rows.
 */
async function statementsFor<T>(client: GraphQLTestClient, operation: string, variables: Record<string, unknown>) {
  await client.ok(operation, variables);
  app.resetQueries();
  const data = await client.ok<T>(operation, variables);
  return { data, statements: [...app.operationQueries] };
}

/** The members of a workspace, numbered from 0 in a stable order: rows seeded below are spread over them. */
const PEOPLE = `people as (
  select user_id, row_number() over (order by id) - 1 as i, count(*) over () as total from memberships where workspace_id = $1
)`;

/** Tops a workspace's list up to `total` rows with `insert(count)`, counting the rows with `existing`. */
async function topUp(existing: [string, unknown[]], total: number, insert: (count: number) => [string, unknown[]]) {
  const missing = total - (await countOf(...existing));
  if (missing < 0) throw new Error(`already ${total - missing} rows, more than ${total}`);
  if (missing > 0) await seed(insert(missing));
}

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; endCursor: string | null };
  edges: unknown[];
}

/**
 * Asks a paged list at 10 and at 1,000 rows, and its second page at 1,000: the same statements each time, and pages
 * of the app's size with the right totals.
 */
async function expectPagedListConstant(options: {
  client: GraphQLTestClient;
  operation: string;
  variables: Record<string, unknown>;
  connection: (data: Record<string, unknown>) => Connection;
  pageSize: number;
  seedTo: (total: number) => Promise<void>;
}) {
  const { client, operation, variables, connection, pageSize, seedTo } = options;
  await seedTo(SMALL);
  const small = await statementsFor<Record<string, unknown>>(client, operation, variables);
  expect(connection(small.data)).toMatchObject({ totalCount: SMALL, pageInfo: { hasNextPage: SMALL > pageSize } });
  expect(connection(small.data).edges).toHaveLength(Math.min(SMALL, pageSize));

  await seedTo(LARGE);
  const large = await statementsFor<Record<string, unknown>>(client, operation, variables);
  expect(connection(large.data)).toMatchObject({ totalCount: LARGE, pageInfo: { hasNextPage: true } });
  expect(connection(large.data).edges).toHaveLength(pageSize);
  const after = connection(large.data).pageInfo.endCursor;
  const next = await statementsFor<Record<string, unknown>>(client, operation, { ...variables, after });
  expect(connection(next.data).edges).toHaveLength(pageSize);

  // The statements themselves on failure: which one repeats is what to fix.
  expect(large.statements.length, large.statements.join('\n')).toBe(small.statements.length);
  expect(next.statements.length, next.statements.join('\n')).toBe(small.statements.length);
}

/**
 * Asks an unpaged list (each of `operations`, which show the same rows) at 10 and at 1,000 rows: the same
 * statements each time, and every row.
 */
async function expectListConstant(options: {
  client: GraphQLTestClient;
  operations: string[];
  list: (data: Record<string, unknown>) => unknown[];
  seedTo: (total: number) => Promise<void>;
}) {
  const { client, operations, list, seedTo } = options;
  const counts: Record<number, number[]> = { [SMALL]: [], [LARGE]: [] };
  let largeStatements: string[] = [];
  for (const total of [SMALL, LARGE]) {
    await seedTo(total);
    for (const operation of operations) {
      const { data, statements } = await statementsFor<Record<string, unknown>>(client, clientOperation(operation), {});
      expect(list(data)).toHaveLength(total);
      counts[total]?.push(statements.length);
      largeStatements = statements;
    }
  }
  expect(counts[LARGE], largeStatements.join('\n')).toEqual(counts[SMALL]);
}

describe('SQL statements per list, 10 rows against 1,000 (no N+1)', () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam(app);
  });
  const workspaceId = () => team.own.workspace.id;

  it('members with their users and invitations (MembersSettings)', async () => {
    const seedMembers = (total: number) =>
      topUp([`select id from memberships where workspace_id = $1`, [workspaceId()]], total, (count) => [
        `with people as (
           insert into users (id, email, name, password_hash, avatar_url, created_at, updated_at)
           select gen_random_uuid(), 'member-' || gen_random_uuid() || '@example.com', 'Member ' || n, 'x',
                  case when n % 2 = 0 then 'https://example.com/avatar.png' end, now(), now()
           from generate_series(1, $2::int) as n
           returning id
         )
         insert into memberships (id, workspace_id, user_id, role, created_at)
         select gen_random_uuid(), $1, id, (array['ADMIN', 'MEMBER', 'VIEWER'])[1 + (random() * 2)::int]::workspace_role,
                now() + (row_number() over ()) * interval '1 millisecond'
         from people`,
        [workspaceId(), count],
      ]);
    // Pending invitations, from inviters spread over the members: the page lists them all, unpaged.
    const seedInvitations = (total: number) =>
      topUp(
        [
          `select id from invitations where workspace_id = $1 and accepted_at is null and revoked_at is null and expires_at > now()`,
          [workspaceId()],
        ],
        total,
        (count) => [
          `with ${PEOPLE}
           insert into invitations (id, workspace_id, email, role, token_hash, invited_by_id, created_at, expires_at)
           select gen_random_uuid(), $1, 'invitee-' || gen_random_uuid() || '@example.com', 'MEMBER', gen_random_uuid()::text,
                  people.user_id, now(), now() + interval '7 days'
           from generate_series(1, $2::int) as n join people on people.i = n % people.total`,
          [workspaceId(), count],
        ],
      );
    await expectPagedListConstant({
      client: team.client('OWNER'),
      operation: clientOperation('MembersSettings'),
      variables: { slug: team.own.workspace.slug, first: APP_PAGE_SIZE, canInvite: true },
      connection: (data) => (data.workspace as { members: Connection }).members,
      pageSize: APP_PAGE_SIZE,
      seedTo: async (total) => {
        await seedMembers(total);
        await seedInvitations(total);
      },
    });
  });

  it('conversations (ChatConversations)', async () => {
    const member = team.people.MEMBER.id;
    await expectPagedListConstant({
      client: team.client('MEMBER'),
      operation: clientOperation('ChatConversations'),
      variables: { workspaceId: workspaceId(), first: APP_PAGE_SIZE, search: null, favoritesOnly: false },
      connection: (data) => data.conversations as Connection,
      pageSize: APP_PAGE_SIZE,
      seedTo: (total) =>
        topUp([`select id from conversations where workspace_id = $1 and user_id = $2`, [workspaceId(), member]], total, (count) => [
          `insert into conversations (id, workspace_id, user_id, title, favorite, created_at, updated_at)
           select gen_random_uuid(), $1, $2, 'Conversation ' || n, n % 3 = 0, now() - n * interval '1 second', now() - n * interval '1 second'
           from generate_series(1, $3::int) as n`,
          [workspaceId(), member, count],
        ]),
    });
  });

  it('documents with who added them and what the viewer may do (DocumentsList)', async () => {
    await expectPagedListConstant({
      client: team.client('MEMBER'),
      operation: clientOperation('DocumentsList'),
      variables: { workspaceId: workspaceId(), first: APP_PAGE_SIZE, search: null },
      connection: (data) => data.documents as Connection,
      pageSize: APP_PAGE_SIZE,
      seedTo: (total) => seedDocuments(workspaceId(), total),
    });
  });

  it('messages of a conversation with their citations, ratings and reports (ChatConversation)', async () => {
    // A conversation of its own, so its messages can be counted exactly; its answers cite documents spread over the
    // workspace, and the viewer reported some of them (resolved reports: the inbox below counts the open ones).
    await seedDocuments(workspaceId(), 50);
    const member = team.people.MEMBER.id;
    const conversationId = (
      await app.sql<{ id: string }>(
        `insert into conversations (id, workspace_id, user_id, title, created_at, updated_at)
         values (gen_random_uuid(), ?, ?, 'Long thread', now(), now()) returning id`,
        [workspaceId(), member],
      )
    )[0]?.id;
    const seedPairs = (total: number) =>
      topUp([`select id from messages where conversation_id = $1`, [conversationId]], total, (count) => [
        `with docs as (
           select array_agg(id order by id) as ids, array_agg(title order by id) as titles from documents where workspace_id = $1
         ),
         start as (select count(*) as done from messages where conversation_id = $2),
         pairs as materialized (
           select n + start.done as n, gen_random_uuid() as question_id, gen_random_uuid() as answer_id
           from generate_series(1, $4::int / 2) as n, start
         ),
         questions as (
           insert into messages (id, conversation_id, workspace_id, role, content, status, saved, created_at, heartbeat_at)
           select question_id, $2, $1, 'USER', 'Question ' || n, 'DONE', n % 4 = 0, now() + (2 * n) * interval '1 millisecond', now()
           from pairs
         ),
         answers as (
           insert into messages (id, conversation_id, workspace_id, role, content, status, question_id, citations, rating, created_at, heartbeat_at)
           select answer_id, $2, $1, 'ASSISTANT', 'Answer [1] [2]', 'DONE', question_id,
                  jsonb_build_array(
                    jsonb_build_object('index', 1, 'passageId', gen_random_uuid(), 'documentId', ids[1 + n % cardinality(ids)],
                                       'documentTitle', titles[1 + n % cardinality(ids)], 'heading', 'Refunds', 'passage', 'Refunds take 5 days.',
                                       'quotes', jsonb_build_array('Refunds take 5 days.'), 'page', null, 'position', 0),
                    jsonb_build_object('index', 2, 'passageId', gen_random_uuid(), 'documentId', ids[1 + (n * 7 + 1) % cardinality(ids)],
                                       'documentTitle', titles[1 + (n * 7 + 1) % cardinality(ids)], 'heading', null, 'passage', 'Exchanges take 3 days.',
                                       'quotes', jsonb_build_array(), 'page', 2, 'position', 1)
                  ),
                  case when n % 3 = 0 then 'UP' when n % 3 = 1 then 'DOWN' end::answer_rating,
                  now() + (2 * n + 1) * interval '1 millisecond', now()
           from pairs, docs
           returning id, content
         )
         insert into reports (id, workspace_id, message_id, reporter_id, category, snapshot, status, resolution_note, created_at)
         select gen_random_uuid(), $1, answers.id, $3, 'OTHER',
                jsonb_build_object('question', 'Question', 'answer', answers.content, 'citations', jsonb_build_array()),
                'RESOLVED', 'Fixed the source', now()
         from answers where random() < 0.3`,
        [workspaceId(), conversationId, member, count],
      ]);
    await expectPagedListConstant({
      client: team.client('MEMBER'),
      operation: clientOperation('ChatConversation'),
      variables: { id: conversationId },
      connection: (data) => (data.conversation as { messages: Connection }).messages,
      // The app asks for the first 100 messages of a conversation (ChatThread_conversation).
      pageSize: 100,
      seedTo: seedPairs,
    });
  });

  it('reports with their reporters and cited documents (ReportsInbox)', async () => {
    await seedDocuments(workspaceId(), 50);
    await expectPagedListConstant({
      client: team.client('ADMIN'),
      operation: clientOperation('ReportsInbox'),
      variables: { workspaceId: workspaceId(), status: 'OPEN', first: APP_PAGE_SIZE },
      connection: (data) => data.reports as Connection,
      pageSize: APP_PAGE_SIZE,
      seedTo: (total) =>
        topUp([`select id from reports where workspace_id = $1 and status = 'OPEN'`, [workspaceId()]], total, (count) => [
          `with ${PEOPLE},
           docs as (select id, title, row_number() over (order by id) - 1 as i, count(*) over () as total from documents where workspace_id = $1)
           insert into reports (id, workspace_id, message_id, reporter_id, category, comment, snapshot, created_at)
           select gen_random_uuid(), $1, $3, people.user_id, 'INCORRECT_DATA', 'Wrong ' || n,
                  jsonb_build_object('question', 'Question ' || n, 'answer', 'Answer [1]', 'citations', jsonb_build_array(
                    jsonb_build_object('index', 1, 'passageId', gen_random_uuid(), 'documentId', docs.id, 'documentTitle', docs.title,
                                       'heading', null, 'passage', 'Refunds take 5 days.'))),
                  now() - n * interval '1 second'
           from generate_series(1, $2::int) as n join people on people.i = n % people.total join docs on docs.i = n % docs.total`,
          [workspaceId(), count, team.own.answer.id],
        ]),
    });
  });

  it('audit log with its actors (AuditLog)', async () => {
    await expectPagedListConstant({
      client: team.client('OWNER'),
      operation: clientOperation('AuditLog'),
      variables: { workspaceId: workspaceId(), first: APP_PAGE_SIZE },
      connection: (data) => data.auditLog as Connection,
      pageSize: APP_PAGE_SIZE,
      seedTo: (total) =>
        topUp([`select id from audit_events where workspace_id = $1`, [workspaceId()]], total, (count) => [
          `with ${PEOPLE}
           insert into audit_events (id, workspace_id, actor_id, action, target_type, target_id, target_label, details, created_at)
           select gen_random_uuid(), $1, people.user_id, 'member.role_changed', 'membership', gen_random_uuid(), 'someone',
                  jsonb_build_object('before', 'MEMBER', 'after', 'VIEWER'), now() - interval '1 hour' - n * interval '1 second'
           from generate_series(1, $2::int) as n join people on people.i = n % people.total`,
          [workspaceId(), count],
        ]),
    });
  });

  it("a user's workspaces with role, permissions and plan (WorkspaceLayout, AccessibleWorkspaces)", async () => {
    const outsider = team.people.OUTSIDER.id;
    await expectListConstant({
      client: team.client('OUTSIDER'),
      operations: ['WorkspaceLayout', 'AccessibleWorkspaces'],
      list: (data) => data.workspaces as unknown[],
      seedTo: (total) => seedWorkspaces(outsider, total),
    });
  });
});

describe("SQL statements per list of the viewer's own, 10 rows against 1,000 (no N+1)", () => {
  let team: Team;
  beforeAll(async () => {
    team = await createTeam(app);
  });

  it('API tokens with the workspace each may see (ApiTokensSettings)', async () => {
    // Tokens spread over as many workspaces as there are tokens (a tenth of them see all workspaces), so a lookup
    // per token's workspace would show; the page also lists the workspaces to choose from.
    const admin = team.people.ADMIN.id;
    const seedTokens = (total: number) =>
      topUp([`select id from api_tokens where user_id = $1`, [admin]], total, (count) => [
        `with spaces as (
           select array_agg(workspace_id order by workspace_id) as ids from memberships where user_id = $1
         )
         insert into api_tokens (id, name, secret_hash, user_id, workspace_id, read_only, last_used_at, created_at, expires_at)
         select gen_random_uuid(), 'Token ' || n, md5(gen_random_uuid()::text) || md5(gen_random_uuid()::text), $1,
                case when n % 10 <> 0 then ids[1 + n % cardinality(ids)] end, n % 2 = 0,
                case when n % 3 = 0 then now() end, now() - n * interval '1 second', case when n % 4 = 0 then now() + interval '30 days' end
         from generate_series(1, $2::int) as n, spaces`,
        [admin, count],
      ]);
    await expectListConstant({
      client: team.client('ADMIN'),
      operations: ['ApiTokensSettings'],
      list: (data) => data.apiTokens as unknown[],
      seedTo: async (total) => {
        await seedWorkspaces(admin, total);
        await seedTokens(total);
      },
    });
    // The workspaces were asked for and shown, not skipped: nine tokens in ten are restricted to one.
    const { apiTokens } = await team
      .client('ADMIN')
      .ok<{ apiTokens: Array<{ workspace: { name: string } | null }> }>(clientOperation('ApiTokensSettings'));
    expect(apiTokens.filter((token) => token.workspace?.name).length).toBe((LARGE * 9) / 10);
  });

  it('security log with its actors (SecurityLog)', async () => {
    const member = team.people.MEMBER.id;
    await expectPagedListConstant({
      client: team.client('MEMBER'),
      operation: clientOperation('SecurityLog'),
      // The account page shows ten entries a page (SecurityLogSection).
      variables: { first: 10 },
      connection: (data) => data.securityLog as Connection,
      pageSize: 10,
      seedTo: (total) =>
        topUp([`select id from audit_events where subject_user_id = $1`, [member]], total, (count) => [
          `with actors as (select array_agg(id order by id) as ids from (select id from users limit 50) as first_users)
           insert into audit_events (id, workspace_id, actor_id, subject_user_id, action, target_type, target_id, target_label, details, created_at)
           select gen_random_uuid(), null, case when n % 4 <> 0 then ids[1 + n % cardinality(ids)] end, $1, 'session.revoked', 'session',
                  gen_random_uuid(), 'Firefox on Linux', '{}'::jsonb, now() - interval '1 hour' - n * interval '1 second'
           from generate_series(1, $2::int) as n, actors`,
          [member, count],
        ]),
    });
  });

  it('sessions (SessionsSettings)', async () => {
    const viewer = team.people.VIEWER.id;
    await expectListConstant({
      client: team.client('VIEWER'),
      operations: ['SessionsSettings'],
      list: (data) => data.sessions as unknown[],
      seedTo: (total) =>
        topUp([`select id from sessions where user_id = $1 and expires_at > now()`, [viewer]], total, (count) => [
          `insert into sessions (id, token_hash, user_id, remember_me, user_agent, ip, created_at, last_seen_at, expires_at)
         select gen_random_uuid(), md5(gen_random_uuid()::text) || md5(gen_random_uuid()::text), $1, n % 2 = 0,
                'Mozilla/5.0 (X11; Linux x86_64; rv:133.0) Gecko/20100101 Firefox/133.0', '192.0.2.' || (n % 250),
                now() - interval '1 day', now() - n * interval '1 second', now() + interval '1 day'
         from generate_series(1, $2::int) as n`,
          [viewer, count],
        ]),
    });
  });
});

/** Tops a user's workspaces up to `total`: every role, some on PRO, some without a billing row yet. */
const seedWorkspaces = (userId: string, total: number) =>
  topUp([`select id from memberships where user_id = $1`, [userId]], total, (count) => [
    `with created as (
       insert into workspaces (id, name, slug, created_at, updated_at)
       select gen_random_uuid(), 'Workspace ' || n, 'seeded-' || gen_random_uuid(), now(), now() from generate_series(1, $2::int) as n
       returning id
     ),
     numbered as (select id, row_number() over () as n from created),
     billing as (
       insert into workspace_billing (workspace_id, plan, status, updated_at)
       select id, case when n % 2 = 0 then 'PRO' else 'FREE' end::plan_id, case when n % 2 = 0 then 'ACTIVE' else 'NONE' end::subscription_status, now()
       from numbered where n % 3 <> 0
     )
     insert into memberships (id, workspace_id, user_id, role, created_at)
     select gen_random_uuid(), id, $1, (array['OWNER', 'ADMIN', 'MEMBER', 'VIEWER'])[1 + n % 4]::workspace_role, now() from numbered`,
    [userId, count],
  ]);

/** Tops a workspace's documents up to `total`: every status, added by members spread over the workspace. */
async function seedDocuments(workspaceId: string, total: number): Promise<void> {
  const missing = total - (await countOf(`select id from documents where workspace_id = $1`, [workspaceId]));
  if (missing <= 0) return;
  await seed([
    `with ${PEOPLE}
     insert into documents (id, workspace_id, title, mime_type, size_bytes, chunk_count, content, status, progress, error, added_by_id, created_at)
     select gen_random_uuid(), $1, 'Document ' || n, 'text/markdown', 20, 1, 'Refunds take 5 days.',
            (array['READY', 'PROCESSING', 'FAILED'])[1 + n % 3]::document_status, case when n % 3 = 1 then 50 else 100 end,
            case when n % 3 = 2 then 'Could not read it' end, case when n % 5 <> 0 then people.user_id end,
            now() - n * interval '1 second'
     from generate_series(1, $2::int) as n join people on people.i = n % people.total`,
    [workspaceId, missing],
  ]);
}
