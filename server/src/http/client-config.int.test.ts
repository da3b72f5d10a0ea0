import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';

// Issue 12, item 2: the browser's Sentry SDK (SENTRY_DSN_BROWSER) is loaded only after consent; the server tells the
// app the DSN and lets the browser reach the Sentry host (and no other) in its Content-Security-Policy.

const DSN = 'https://publickey@o42.ingest.sentry.example/7';
let withDsn: TestApp;
let without: TestApp;
beforeAll(async () => {
  [withDsn, without] = await Promise.all([startTestApp({ SENTRY_DSN_BROWSER: DSN }), startTestApp()]);
});
afterAll(async () => {
  await Promise.all([withDsn.close(), without.close()]);
});

const connectSources = (response: Response) =>
  (response.headers.get('content-security-policy') ?? '')
    .split(';')
    .find((directive) => directive.trim().startsWith('connect-src'))
    ?.trim();

describe('GET /client-config.json', () => {
  it('gives the browser DSN when one is configured, and the CSP lets the browser reach that host', async () => {
    const response = await fetch(`${withDsn.url}/client-config.json`);
    expect(await response.json()).toEqual({ sentry: { dsn: DSN, environment: 'test' } });
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(connectSources(response)).toContain('https://o42.ingest.sentry.example');
  });

  it('says there is no browser error reporting otherwise, and the CSP names no third party', async () => {
    const response = await fetch(`${without.url}/client-config.json`);
    expect(await response.json()).toEqual({ sentry: null });
    expect(connectSources(response)).not.toMatch(/sentry/);
  });
});
