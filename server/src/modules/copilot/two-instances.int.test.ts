import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADD_DOCUMENT, ASK, REFUND_POLICY, readStream, workspaceOf } from '../../../test/copilot';
import { signUp } from '../../../test/factories';
import { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { waitFor } from '../../../test/wait-for';
import { serverRoot } from '../../config/paths';
import { createExtractiveEngine } from '../../copilot/engine/extractive-engine';
import { GatedEngine } from '../../copilot/engine/testing/gated-engine';
import { findFreePort } from '../../infra/db/embedded-postgres';

/**
 * Scaling out: instance A (this test process) and instance B (a second server process, the compiled server) share
 * one PostgreSQL and one Redis. An answer produced on A streams to a client connected to B, and a stop sent to B
 * stops the generation running on A. Runs in the Redis configuration (CI's second pass sets REDIS_URL).
 */
describe.runIf(process.env.REDIS_URL)('two instances behind one Redis', () => {
  let a: TestApp;
  let b: ChildProcess;
  let bUrl: string;
  // A produces the answers: its engine is held on a latch so that B's stop lands mid-answer, deterministically.
  const engine = new GatedEngine(createExtractiveEngine());

  beforeAll(async () => {
    a = await startTestApp({}, { engine });
    const port = await findFreePort();
    bUrl = `http://127.0.0.1:${port}`;
    b = spawn(process.execPath, [path.join(serverRoot, 'dist/src/main.js')], {
      env: {
        ...process.env,
        NODE_ENV: 'test',
        LOG_LEVEL: 'warn',
        PORT: String(port),
        HOST: '127.0.0.1',
        APP_URL: 'http://localhost:4000',
        DATABASE_URL: a.database.url,
        REDIS_URL: process.env.REDIS_URL,
        REDIS_KEY_PREFIX: a.config.redisKeyPrefix,
        AUTH_RATE_LIMIT_PER_MINUTE: '1000',
      },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await waitFor(async () => (await fetch(`${bUrl}/readyz`).catch(() => null))?.ok, {
      description: 'instance B to be ready',
      timeoutMs: 30_000,
    });
  });

  afterAll(async () => {
    b?.kill('SIGTERM');
    await new Promise((resolve) => b?.once('exit', resolve));
    await a.close();
  });

  it('streams an answer produced on A to a client connected to B, and B stops A’s generation', async () => {
    const onA = a.client();
    await signUp(onA);
    const workspaceId = await workspaceOf(onA);
    await onA.ok(ADD_DOCUMENT, { workspaceId, input: { title: 'Policies', text: REFUND_POLICY } });
    const onB = new GraphQLTestClient(bUrl);
    onB.cookie = onA.cookie;

    const first = await onA.ok<{ askCopilot: { answer: { id: string } } }>(ASK, {
      input: { workspaceId, question: 'How long do refunds take?' },
    });
    const viaB = await readStream(onB, first.askCopilot.answer.id);
    expect(viaB.events.map((e) => e.seq)).toEqual(viaB.events.map((_, i) => i + 1));
    expect(viaB.events.at(-1)?.status).toBe('DONE');
    expect(viaB.events.map((e) => e.delta ?? '').join('')).toMatch(/5 business days/);

    engine.latch.close();
    const second = await onA.ok<{ askCopilot: { answer: { id: string } } }>(ASK, {
      input: { workspaceId, question: 'Tell me everything about refunds, damaged items and shipping in Europe.' },
    });
    engine.latch.release(2);
    const head = await readStream(onB, second.askCopilot.answer.id, 0, 2);
    expect(head.events.map((e) => e.status)).toEqual(['STREAMING', 'STREAMING']);
    await engine.latch.arrival(); // A holds the third chunk: the answer is mid-way when B asks to stop it
    const stopped = await onB.ok<{ stopAnswer: { status: string; content: string } }>(
      'mutation($id: ID!) { stopAnswer(messageId: $id) { status content } }',
      { id: second.askCopilot.answer.id },
    );
    expect(stopped.stopAnswer).toEqual({ status: 'STOPPED', content: head.events.map((e) => e.delta ?? '').join('') });
    expect(engine.latch.waiting).toBe(0);
    engine.latch.open();
  });
});
