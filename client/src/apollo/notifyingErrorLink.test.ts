import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { notifications } from '@mantine/notifications';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { Observable, of } from 'rxjs';
import { ViewerQuery } from '../features/auth/viewerQuery';
import { createNotifyingErrorLink } from './notifyingErrorLink';
import { markSessionEnded, SESSION_ENDED_CLOSE_CODE } from './sessionEnded';

/** Runs one query through the error link against a fake server answering with `answer`; resolves with its failure. */
async function queryAgainst(answer: Observable<ApolloLink.Result>): Promise<unknown> {
  const client = new ApolloClient({
    cache: new InMemoryCache(),
    link: ApolloLink.from([createNotifyingErrorLink(), new ApolloLink(() => answer)]),
  });
  return client.query({ query: ViewerQuery }).then(
    () => {
      throw new Error('expected the query to fail');
    },
    (error: unknown) => error,
  );
}

function failingWith(code: string, extensions: GraphQLErrorExtensions = {}) {
  return of({ data: null, errors: [new GraphQLError('Failed', { extensions: { code, ...extensions } }).toJSON()] });
}

describe('createNotifyingErrorLink', () => {
  let show: ReturnType<typeof vi.spyOn>;
  beforeEach(() => {
    show = vi.spyOn(notifications, 'show').mockReturnValue('id');
  });
  afterEach(() => vi.restoreAllMocks());

  it('announces network failures', async () => {
    await queryAgainst(new Observable((subscriber) => subscriber.error(new TypeError('Failed to fetch'))));
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Connection problem' }));
  });

  it('announces server bugs', async () => {
    await queryAgainst(failingWith('INTERNAL_SERVER_ERROR'));
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Something went wrong on our side' }));
  });

  it('announces rate limits with the wait time', async () => {
    await queryAgainst(failingWith('RATE_LIMITED', { retryAfterSeconds: 30 }));
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'Too many requests. Try again in 30 s.' }));
  });

  it('announces a busy server', async () => {
    await queryAgainst(failingWith('SERVICE_UNAVAILABLE', { retryAfterSeconds: 5 }));
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ title: 'Askbase is busy' }));
  });

  it.each(['BAD_USER_INPUT', 'CONFLICT', 'UNAUTHENTICATED', 'FORBIDDEN', 'NOT_FOUND'])(
    'leaves %s to the screen that asked',
    async (code) => {
      // The failure did reach the client through the link, with its code: only then does "no notification" mean something.
      expect(await queryAgainst(failingWith(code))).toMatchObject({ errors: [{ extensions: { code } }] });
      expect(show).not.toHaveBeenCalled();
    },
  );
});

describe('a session that ended elsewhere', () => {
  const ada = { __typename: 'User' as const, id: 'u1', name: 'Ada', email: 'ada@example.com' };

  function clientAnswering(answer: () => Observable<ApolloLink.Result>) {
    return new ApolloClient({ cache: new InMemoryCache(), link: ApolloLink.from([createNotifyingErrorLink(), new ApolloLink(answer)]) });
  }

  it('forgets the viewer when any operation answers UNAUTHENTICATED, so the route guard shows the log-in page', async () => {
    const client = clientAnswering(() => failingWith('UNAUTHENTICATED'));
    client.cache.writeQuery({ query: ViewerQuery, data: { me: ada } });
    await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' }).catch(() => undefined);
    expect(client.cache.readQuery({ query: ViewerQuery })).toEqual({ me: null });
  });

  it('leaves an anonymous visitor’s cache alone (a wrong password is UNAUTHENTICATED too)', async () => {
    const client = clientAnswering(() => failingWith('UNAUTHENTICATED'));
    await client.query({ query: ViewerQuery }).catch(() => undefined);
    expect(client.cache.readQuery({ query: ViewerQuery })).toBeNull();
  });

  it('markSessionEnded (the WebSocket closed with 4401) forgets the viewer', () => {
    const cache = new InMemoryCache();
    cache.writeQuery({ query: ViewerQuery, data: { me: ada } });
    markSessionEnded(cache);
    expect(cache.readQuery({ query: ViewerQuery })).toEqual({ me: null });
    expect(SESSION_ENDED_CLOSE_CODE).toBe(4401);
  });
});
