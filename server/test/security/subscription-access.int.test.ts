import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Latch } from '../../src/copilot/engine/testing/latch';
import { type OpenAISseServer, startOpenAISseServer } from '../../src/copilot/engine/testing/openai-sse-server';
import { publishAnswerEvents } from '../../src/modules/copilot/answer-event-log';
import { MessageStatus } from '../../src/modules/copilot/copilot.enums';
import { ANSWER_STREAM, ASK, type StreamedEvent, workspaceOf } from '../copilot';
import { signUp, signUpVerified } from '../factories';
import { type GraphQLTestClient, openSubscription } from '../graphql-client';
import { startSecondInstance, startTestApp, type TestApp } from '../harness';
import { createTeam } from '../team';
import { waitFor } from '../wait-for';

// Issue 8, item 11: open subscriptions outlived access. After logOut an open workspaceUsage kept delivering; after
// removeMember an open answerStream delivered 7 more chunks.

const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }`;
const REMOVE = /* GraphQL */ `mutation($id: ID!) { removeMember(membershipId: $id) }`;
const CHANGE_ROLE = /* GraphQL */ `mutation($id: ID!, $role: Role!) { changeMemberRole(membershipId: $id, role: $role) { role } }`;
const LOG_IN = /* GraphQL */ `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;

type Result = { data?: Record<string, unknown>; errors?: Array<{ message: string; extensions?: { code?: string } }> };
type AnswerResult = { data?: { answerStream: StreamedEvent }; errors?: Result['errors'] };

