import { Writable } from 'node:stream';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type RunningApp, startApp } from '../../src/app';
import { loadConfig } from '../../src/config/env';
import { redactUrl } from '../../src/infra/logging/redact-url';
import { createTestDatabase, type TestDatabase } from '../harness';
import { waitFor } from '../wait-for';

// Issue 8, item 15: the access log recorded /invite/<token> and query strings verbatim.

const lines: string[] = [];
let app: RunningApp;
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', PORT: '0', HOST: '127.0.0.1', APP_URL: 'http://localhost:4000' });
  const sink = new Writable({
    write(chunk, _encoding, done) {
      lines.push(String(chunk));
      done();
    },
  });
  app = await startApp(config, pino({ level: 'info' }, sink), { databaseUrl: database.url });
});
afterAll(async () => {
  await app.stop();
  await database.drop();
});

describe('the access log', () => {
  it('keeps the path of an invitation link and the names of query parameters, not their tokens', async () => {
    const token = 'Tq3x_inviteTokenThatMustNotLeak';
    await fetch(`${app.url}/invite/${token}?reset=alsoSecret123&utm=mail`, {
      headers: { accept: 'text/html', referer: `http://localhost:4000/invite/${token}?next=refererSecret` },
    });
    const line = await waitFor(() => lines.find((entry) => entry.includes('/invite/')), { description: 'the access log line' });
    expect(line).toContain('"url":"/invite/[redacted]?reset=[redacted]&utm=[redacted]"');
    expect(lines.join('\n')).not.toMatch(/inviteTokenThatMustNotLeak|alsoSecret123|refererSecret/);
  });
});

describe('redactUrl', () => {
  it('leaves ordinary paths alone', () => {
    expect(redactUrl('/w/acme/documents')).toBe('/w/acme/documents');
    expect(redactUrl('/graphql?query=%7B%20me%20%7D')).toBe('/graphql?query=[redacted]');
  });
});
