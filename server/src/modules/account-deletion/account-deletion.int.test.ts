import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportWhenReady } from '../../../test/data-export';
import { DEFAULT_PASSWORD, signUp } from '../../../test/factories';
import { type GraphQLTestClient, openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { waitForMail } from '../../../test/mail';
import { createTeam, type Team } from '../../../test/team';
import { waitFor } from '../../../test/wait-for';
import { pgArray } from '../../infra/db/pgArray';
import { hashPassword } from '../auth/password';
import { DELETED_USER_LABEL } from './audit-anonymisation';

// Issue 10, item 9: "Delete my account".

const DELETE = /* GraphQL */ `mutation($password: String!) { deleteAccount(password: $password) }`;
const CREATE_WORKSPACE = /* GraphQL */ `mutation($input: CreateWorkspaceInput!) { createWorkspace(input: $input) { id name slug } }`;
const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;
const LOG_IN = /* GraphQL */ `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }`;

type Response = { errors?: Array<{ message: string; extensions?: Record<string, unknown> }> };
const codeOf = (response: Response) => response.errors?.[0]?.extensions?.code;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

function closeCode(ws: Client): Promise<number> {
  return new Promise((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
}

/** A team whose fixture people can type a password (fixtures are written with an unusable hash). */
async function teamWithPasswords(): Promise<Team> {
  const team = await createTeam(app);
  const hash = await hashPassword(DEFAULT_PASSWORD);
  await app.sql('update users set password_hash = ? where id = any(?::uuid[])', [
    hash,
    pgArray(Object.values(team.people).map((p) => p.id)),
  ]);
  return team;
}

/** Everything a test compares before and after a refused deletion: nothing may change. */
async function snapshotOf(userId: string) {
  const count = async (sql: string) => Number((await app.sql<{ n: string }>(sql, [userId]))[0]?.n);
  return {
    user: await count('select count(*) as n from users where id = ?'),
    sessions: await count('select count(*) as n from sessions where user_id = ?'),
    memberships: await count('select count(*) as n from memberships where user_id = ?'),
    conversations: await count('select count(*) as n from conversations where user_id = ?'),
    auditAsActor: await count('select count(*) as n from audit_events where actor_id = ?'),
    workspaces: await count('select count(*) as n from workspaces where id in (select workspace_id from memberships where user_id = ?)'),
  };
}

describe('a refused deletion changes nothing', () => {
  it('a wrong password is BAD_USER_INPUT on `password`', async () => {
    const client = app.client();
    const user = await signUp(client);
    const before = await snapshotOf(user.id);
    const response = await client.request(DELETE, { password: 'not the password' });
    expect(codeOf(response)).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'password', message: 'The password is incorrect.' }]);
    expect(await snapshotOf(user.id)).toEqual(before);
    expect(await client.ok('{ me { id } }')).toEqual({ me: { id: user.id } });
  });

  it('guesses are rate-limited: after 10 wrong passwords even the right one is RATE_LIMITED for a while, and so is every other action that asks for the password', async () => {
    const client = app.client();
    const user = await signUp(client);
    for (let attempt = 0; attempt < 10; attempt++)
      expect(codeOf(await client.request(DELETE, { password: `wrong ${attempt}` }))).toBe('BAD_USER_INPUT');
    const limited = await client.request(DELETE, { password: user.password });
    expect(codeOf(limited)).toBe('RATE_LIMITED');
    expect(limited.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
    expect((await snapshotOf(user.id)).user).toBe(1);
    // One budget for every action that asks for the password: the guesses cannot go on elsewhere.
    const changePassword = await client.request(
      'mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }',
      { c: 'another guess', n: 'a new long passphrase 7' },
    );
    expect(codeOf(changePassword)).toBe('RATE_LIMITED');
    const changeEmail = await client.request('mutation($e: String!, $p: String!) { requestEmailChange(newEmail: $e, password: $p) }', {
      e: 'elsewhere@example.com',
      p: 'one more guess',
    });
    expect(codeOf(changeEmail)).toBe('RATE_LIMITED');
  });

  it('the sole owner of a workspace with other members gets CONFLICT with the list of those workspaces', async () => {
    const team = await teamWithPasswords();
    const owner = team.client('OWNER');
    const { createWorkspace: personal } = await owner.ok<{ createWorkspace: { id: string } }>(CREATE_WORKSPACE, {
      input: { name: 'Owner alone' },
    });
    // A new workspace gets its Stripe customer from a background job that writes its own audit entry; let it land
    // first, so the comparison below sees only what the refused deletion did.
    await waitFor(
      async () =>
        (await app.sql('select 1 from workspace_billing where workspace_id = ? and stripe_customer_id is not null', [personal.id]))
          .length === 1,
      { description: "the new workspace's Stripe customer" },
    );
    const before = await snapshotOf(team.people.OWNER.id);
    const auditBefore = await app.sql('select id, actor_id, target_label, details from audit_events order by id');

    const response = await owner.request(DELETE, { password: DEFAULT_PASSWORD });
    expect(codeOf(response)).toBe('CONFLICT');
    const { workspace } = team.own;
    expect(response.errors?.[0]?.extensions?.workspaces).toEqual([{ id: workspace.id, name: workspace.name, slug: workspace.slug }]);
    expect(response.errors?.[0]?.message).toContain(workspace.name);
    // Nothing half done: the personal workspace, the audit log, the sessions are as they were.
    expect(await snapshotOf(team.people.OWNER.id)).toEqual(before);
    expect(await app.sql('select id from workspaces where id = ?', [personal.id])).toHaveLength(1);
    expect(await app.sql('select id, actor_id, target_label, details from audit_events order by id')).toEqual(auditBefore);
    expect(await owner.ok('{ me { id } }')).toEqual({ me: { id: team.people.OWNER.id } });
  });
});

describe('a deletion', () => {
  let team: Team;
  let member: GraphQLTestClient;
  let personal: { id: string; name: string };
  let closed: Promise<number>;
  let otherSession: GraphQLTestClient;
  const othersBefore: Record<string, unknown> = {};

  beforeAll(async () => {
    team = await teamWithPasswords();
    member = team.client('MEMBER');
    const memberUser = team.people.MEMBER;
    ({ createWorkspace: personal } = await member.ok<{ createWorkspace: { id: string; name: string } }>(CREATE_WORKSPACE, {
      input: { name: 'Member alone' },
    }));
    await member.ok(CREATE_TOKEN, { input: { name: 'script' } });
    await exportWhenReady(member);
    await app.sql(
      "insert into password_resets (id, token_hash, user_id, created_at, expires_at) values (gen_random_uuid(), md5(random()::text), ?, now(), now() + interval '30 minutes')",
      [memberUser.id],
    );
    // Audit entries about the member, by someone else: their address as the target and inside the details.
    await app.sql(
      "insert into audit_events (id, workspace_id, actor_id, action, target_type, target_id, target_label, details, created_at) values (gen_random_uuid(), ?, ?, 'member.role_changed', 'membership', null, ?, ?::jsonb, now())",
      [
        team.own.workspace.id,
        team.people.OWNER.id,
        memberUser.email,
        JSON.stringify({ before: 'MEMBER', after: 'MEMBER', to: memberUser.email, from: team.people.OWNER.email }),
      ],
    );
    // And one the member did.
    await app.sql(
      "insert into audit_events (id, workspace_id, actor_id, action, target_type, target_id, target_label, details, created_at) values (gen_random_uuid(), ?, ?, 'member.left', 'membership', null, ?, '{}'::jsonb, now())",
      [team.own.workspace.id, memberUser.id, memberUser.email],
    );
    otherSession = app.client();
    await otherSession.ok(LOG_IN, { input: { email: memberUser.email, password: DEFAULT_PASSWORD, rememberMe: false } });
    const ws = otherSession.websocket();
    closed = closeCode(ws);
    const usage = openSubscription(ws, USAGE, { workspaceId: team.own.workspace.id });
    expect((await usage.next()).value).toBeDefined();

    othersBefore.conversations = await app.sql('select id, title from conversations where user_id <> ? order by id', [memberUser.id]);
    othersBefore.messages = await app.sql(
      'select m.id, m.content from messages m join conversations c on c.id = m.conversation_id where c.user_id <> ? order by m.id',
      [memberUser.id],
    );
    othersBefore.sessions = await app.sql('select id from sessions where user_id <> ? order by id', [memberUser.id]);

    const response = await member.request(DELETE, { password: DEFAULT_PASSWORD });
    expect(response.errors).toBeUndefined();
    expect(response.data).toEqual({ deleteAccount: true });
  });

  const id = () => team.people.MEMBER.id;

  it('removes the account and every piece of its personal data', async () => {
    expect(await app.sql('select id from users where id = ?', [id()])).toEqual([]);
    for (const table of [
      'sessions',
      'api_tokens',
      'conversations',
      'data_exports',
      'password_resets',
      'email_verifications',
      'memberships',
    ]) {
      expect(await app.sql(`select 1 from ${table} where user_id = ?`, [id()]), table).toEqual([]);
    }
    expect(await app.sql('select 1 from uploads where uploaded_by_id = ?', [id()])).toEqual([]);
    expect(await app.sql('select 1 from messages where conversation_id = ?', [team.own.conversation.id])).toEqual([]);
    expect(
      await app.sql('select 1 from data_export_chunks c join data_exports e on e.id = c.export_id where e.user_id = ?', [id()]),
    ).toEqual([]);
  });

  it('deletes the personal workspace, keeps the shared one, its documents (no longer attributed) and reports (no reporter)', async () => {
    expect(await app.sql('select 1 from workspaces where id = ?', [personal.id])).toEqual([]);
    expect(await app.sql('select 1 from workspaces where id = ?', [team.own.workspace.id])).toHaveLength(1);
    expect(await app.sql('select added_by_id from documents where id = ?', [team.own.document.id])).toEqual([{ added_by_id: null }]);
    expect(await app.sql('select reporter_id from reports where id = ?', [team.own.report.id])).toEqual([{ reporter_id: null }]);
  });

  it('anonymises the audit entries: no actor, and the address replaced by a placeholder wherever it was', async () => {
    expect(await app.sql('select 1 from audit_events where actor_id = ?', [id()])).toEqual([]);
    const mentions = await app.sql('select id from audit_events where target_label = ? or details::text like ?', [
      team.people.MEMBER.email,
      `%${team.people.MEMBER.email}%`,
    ]);
    expect(mentions).toEqual([]);
    const rows = await app.sql<{ action: string; actor_id: string | null; target_label: string; details: Record<string, unknown> }>(
      "select action, actor_id, target_label, details from audit_events where workspace_id = ? and action in ('member.role_changed', 'member.left') order by action::text",
      [team.own.workspace.id],
    );
    expect(rows).toEqual([
      { action: 'member.left', actor_id: null, target_label: DELETED_USER_LABEL, details: {} },
      {
        action: 'member.role_changed',
        actor_id: team.people.OWNER.id,
        target_label: DELETED_USER_LABEL,
        details: { before: 'MEMBER', after: 'MEMBER', to: DELETED_USER_LABEL, from: team.people.OWNER.email },
      },
    ]);
  });

  it('ends every session: open sockets close with 4401, the old cookie is anonymous, and logging in fails', async () => {
    expect(await closed).toBe(4401);
    expect(await otherSession.ok('{ me { id } }')).toEqual({ me: null });
    expect(await member.ok('{ me { id } }')).toEqual({ me: null });
    const logIn = await app
      .client()
      .request(LOG_IN, { input: { email: team.people.MEMBER.email, password: DEFAULT_PASSWORD, rememberMe: false } });
    expect(codeOf(logIn)).toBe('UNAUTHENTICATED');
  });

  it('mails the user', async () => {
    const [mail] = await waitForMail(app, team.people.MEMBER.email, { matching: /was deleted/ });
    expect(mail?.subject).toBe('Your Askbase account was deleted');
    expect(mail?.text).toContain('Member alone');
  });

  it("leaves everyone else's data as it was", async () => {
    expect(await app.sql('select id, title from conversations where user_id <> ? order by id', [id()])).toEqual(othersBefore.conversations);
    expect(
      await app.sql(
        'select m.id, m.content from messages m join conversations c on c.id = m.conversation_id where c.user_id <> ? order by m.id',
        [id()],
      ),
    ).toEqual(othersBefore.messages);
    expect(await app.sql('select id from sessions where user_id <> ? order by id', [id()])).toEqual(othersBefore.sessions);
    expect(await team.client('OWNER').ok('{ me { id } }')).toEqual({ me: { id: team.people.OWNER.id } });
  });
});

describe('who may', () => {
  it('anonymous callers are UNAUTHENTICATED; API tokens, full or read-only, are FORBIDDEN and the account stays', async () => {
    expect(codeOf(await app.client().request(DELETE, { password: DEFAULT_PASSWORD }))).toBe('UNAUTHENTICATED');
    for (const readOnly of [false, true]) {
      const owner = app.client();
      const user = await signUp(owner);
      const { createApiToken } = await owner.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, {
        input: { name: 'script', readOnly },
      });
      const script = app.client();
      script.bearer = createApiToken.secret;
      const response = await script.request(DELETE, { password: user.password });
      expect(codeOf(response)).toBe('FORBIDDEN');
      expect(await app.sql('select id from users where id = ?', [user.id])).toEqual([{ id: user.id }]);
    }
  });
});