/** The close code of the client's socket, once it closes. */
function closeCode(ws: Client): Promise<number> {
  return new Promise((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
}

async function membershipIdOf(app: TestApp, client: GraphQLTestClient, workspaceId: string): Promise<string> {
  const { me } = await client.ok<{ me: { id: string } }>('{ me { id } }');
  const [row] = await app.sql<{ id: string }>('select id from memberships where workspace_id = ? and user_id = ?', [workspaceId, me.id]);
  return row?.id ?? '';
}

async function ask(client: GraphQLTestClient, workspaceId: string, question: string): Promise<string> {
  return (await client.ok<{ askCopilot: { answer: { id: string } } }>(ASK, { input: { workspaceId, question } })).askCopilot.answer.id;
}

/** Reads answer events until the joined text is `text`; fails on an error or an early end. */
async function readUntil(stream: ReturnType<typeof openSubscription<AnswerResult>>, text: string): Promise<StreamedEvent[]> {
  const events: StreamedEvent[] = [];
  while (events.map((event) => event.delta ?? '').join('') !== text) {
    const next = await stream.next();
    if (next.done || !next.value?.data) throw new Error(`stream ended early: ${JSON.stringify(next)}`);
    events.push(next.value.data.answerStream);
  }
  return events;
}

const answerStatus = async (app: TestApp, id: string) =>
  (await app.sql<{ status: string }>('select status from messages where id = ?', [id]))[0]?.status;

describe('open subscriptions lose access when the viewer does', () => {
  let llm: OpenAISseServer;
  let app: TestApp;

  beforeAll(async () => {
    llm = await startOpenAISseServer();
    app = await startTestApp({ LLM_BASE_URL: llm.baseUrl, LLM_MODEL: 'test-model', LLM_API_KEY: 'sk-test' });
  });
  afterAll(async () => {
    await app.close();
    await llm.close();
  });

  it('logOut closes the sockets opened with that session (4401) and workspaceUsage delivers nothing more', async () => {
    const owner = app.client();
    const { email, password } = await signUpVerified(app, owner);
    const workspaceId = await workspaceOf(owner);
    const ws = owner.websocket();
    const closed = closeCode(ws);
    const usage = openSubscription<Result>(ws, USAGE, { workspaceId });
    expect((await usage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 1 } } } });

    await owner.ok('mutation { logOut }');
    expect(await closed).toBe(4401);

    // Usage changes after the logout (the owner signs in again elsewhere and invites someone): nothing arrives.
    const again = app.client();
    await again.ok(LOG_IN, { input: { email, password, rememberMe: false } });
    await again.ok('mutation($w: ID!) { inviteMember(workspaceId: $w, email: "late@example.com", role: MEMBER) { id } }', {
      w: workspaceId,
    });
    const after = await usage.next();
    expect(after.done).toBe(true);
    expect(after.value).toBeUndefined();
    await ws.dispose();
  });

  it('removeMember ends an open answerStream with FORBIDDEN at once, and no more chunks arrive', async () => {
    const team = await createTeam(app);
    const workspaceId = team.own.workspace.id;
    const member = team.client('MEMBER');
    // The model writes 3 tokens, then waits for the test.
    const engine = new Latch();
    engine.release(3);
    llm.next({ kind: 'stream', tokens: Array.from({ length: 10 }, (_, i) => `w${i} `), latch: engine });
    const answerId = await ask(member, workspaceId, 'Refunds?');
    const ws = member.websocket();
    // Every result the server sends on this socket, whichever subscription it is for.
    let sent = 0;
    ws.on('message', (message) => {
      if (message.type === 'next') sent += 1;
    });
    const stream = openSubscription<AnswerResult>(ws, ANSWER_STREAM, { messageId: answerId });
    await readUntil(stream, 'w0 w1 w2 ');

    // The engine is held: no event is on its way, so only the membership event can end the stream now.
    await team.client('ADMIN').ok(REMOVE, { id: await membershipIdOf(app, member, workspaceId) });
    const ended = await stream.next();
    expect(ended.done).toBe(true);
    expect(ended.error).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);

    const sentBeforeRelease = sent;

    engine.open();
    await waitFor(async () => (await answerStatus(app, answerId)) === 'DONE', { description: 'the answer to finish' });
    // A new subscription to it is refused from the start; its reply comes after anything sent before it.
    const retry = openSubscription<AnswerResult>(ws, ANSWER_STREAM, { messageId: answerId });
    expect((await retry.next()).value?.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    // The 7 remaining chunks and the final status went nowhere: the only result since is the refusal above.
    expect(sent).toBe(sentBeforeRelease + 1);
    await ws.dispose();
  });

  it('a still-authorised subscriber keeps receiving: a role change keeps answerStream, a removal updates workspaceUsage', async () => {
    const team = await createTeam(app);
    const workspaceId = team.own.workspace.id;
    const member = team.client('MEMBER');
    const engine = new Latch();
    engine.release(2);
    llm.next({ kind: 'stream', tokens: ['a ', 'b ', 'c ', 'd '], latch: engine });
    const answerId = await ask(member, workspaceId, 'Refunds?');
    const memberWs = member.websocket();
    const answer = openSubscription<AnswerResult>(memberWs, ANSWER_STREAM, { messageId: answerId });
    await readUntil(answer, 'a b ');
    const ownerWs = team.client('OWNER').websocket();
    const usage = openSubscription<Result>(ownerWs, USAGE, { workspaceId });
    const before = (await usage.next()).value;

    // MEMBER becomes VIEWER: still allowed to read their own answer. The access event re-checks, and passes.
    await team.client('ADMIN').ok(CHANGE_ROLE, { id: await membershipIdOf(app, member, workspaceId), role: 'VIEWER' });
    // Another member's removal changes usage: the owner sees it.
    await team.client('ADMIN').ok(REMOVE, { id: team.own.targetMembership.id });
    const after = (await usage.next()).value;
    expect(after?.errors).toBeUndefined();
    expect(after?.data).not.toEqual(before?.data);

    engine.open();
    const rest = await readUntil(answer, 'c d ');
    expect(rest.every((event) => event.status === 'STREAMING')).toBe(true);
    for (;;) {
      const next = await answer.next();
      expect(next.value?.errors).toBeUndefined();
      if (next.done || next.value?.data?.answerStream.status === 'DONE') break;
    }
    usage.dispose();
    await Promise.all([memberWs.dispose(), ownerWs.dispose()]);
  });

  it('caches the re-check: a 200-chunk answer costs a handful of authorisation queries, not one per chunk', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    llm.next({ kind: 'stream', tokens: Array.from({ length: 200 }, (_, i) => `t${i} `) });
    const answerId = await ask(owner, workspaceId, 'Everything?');
    await waitFor(async () => (await answerStatus(app, answerId)) === 'DONE', { description: 'the answer to finish' });

    app.resetQueries();
    const ws = owner.websocket();
    const stream = openSubscription<AnswerResult>(ws, ANSWER_STREAM, { messageId: answerId });
    const events: StreamedEvent[] = [];
    for (let next = await stream.next(); !next.done && next.value?.data; next = await stream.next())
      events.push(next.value.data.answerStream);
    await ws.dispose();

    expect(events.length).toBeGreaterThanOrEqual(200);
    expect(events.at(-1)?.status).toBe('DONE');
    const count = (table: string) => app.queries.filter((query) => query.includes(`from "${table}"`)).length;
    // Connect, subscribe and the stream's own checks take a few; re-checks per event would take 200 and more each.
    expect(count('sessions')).toBeLessThan(10);
    expect(count('memberships')).toBeLessThan(10);
  });

  it('writes a live 200-chunk answer in a few batched INSERTs and delivers it to two listeners without reading the table per event', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const tokens = Array.from({ length: 200 }, (_, i) => `t${i} `);
    const model = new Latch();
    model.release(1);
    llm.next({ kind: 'stream', tokens, latch: model });
    const answerId = await ask(owner, workspaceId, 'Everything?');
    const sockets = [owner.websocket(), owner.websocket()];
    const streams = sockets.map((ws) => openSubscription<AnswerResult>(ws, ANSWER_STREAM, { messageId: answerId }));
    // Both listeners have the first chunk: they are past their catch-up read and wait for live events.
    const heads = await Promise.all(streams.map((stream) => readUntil(stream, 't0 ')));

    app.resetQueries();
    model.open();
    const received = await Promise.all(
      streams.map(async (stream, i) => {
        const events = [...(heads[i] ?? [])];
        for (let next = await stream.next(); !next.done && next.value?.data; next = await stream.next())
          events.push(next.value.data.answerStream);
        return events;
      }),
    );
    await Promise.all(sockets.map((ws) => ws.dispose()));

    for (const events of received) {
      expect(events.map((event) => event.seq)).toEqual(events.map((_, i) => i + 1));
      expect(events.map((event) => event.delta ?? '').join('')).toBe(tokens.join(''));
      expect(events.at(-1)?.status).toBe('DONE');
    }
    const inserts = app.queries.filter((query) => query.includes('insert into "answer_events"')).length;
    const reads = app.queries.filter((query) => query.includes('from "answer_events"')).length;
    // One INSERT per chunk and one table read per listener per chunk were 200 and 400: now a batch is written at a
    // time and listeners take the events from the published message.
    expect(inserts).toBeGreaterThan(0);
    expect(inserts).toBeLessThanOrEqual(20);
    expect(reads).toBeLessThan(10);
  });
  it('a listener of an answer this instance produces reads nothing while the answer is quiet, and still gets every event', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const model = new Latch();
    model.release(1);
    llm.next({ kind: 'stream', tokens: ['t0 ', 't1 ', 't2 '], latch: model });
    const answerId = await ask(owner, workspaceId, 'Quiet?');
    const ws = owner.websocket();
    const stream = openSubscription<AnswerResult>(ws, ANSWER_STREAM, { messageId: answerId });
    const events = await readUntil(stream, 't0 ');

    // The model is silent for longer than a listener's first quiet spell (1 s) and the next (2 s).
    app.resetQueries();
    await new Promise((resolve) => setTimeout(resolve, 3_500));
    const reads = app.queries.filter((query) => query.includes('from "answer_events"')).length;
    const staleChecks = app.queries.filter((query) => query.includes('"heartbeat_at" <')).length;
    // Each quiet spell was a stale check and a read of the table, although this instance was publishing the answer
    // (nothing to miss) and beating its heartbeat (not stale).
    expect({ reads, staleChecks }).toEqual({ reads: 0, staleChecks: 0 });

    model.open();
    for (let next = await stream.next(); !next.done && next.value?.data; next = await stream.next())
      events.push(next.value.data.answerStream);
    await ws.dispose();
    expect(events.map((event) => event.seq)).toEqual(events.map((_, i) => i + 1));
    expect(events.map((event) => event.delta ?? '').join('')).toBe('t0 t1 t2 ');
    expect(events.at(-1)?.status).toBe('DONE');
  });
});

