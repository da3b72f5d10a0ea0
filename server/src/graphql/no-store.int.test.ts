import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestApp, type TestApp } from '../../test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const post = (body: unknown) =>
  fetch(`${app.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

describe('GraphQL answers are never stored by caches', () => {
  it('sends Cache-Control: no-store on data, on errors and on GET', async () => {
    expect((await post({ query: '{ __typename }' })).headers.get('cache-control')).toBe('no-store');
    expect((await post({ query: '{ me { id } }' })).headers.get('cache-control')).toBe('no-store');
    expect((await post({ query: '{ nope }' })).headers.get('cache-control')).toBe('no-store');
    const get = await fetch(`${app.url}/graphql?query=${encodeURIComponent('{ __typename }')}`, {
      headers: { accept: 'application/graphql-response+json', 'apollo-require-preflight': 'true' },
    });
    expect(get.headers.get('cache-control')).toBe('no-store');
  });
});
