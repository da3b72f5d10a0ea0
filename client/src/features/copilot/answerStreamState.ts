import type { MessageStatus } from '../../gql/graphql';

/** One event of `answerStream`, as far as the accumulation cares. */
export interface StreamEvent<TCitation> {
  seq: number;
  delta?: string | null;
  citations?: readonly TCitation[] | null;
  status: MessageStatus;
  error?: string | null;
}

export interface AnswerStreamState<TCitation> {
  /** The last seq applied: where a new subscription resumes (`afterSeq`). */
  lastSeq: number;
  text: string;
  citations: readonly TCitation[];
  status: MessageStatus;
  error: string | null;
}

export function initialStreamState<TCitation>(): AnswerStreamState<TCitation> {
  return { lastSeq: 0, text: '', citations: [], status: 'STREAMING', error: null };
}

export type ApplyOutcome = 'applied' | 'duplicate' | 'gap';

export const FINAL_STATUSES: ReadonlySet<MessageStatus> = new Set<MessageStatus>(['DONE', 'STOPPED', 'FAILED']);

/**
 * Applies one event in seq order. A seq already applied is a duplicate (a replay after a reconnect) and changes
 * nothing; a seq past the next one means events were missed: nothing is applied, and the caller resubscribes from
 * `lastSeq` so the server replays what is missing in order.
 */
export function applyStreamEvent<TCitation>(
  state: AnswerStreamState<TCitation>,
  event: StreamEvent<TCitation>,
): { state: AnswerStreamState<TCitation>; outcome: ApplyOutcome } {
  if (event.seq <= state.lastSeq) return { state, outcome: 'duplicate' };
  if (event.seq > state.lastSeq + 1) return { state, outcome: 'gap' };
  return {
    outcome: 'applied',
    state: {
      lastSeq: event.seq,
      text: event.delta ? state.text + event.delta : state.text,
      citations: event.citations ?? state.citations,
      status: event.status,
      error: event.error ?? state.error,
    },
  };
}