describe('re-checks before events, without an access event (expiry, changes made elsewhere)', () => {
  let llm: OpenAISseServer;
  let app: TestApp;
  beforeAll(async () => {
    llm = await startOpenAISseServer();
    // Every event checked: the path taken once the cache expires, without waiting for it.
    app = await startTestApp({
      SUBSCRIPTION_ACCESS_CACHE_MS: '0',
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: 'test-model',
      LLM_API_KEY: 'sk-test',
    });
  });
  afterAll(async () => {
    await app.close();
    await llm.close();
  });

  /** The statement AccessVerdicts reads credentials and memberships with (graphql/access-verdicts.ts). */
  const accessReads = () => app.queries.filter((query) => query.includes('from unnest(')).length;

  it('six sockets of one session checking every event of a 100-chunk answer share one access read per check, not one per listener', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const tokens = Array.from({ length: 100 }, (_, i) => `t${i} `);
    const model = new Latch();
    model.release(1);
    llm.next({ kind: 'stream', tokens, latch: model });
    const answerId = await ask(owner, workspaceId, 'Everything?');
    const sockets = Array.from({ length: 6 }, () => owner.websocket());
    const streams = sockets.map((ws) => openSubscription<AnswerResult>(ws, ANSWER_STREAM, { messageId: answerId }));
    // Every listener has its first chunk: each checked its access once, from the shared facts.
    const heads = await Promise.all(streams.map((stream) => readUntil(stream, 't0 ')));

    app.resetQueries();
    model.open();
    const received = await Promise.all(
      streams.map(async (stream, i) => {
        const events = [...(heads[i] ?? [])];
        for (let next = await stream.next(); !next.done && next.value?.data; next = await stream.next())
          events.push(next.value.data.answerStream);
        return events;
      }),
    );
    await Promise.all(sockets.map((ws) => ws.dispose()));

    for (const events of received) expect(events.map((event) => event.delta ?? '').join('')).toBe(tokens.join(''));
    // 6 listeners × 100 events, each checked after it arrived: the listeners of one event share a read (or the one
    // queued behind it), where each used to look the session and the membership up for itself (600 and more).
    const events = (received[0]?.length ?? 0) - (heads[0]?.length ?? 0);
    expect(accessReads()).toBeGreaterThan(0);
    expect(accessReads()).toBeLessThanOrEqual(2 * events);
    const count = (table: string) => app.queries.filter((query) => query.includes(`from "${table}"`)).length;
    expect(count('sessions')).toBe(0);
    expect(count('memberships')).toBe(0);
  });

  it('checks access on a connection of its own: with every connection of the app pool taken, events are still delivered', async () => {
    const owner = app.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const model = new Latch();
    model.release(1);
    llm.next({ kind: 'stream', tokens: ['t0 ', 't1 '], latch: model });
    const answerId = await ask(owner, workspaceId, 'Busy?');
    const ws = owner.websocket();
    const stream = openSubscription<AnswerResult>(ws, ANSWER_STREAM, { messageId: answerId });
    const head = await readUntil(stream, 't0 ');
    const lastSeq = head.at(-1)?.seq ?? 0;

    // The app's pool is busy (as with 1,000 answers being written): every connection is held until the event arrives.
    const knex = app.orm.em.getConnection().getKnex();
    const held = await Promise.all(Array.from({ length: app.config.database.poolSize }, () => knex.client.acquireConnection()));
    try {
      // The next stored event, published as the answer's writer publishes it (the check before it needs a fresh read).
      publishAnswerEvents(app.pubSub, answerId, [
        { seq: lastSeq + 1, delta: 'busy ', citations: null, status: MessageStatus.STREAMING, error: null },
      ]);
      const next = await stream.next();
      expect(next.value).toEqual({ data: { answerStream: expect.objectContaining({ seq: lastSeq + 1, delta: 'busy ' }) } });
    } finally {
      for (const connection of held) knex.client.releaseConnection(connection);
    }
    await ws.dispose();
    model.open();
    await waitFor(async () => (await answerStatus(app, answerId)) === 'DONE', { description: 'the answer to finish' });
  });

  /** VIEWER watches usage; then ADMIN removes another member, which publishes a usage event (and no access event for VIEWER). */
  async function viewerWatchingUsage() {
    const team = await createTeam(app);
    const workspaceId = team.own.workspace.id;
    const viewer = team.client('VIEWER');
    const { me } = await viewer.ok<{ me: { id: string } }>('{ me { id } }');
    const ws = viewer.websocket();
    const closed = closeCode(ws);
    const usage = openSubscription<Result>(ws, USAGE, { workspaceId });
    expect((await usage.next()).value?.data).toBeDefined();
    const changeUsage = () => team.client('ADMIN').ok(REMOVE, { id: team.own.targetMembership.id });
    return { viewerId: me.id, workspaceId, ws, closed, usage, changeUsage };
  }

  it('ends workspaceUsage with UNAUTHENTICATED and closes the socket (4401) once the session expired', async () => {
    const { viewerId, ws, closed, usage, changeUsage } = await viewerWatchingUsage();
    await app.sql(`update sessions set expires_at = now() - interval '1 minute' where user_id = ?`, [viewerId]);
    await changeUsage();
    const ended = await usage.next();
    expect(ended.done).toBe(true);
    expect(ended.error).toEqual([expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })]);
    expect(await closed).toBe(4401);
    await ws.dispose();
  });

  it('ends workspaceUsage with FORBIDDEN when the membership is gone, and keeps the socket for other work', async () => {
    const { viewerId, workspaceId, ws, usage, changeUsage } = await viewerWatchingUsage();
    await app.sql('delete from memberships where workspace_id = ? and user_id = ?', [workspaceId, viewerId]);
    await changeUsage();
    const ended = await usage.next();
    expect(ended.done).toBe(true);
    expect(ended.error).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    const me = openSubscription<Result>(ws, '{ me { id } }', {});
    expect((await me.next()).value).toEqual({ data: { me: { id: viewerId } } });
    await ws.dispose();
  });
});

