import { serverAudits } from 'graphql-http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

// The GraphQL-over-HTTP spec's audits: third-party clients rely on the server following it.
describe('GraphQL over HTTP spec audits', () => {
  it('passes every MUST and every SHOULD', async () => {
    const failures: string[] = [];
    const warnings: string[] = [];
    for (const audit of serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
      // Issue 8, item 20: parse, validation and variable errors answered 400 to application/json clients.
      if (result.status === 'warn') warnings.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
    expect(warnings).toEqual([]);
  });
});
