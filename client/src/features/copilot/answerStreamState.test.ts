import { type AnswerStreamState, applyStreamEvent, initialStreamState, type StreamEvent } from './answerStreamState';

type Event = StreamEvent<{ index: number }>;

function applyAll(events: Event[], state: AnswerStreamState<{ index: number }> = initialStreamState()) {
  const outcomes: string[] = [];
  for (const event of events) {
    const applied = applyStreamEvent(state, event);
    outcomes.push(applied.outcome);
    state = applied.state;
  }
  return { state, outcomes };
}

const delta = (seq: number, text: string): Event => ({ seq, delta: text, status: 'STREAMING' });

describe('applyStreamEvent', () => {
  it('appends deltas in seq order, then takes the citations and the final status', () => {
    const { state } = applyAll([
      delta(1, 'Refunds take '),
      delta(2, '5 days [1].'),
      { seq: 3, citations: [{ index: 1 }], status: 'STREAMING' },
      { seq: 4, status: 'DONE' },
    ]);
    expect(state).toEqual({ lastSeq: 4, text: 'Refunds take 5 days [1].', citations: [{ index: 1 }], status: 'DONE', error: null });
  });

  it('ignores a seq it has already applied (a replay after reconnecting)', () => {
    const { state, outcomes } = applyAll([delta(1, 'A'), delta(2, 'B'), delta(2, 'B'), delta(1, 'A'), delta(3, 'C')]);
    expect(state.text).toBe('ABC');
    expect(outcomes).toEqual(['applied', 'applied', 'duplicate', 'duplicate', 'applied']);
  });

  it('applies nothing past a gap, so the caller resumes from the last seq it has', () => {
    const { state, outcomes } = applyAll([delta(1, 'A'), delta(3, 'C')]);
    expect(outcomes).toEqual(['applied', 'gap']);
    expect(state).toMatchObject({ lastSeq: 1, text: 'A' });
    // The replay from afterSeq = 1 then fills it in.
    expect(applyAll([delta(2, 'B'), delta(3, 'C')], state).state.text).toBe('ABC');
  });

  it('keeps the reason of a failure', () => {
    const { state } = applyAll([delta(1, 'Partial'), { seq: 2, status: 'FAILED', error: 'The model timed out.' }]);
    expect(state).toMatchObject({ text: 'Partial', status: 'FAILED', error: 'The model timed out.' });
  });
});