describe('shared access facts: one read per refresh for every listener, and revocation still ends streams', () => {
  let llm: OpenAISseServer;
  let app: TestApp;
  beforeAll(async () => {
    llm = await startOpenAISseServer();
    // Facts stay fresh for 10 s: within a test only access events (or a new subscription) cause a read.
    app = await startTestApp({
      SUBSCRIPTION_ACCESS_CACHE_MS: '10000',
      LLM_BASE_URL: llm.baseUrl,
      LLM_MODEL: 'test-model',
      LLM_API_KEY: 'sk-test',
    });
  });
  afterAll(async () => {
    await app.close();
    await llm.close();
  });

  it('five usage bars of one workspace cost one usage read per change, not one each', async () => {
    const owner = app.client();
    await signUpVerified(app, owner);
    const workspaceId = await workspaceOf(owner);
    const ws = owner.websocket();
    const bars = Array.from({ length: 5 }, () => openSubscription<Result>(ws, USAGE, { workspaceId }));
    for (const bar of bars) expect((await bar.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 1 } } } });

    app.resetQueries();
    await owner.ok('mutation($w: ID!) { inviteMember(workspaceId: $w, email: "bars@example.com", role: MEMBER) { id } }', {
      w: workspaceId,
    });
    for (const bar of bars) expect((await bar.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 2 } } } });
    const usageReads = app.queries.filter((query) => query.includes('as invitations')).length;
    // One is the invitation's own plan check; the five listeners share the other.
    expect(usageReads).toBe(2);
    await ws.dispose();
  });

  it('fresh facts do not outlive a removal: removeMember ends workspaceUsage with FORBIDDEN at once', async () => {
    const team = await createTeam(app);
    const workspaceId = team.own.workspace.id;
    const viewer = team.client('VIEWER');
    const ws = viewer.websocket();
    const usage = openSubscription<Result>(ws, USAGE, { workspaceId });
    expect((await usage.next()).value?.data).toBeDefined();
    await team.client('ADMIN').ok(REMOVE, { id: await membershipIdOf(app, viewer, workspaceId) });
    const ended = await usage.next();
    expect(ended.error).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    await ws.dispose();
  });

  it('fresh facts do not outlive a logOut: the socket closes (4401) and a second session of the user keeps its stream', async () => {
    const owner = app.client();
    const { email, password } = await signUpVerified(app, owner);
    const workspaceId = await workspaceOf(owner);
    const other = app.client();
    await other.ok(LOG_IN, { input: { email, password, rememberMe: false } });
    const [ws, otherWs] = [owner.websocket(), other.websocket()];
    const closed = closeCode(ws);
    const usage = openSubscription<Result>(ws, USAGE, { workspaceId });
    const otherUsage = openSubscription<Result>(otherWs, USAGE, { workspaceId });
    expect((await usage.next()).value?.data).toBeDefined();
    expect((await otherUsage.next()).value?.data).toBeDefined();

    await owner.ok('mutation { logOut }');
    expect(await closed).toBe(4401);
    await other.ok('mutation($w: ID!) { inviteMember(workspaceId: $w, email: "late@example.com", role: MEMBER) { id } }', {
      w: workspaceId,
    });
    expect((await otherUsage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 2 } } } });
    await Promise.all([ws.dispose(), otherWs.dispose()]);
  });
});

