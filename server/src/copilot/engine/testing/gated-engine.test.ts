import { describe, expect, it } from 'vitest';
import type { AnswerChunk, RetrievedPassage } from '../answer-engine';
import { createExtractiveEngine } from '../extractive-engine';
import { GatedEngine } from './gated-engine';

const PASSAGE: RetrievedPassage = {
  id: 'p1',
  documentId: 'd1',
  documentTitle: 'Refund policy',
  heading: null,
  content: 'Refunds are paid back to the original payment method within 5 business days of approval.',
  rank: 1,
};

describe('GatedEngine (test engine held on a latch)', () => {
  it('passes everything while open, and exactly the released chunks while closed', async () => {
    const engine = new GatedEngine(createExtractiveEngine());
    engine.latch.close();
    const controller = new AbortController();
    const iterator = engine
      .answer({ question: 'How long do refunds take?', passages: [PASSAGE], signal: controller.signal })
      [Symbol.asyncIterator]();
    const received: AnswerChunk[] = [];
    const first = iterator.next();
    await engine.latch.arrival();
    expect(engine.latch.waiting).toBe(1);
    engine.latch.release(1);
    received.push((await first).value as AnswerChunk);
    expect(received).toEqual([{ type: 'delta', text: expect.any(String) }]);

    // The next chunk waits until the test lets it go; then the latch opens for the rest.
    const second = iterator.next();
    await engine.latch.arrival();
    engine.latch.open();
    for (let next = await second; !next.done; next = await iterator.next()) received.push(next.value);
    expect(received.at(-1)).toMatchObject({ type: 'citations' });
    expect(received.length).toBeGreaterThan(3);
  });

  it('throws an AbortError at once when aborted while a chunk waits', async () => {
    const engine = new GatedEngine(createExtractiveEngine());
    engine.latch.close();
    const controller = new AbortController();
    const iterator = engine
      .answer({ question: 'How long do refunds take?', passages: [PASSAGE], signal: controller.signal })
      [Symbol.asyncIterator]();
    const held = iterator.next();
    await engine.latch.arrival();
    controller.abort();
    await expect(held).rejects.toMatchObject({ name: 'AbortError' });
    expect(engine.latch.waiting).toBe(0);
  });
});
