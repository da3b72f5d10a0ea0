import http from 'node:http';
import net, { type AddressInfo, type Socket } from 'node:net';
import express from 'express';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { healthRouter } from '../../src/http/health';

// Issue 8, item 16: with the database paused, /readyz hung instead of failing. A paused PostgreSQL accepts TCP
// connections and never answers: this server does the same.

const sockets = new Set<Socket>();
const paused = net.createServer((socket) => {
  sockets.add(socket);
  socket.on('error', () => undefined);
});
let probe: http.Server;
let probeUrl: string;

beforeAll(async () => {
  await new Promise<void>((resolve) => paused.listen(0, '127.0.0.1', resolve));
  const databaseUrl = `postgres://postgres@127.0.0.1:${(paused.address() as AddressInfo).port}/askbase`;
  probe = http.createServer(express().use(healthRouter(databaseUrl, () => false)));
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  probeUrl = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
});
afterAll(async () => {
  for (const socket of sockets) socket.destroy();
  await new Promise((resolve) => probe.close(resolve));
  await new Promise((resolve) => paused.close(resolve));
});

describe('/readyz with a paused database', () => {
  it('answers 503 instead of waiting for it', async () => {
    const response = await fetch(`${probeUrl}/readyz`);
    expect(response.status).toBe(503);
    expect(await response.json()).toEqual({ status: 'unavailable', database: 'unreachable' });
  });

  it('keeps /healthz answering: the process itself is fine', async () => {
    expect((await fetch(`${probeUrl}/healthz`)).status).toBe(200);
  });
});
