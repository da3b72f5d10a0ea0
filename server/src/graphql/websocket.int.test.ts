import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { workspaceOf } from '../../test/copilot';
import { signUp } from '../../test/factories';
import { collect, openSubscription } from '../../test/graphql-client';
import { startTestApp, type TestApp } from '../../test/harness';

const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used limit } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function ownerWithWorkspace() {
  const client = app.client();
  await signUp(client);
  return { client, workspaceId: await workspaceOf(client) };
}

describe('GraphQL over WebSocket', () => {
  it('authenticates from the upgrade request cookie and streams the subscription', async () => {
    const { client, workspaceId } = await ownerWithWorkspace();
    const ws = client.websocket();
    const { results, error } = await collect(ws, USAGE, { workspaceId }, 1);
    await ws.dispose();
    expect(error).toBeUndefined();
    expect(results).toEqual([{ data: { workspaceUsage: { members: { used: 1, limit: 3 } } } }]);
  });

  it('authenticates from connectionParams.authorization', async () => {
    const { client, workspaceId } = await ownerWithWorkspace();
    const token = client.cookie?.split('=')[1];
    const ws = app.client().websocket({ connectionParams: { authorization: `Bearer ${token}` } });
    const { results } = await collect(ws, USAGE, { workspaceId }, 1);
    await ws.dispose();
    expect(results).toHaveLength(1);
  });

  it('refuses an anonymous subscription when it starts (not only per event)', async () => {
    const { workspaceId } = await ownerWithWorkspace();
    const ws = app.client().websocket();
    // Up to 2 results: a refused subscription sends one error result and completes; an accepted one would stream.
    const { results } = await collect(ws, USAGE, { workspaceId }, 2);
    await ws.dispose();
    expect(results).toEqual([{ errors: [expect.objectContaining({ extensions: { code: 'UNAUTHENTICATED' } })] }]);
  });

  it("answers NOT_FOUND for another tenant's workspace", async () => {
    const { workspaceId } = await ownerWithWorkspace();
    const stranger = app.client();
    await signUp(stranger);
    const ws = stranger.websocket();
    const { results } = await collect(ws, USAGE, { workspaceId }, 2);
    await ws.dispose();
    expect(results).toEqual([
      { errors: [expect.objectContaining({ message: 'Workspace not found.', extensions: { code: 'NOT_FOUND' } })] },
    ]);
  });

  it('closes the connection when connectionParams carry an unknown token', async () => {
    const ws = app.client().websocket({ connectionParams: { authorization: `Bearer ${'x'.repeat(43)}` } });
    const { error } = await collect(ws, '{ __typename }', {}, 1);
    await ws.dispose();
    expect((error as { code?: number }).code).toBe(4403);
  });

  it('refuses the upgrade from a foreign Origin', async () => {
    const status = await new Promise<number | undefined>((resolve) => {
      const socket = new WebSocket(`${app.url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', {
        headers: { origin: 'https://evil.example' },
      });
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode));
      socket.on('open', () => {
        socket.close();
        resolve(undefined);
      });
      socket.on('error', () => undefined);
    });
    expect(status).toBe(401);
  });

  it('masks unexpected errors and keeps serving other operations', async () => {
    const ws = app.client().websocket();
    const { results } = await collect(ws, '{ me { id } }', {}, 1);
    await ws.dispose();
    expect(results).toEqual([{ data: { me: null } }]);
  });
});

describe('subscription limits', () => {
  it('allows at most 20 operations at once on one connection', async () => {
    const { client, workspaceId } = await ownerWithWorkspace();
    const ws = client.websocket();
    const streams = Array.from({ length: 21 }, () =>
      openSubscription<{ data?: unknown; errors?: Array<{ extensions: { code: string } }> }>(ws, USAGE, { workspaceId }),
    );
    const firsts = await Promise.all(streams.map((stream) => stream.next()));
    const refused = firsts.filter((first) => first.error || first.value?.errors);
    expect(firsts.filter((first) => first.value?.data)).toHaveLength(20);
    expect(refused).toHaveLength(1);
    expect(JSON.stringify(refused[0])).toMatch(/RATE_LIMITED/);
    for (const stream of streams) stream.dispose();
    await ws.dispose();
  });
});
