import { ApolloClient, ApolloLink, InMemoryCache } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { ReactNode } from 'react';
import { Subject } from 'rxjs';
import { typePolicies } from '../../apollo/typePolicies';
import { useAnswerStream } from './useAnswerStream';

/** A fake server: each subscription gets a subject the test pushes events into, and records its afterSeq. */
function fakeServer() {
  const subscriptions: { afterSeq: number; events: Subject<ApolloLink.Result> }[] = [];
  const link = new ApolloLink((operation) => {
    const events = new Subject<ApolloLink.Result>();
    subscriptions.push({ afterSeq: operation.variables.afterSeq as number, events });
    return events.asObservable();
  });
  const client = new ApolloClient({ cache: new InMemoryCache({ typePolicies }), link });
  const wrapper = ({ children }: { children: ReactNode }) => <ApolloProvider client={client}>{children}</ApolloProvider>;
  return { client, wrapper, subscriptions };
}

function event(seq: number, fields: { delta?: string; status?: string } = {}) {
  const answerStream = { __typename: 'AnswerEvent', seq, delta: null, status: 'STREAMING', error: null, citations: null, ...fields };
  return { data: { answerStream } };
}

describe('useAnswerStream', () => {
  it('accumulates deltas, ignores duplicate seqs, and resubscribes after a gap from the last seq it applied', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useAnswerStream('m1', true), { wrapper: server.wrapper });
    await waitFor(() => expect(server.subscriptions).toHaveLength(1));
    expect(server.subscriptions[0]?.afterSeq).toBe(0);

    const first = server.subscriptions[0]?.events;
    act(() => {
      first?.next(event(1, { delta: 'Refunds ' }));
      first?.next(event(2, { delta: 'take ' }));
      first?.next(event(2, { delta: 'take ' }));
      first?.next(event(1, { delta: 'Refunds ' }));
    });
    await waitFor(() => expect(result.current?.text).toBe('Refunds take '));

    // seq 3 never came: the stream starts again after seq 2 instead of showing a hole.
    act(() => first?.next(event(4, { delta: 'days.' })));
    await waitFor(() => expect(server.subscriptions).toHaveLength(2));
    expect(server.subscriptions[1]?.afterSeq).toBe(2);

    const second = server.subscriptions[1]?.events;
    act(() => {
      second?.next(event(3, { delta: '5 ' }));
      second?.next(event(4, { delta: 'days.' }));
      second?.next(event(5, { status: 'DONE' }));
    });
    await waitFor(() => expect(result.current?.status).toBe('DONE'));
    expect(result.current?.text).toBe('Refunds take 5 days.');
    // The finished answer is in the cache, where the message now reads as DONE.
    const stored = server.client.cache.extract() as Record<string, unknown>;
    expect(stored['Message:m1']).toMatchObject({ content: 'Refunds take 5 days.', status: 'DONE' });
  });

  it('resumes after a dropped connection with afterSeq = the last seq seen', async () => {
    const server = fakeServer();
    const { result } = renderHook(() => useAnswerStream('m1', true), { wrapper: server.wrapper });
    await waitFor(() => expect(server.subscriptions).toHaveLength(1));

    act(() => server.subscriptions[0]?.events.next(event(1, { delta: 'Partial ' })));
    act(() => server.subscriptions[0]?.events.error(new TypeError('socket closed')));
    await waitFor(() => expect(server.subscriptions).toHaveLength(2), { timeout: 3000 });
    expect(server.subscriptions[1]?.afterSeq).toBe(1);

    act(() => {
      // The server replays from afterSeq: a repeat of seq 1 would be dropped, seq 2 follows.
      server.subscriptions[1]?.events.next(event(2, { delta: 'answer.' }));
      server.subscriptions[1]?.events.next(event(3, { status: 'STOPPED' }));
    });
    await waitFor(() => expect(result.current?.status).toBe('STOPPED'));
    expect(result.current?.text).toBe('Partial answer.');
  });

  it('does not subscribe for a finished answer', () => {
    const server = fakeServer();
    const { result } = renderHook(() => useAnswerStream('m1', false), { wrapper: server.wrapper });
    expect(result.current).toBeNull();
    expect(server.subscriptions).toHaveLength(0);
  });
});