describe.runIf(process.env.REDIS_URL)('across instances, through Redis', () => {
  let a: TestApp;
  let b: Awaited<ReturnType<typeof startSecondInstance>>;
  beforeAll(async () => {
    a = await startTestApp();
    b = await startSecondInstance(a);
  });
  afterAll(async () => {
    await b?.stop();
    await a?.close();
  });

  /** The same browser session, connected to instance B. */
  function onB(client: GraphQLTestClient): GraphQLTestClient {
    const twin = b.client();
    twin.cookie = client.cookie;
    return twin;
  }

  it('a logOut on A closes the sockets of that session on B (4401)', async () => {
    const owner = a.client();
    await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const ws = onB(owner).websocket();
    const closed = closeCode(ws);
    const usage = openSubscription<Result>(ws, USAGE, { workspaceId });
    expect((await usage.next()).value?.data).toBeDefined();
    await owner.ok('mutation { logOut }');
    expect(await closed).toBe(4401);
    expect((await usage.next()).done).toBe(true);
    await ws.dispose();
  });

  it('deleting the workspace on A ends its subscriptions on B at once (no other event comes)', async () => {
    const team = await createTeam(a);
    const ws = onB(team.client('VIEWER')).websocket();
    const usage = openSubscription<Result>(ws, USAGE, { workspaceId: team.own.workspace.id });
    expect((await usage.next()).value?.data).toBeDefined();
    await team.client('OWNER').ok('mutation($id: ID!, $name: String!) { deleteWorkspace(id: $id, confirmName: $name) }', {
      id: team.own.workspace.id,
      name: team.own.workspace.name,
    });
    const ended = await usage.next();
    expect(ended.error).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    await ws.dispose();
  });

  it('a role change on A keeps a subscriber on B; removing them on A ends it with FORBIDDEN', async () => {
    const team = await createTeam(a);
    const workspaceId = team.own.workspace.id;
    const viewer = team.client('VIEWER');
    const admin = team.client('ADMIN');
    const ws = onB(viewer).websocket();
    const usage = openSubscription<Result>(ws, USAGE, { workspaceId });
    // Five members and a pending invitation.
    expect((await usage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 6 } } } });
    const membershipId = await membershipIdOf(a, viewer, workspaceId);

    await admin.ok(CHANGE_ROLE, { id: membershipId, role: 'MEMBER' });
    await admin.ok(REMOVE, { id: team.own.targetMembership.id });
    expect((await usage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 5 } } } });

    await admin.ok(REMOVE, { id: membershipId });
    const ended = await usage.next();
    expect(ended.error).toEqual([expect.objectContaining({ extensions: { code: 'FORBIDDEN' } })]);
    await ws.dispose();
  });
});
