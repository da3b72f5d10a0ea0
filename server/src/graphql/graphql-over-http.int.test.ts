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
  it('passes every MUST', async () => {
    const failures: string[] = [];
    for (const audit of serverAudits({ url: () => `${app.url}/graphql`, fetchFn: fetch })) {
      const result = await audit.fn();
      if (result.status === 'error') failures.push(`${audit.name}: ${result.reason}`);
    }
    expect(failures).toEqual([]);
  });
});
