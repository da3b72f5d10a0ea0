import type { ApolloClient } from '@apollo/client';
import { probablySignedIn, rememberSignedIn } from '../features/auth/signedInHint';
import { ViewerQuery } from '../features/auth/viewerQuery';
import { createApolloClient } from './createApolloClient';

/** The app's own client (its real links and cache) against a server that answers every request with `body`. */
function appClientAnswering(body: unknown): ApolloClient {
  vi.stubGlobal('fetch', async () => new Response(JSON.stringify(body), { headers: { 'content-type': 'application/json' } }));
  return createApolloClient();
}

const ada = { __typename: 'User', id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' };

describe('the signed-in hint, kept by the app client', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is set when the session check names the viewer', async () => {
    await appClientAnswering({ data: { me: ada } }).query({ query: ViewerQuery });
    expect(probablySignedIn()).toBe(true);
  });

  it('goes when the session check answers nobody', async () => {
    rememberSignedIn();
    await appClientAnswering({ data: { me: null } }).query({ query: ViewerQuery });
    expect(probablySignedIn()).toBe(false);
  });

  it('goes when the server answers UNAUTHENTICATED (the session expired or was revoked)', async () => {
    rememberSignedIn();
    const client = appClientAnswering({ data: null, errors: [{ message: 'Sign in first', extensions: { code: 'UNAUTHENTICATED' } }] });
    await expect(client.query({ query: ViewerQuery })).rejects.toThrow('Sign in first');
    expect(probablySignedIn()).toBe(false);
  });
});
