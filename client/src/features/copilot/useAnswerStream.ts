import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { useApolloClient } from '@apollo/client/react';
import { useEffect, useState } from 'react';
import { graphql } from '../../gql';
import type { CitationPopover_CitationFragment } from '../../gql/graphql';
import { type AnswerStreamState, applyStreamEvent, FINAL_STATUSES, initialStreamState } from './answerStreamState';

export const AnswerStreamSubscription = graphql(`
  subscription AnswerStream($messageId: ID!, $afterSeq: Int) {
    answerStream(messageId: $messageId, afterSeq: $afterSeq) {
      seq
      delta
      status
      error
      citations {
        ...CitationPopover_citation
      }
    }
  }
`);

export const StreamedAnswerFragment = graphql(`
  fragment StreamedAnswer_message on Message {
    id
    content
    status
    error
    citations {
      ...CitationPopover_citation
    }
  }
`);

export type StreamState = AnswerStreamState<CitationPopover_CitationFragment> & {
  /** The connection dropped: waiting to resubscribe from the last seq seen. */
  reconnecting: boolean;
};

const MAX_BACKOFF_MS = 10_000;

/**
 * Follows a streaming answer: accumulates its deltas in seq order, drops duplicates (replays after a reconnect),
 * resubscribes with `afterSeq` = the last seq seen when events are missing or the connection drops, and on the final
 * event writes the whole answer into the cache, where the message then reads as finished. Null while inactive.
 */
export function useAnswerStream(messageId: string, active: boolean): StreamState | null {
  const client = useApolloClient();
  const [current, setCurrent] = useState<{ messageId: string; state: StreamState } | null>(null);

  useEffect(() => {
    if (!active) return;
    let state = initialStreamState<CitationPopover_CitationFragment>();
    let subscription: { unsubscribe: () => void } | null = null;
    let retryTimer: ReturnType<typeof setTimeout> | undefined;
    let failures = 0;
    let ended = false;
    // Bumped by every restart: events still arriving from a replaced subscription are ignored.
    let generation = 0;
    const publish = (reconnecting: boolean) => setCurrent({ messageId, state: { ...state, reconnecting } });

    const finish = () => {
      ended = true;
      const data = {
        __typename: 'Message' as const,
        id: messageId,
        content: state.text,
        status: state.status,
        error: state.error,
        citations: [...state.citations],
      };
      client.cache.writeFragment({
        id: client.cache.identify({ __typename: 'Message', id: messageId }),
        fragment: StreamedAnswerFragment,
        fragmentName: 'StreamedAnswer_message',
        data,
      });
    };

    const restart = (delayMs: number) => {
      generation += 1;
      subscription?.unsubscribe();
      subscription = null;
      if (ended) return;
      if (delayMs > 0) publish(true);
      retryTimer = setTimeout(start, delayMs);
    };
    // Transport trouble: back off, then resume where we were.
    const restartAfterFailure = () => restart(Math.min(MAX_BACKOFF_MS, 500 * 2 ** failures++));

    function start() {
      const mine = generation;
      subscription = client
        .subscribe({ query: AnswerStreamSubscription, variables: { messageId, afterSeq: state.lastSeq }, fetchPolicy: 'no-cache' })
        .subscribe({
          next(result) {
            if (mine !== generation || ended) return;
            if (result.error) {
              // The server refused (the conversation is gone, access lost): retrying would not help.
              if (CombinedGraphQLErrors.is(result.error)) {
                ended = true;
                state = { ...state, status: 'FAILED', error: result.error.errors[0]?.message ?? 'The answer stopped.' };
                publish(false);
              } else restartAfterFailure();
              return;
            }
            const event = result.data?.answerStream;
            if (!event) return;
            const applied = applyStreamEvent(state, event);
            if (applied.outcome === 'gap') return restart(0);
            if (applied.outcome === 'duplicate') return;
            failures = 0;
            state = applied.state;
            publish(false);
            if (FINAL_STATUSES.has(state.status)) finish();
          },
          error() {
            if (mine === generation && !ended) restartAfterFailure();
          },
          complete() {
            // Ended before the final status (a server restart, a dropped socket): resume from the last seq.
            if (mine === generation && !ended) restartAfterFailure();
          },
        });
    }

    start();
    return () => {
      ended = true;
      clearTimeout(retryTimer);
      subscription?.unsubscribe();
    };
  }, [client, messageId, active]);

  return active && current?.messageId === messageId ? current.state : null;
}
