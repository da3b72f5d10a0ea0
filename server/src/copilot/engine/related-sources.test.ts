import { describe, expect, it } from 'vitest';
import type { RetrievedPassage } from './answer-engine';
import { composeAnswer, createExtractiveEngine } from './extractive-engine';
import { selectAnswerSentences } from './rank-sentences';
import { MAX_SOURCES, relatedSources } from './related-sources';
import { createAnalyzer } from './text/analyzer';

const passage = (id: string, heading: string, content: string, rank: number, documentTitle = 'Server Options'): RetrievedPassage => ({
  id,
  documentId: `doc-${documentTitle}`,
  documentTitle,
  heading,
  content,
  rank,
});

const PORT = passage('p-port', 'Server Options > server.port', 'Specify server port. Default: 5173.', 10);
const STRICT = passage(
  'p-strict',
  'Server Options > server.strictPort',
  'Set to true to exit if the server port is already in use, instead of automatically trying the next available port.',
  8,
);
const PREVIEW = passage(
  'p-preview',
  'Preview Options > preview.port',
  'Specify the preview server port. Default: 4173.',
  7,
  'Preview Options',
);
const HOST = passage('p-host', 'Server Options > server.host', 'Specify which IP addresses the server should listen on.', 6);
const analyzer = createAnalyzer('english');
const question = 'What is the default server port?';

describe('related sources (the passages an answer names without quoting)', () => {
  it('names the passages ranked close to the best that are about the question, after the quoted ones', () => {
    const selection = selectAnswerSentences(question, [PORT, STRICT, PREVIEW], analyzer);
    const related = relatedSources(selection, [PORT, STRICT, PREVIEW]);
    expect(selection.sentences.every((sentence) => sentence.passageIndex === 0)).toBe(true);
    expect(related.map((source) => source.passageIndex)).toEqual([1, 2]);
    expect(related[0]).toMatchObject({ label: 'server.strictPort', quote: expect.stringContaining('server port is already in use') });
  });

  it('leaves out a passage the retrieval ranked far below the best, however its words match', () => {
    const far = { ...STRICT, rank: 4 };
    expect(relatedSources(selectAnswerSentences(question, [PORT, far], analyzer), [PORT, far])).toEqual([]);
  });

  it('leaves out a passage that shares only a loose synonym or too little of the question', () => {
    const vacation = passage('p-vacation', 'Handbook > Leave', 'Every employee receives 25 days of paid vacation.', 10, 'Handbook');
    const refunds = passage(
      'p-refunds',
      'Refunds > Processing',
      'Approved refunds reach the original payment method within 5 to 10 business days.',
      10,
      'Refunds',
    );
    const selection = selectAnswerSentences('How long do refunds take to arrive?', [refunds, vacation], analyzer);
    expect(relatedSources(selection, [refunds, vacation])).toEqual([]);
    expect(relatedSources(selectAnswerSentences(question, [PORT, HOST], analyzer), [PORT, HOST])).toEqual([]);
  });

  it(`names at most ${MAX_SOURCES} passages in all, and none when the answer quotes nothing`, () => {
    const more = [PORT, STRICT, PREVIEW, { ...STRICT, id: 'p-strict-2', heading: 'Config > server.strictPort', documentTitle: 'Config' }];
    const selection = selectAnswerSentences(question, more, analyzer);
    expect(relatedSources(selection, more)).toHaveLength(MAX_SOURCES - 1);
    expect(relatedSources({ ...selection, sentences: [] }, more)).toEqual([]);
  });

  it('closes the answer with them in a paragraph of their own, cited after the quoted passages', async () => {
    const composed = composeAnswer(
      [{ passageIndex: 0, position: 1, text: 'Default: 5173', kind: 'field', language: null }],
      [PORT, STRICT, PREVIEW],
      [
        { passageIndex: 1, label: 'server.strictPort', quote: 'Set to true to exit.' },
        { passageIndex: 2, label: 'preview.port', quote: 'Specify the preview server port.' },
      ],
    );
    expect(composed.text).toBe('Default: 5173 [1].\n\nSee also: server.strictPort [2] and preview.port [3].');
    expect(composed.citations.map(({ index, passageId, quotes }) => [index, passageId, quotes])).toEqual([
      [1, 'p-port', ['Default: 5173']],
      [2, 'p-strict', ['Set to true to exit.']],
      [3, 'p-preview', ['Specify the preview server port.']],
    ]);
  });

  it('tells two sources that share a section name apart by their document', () => {
    const other = { ...PORT, id: 'p-port-2', documentTitle: 'Configuring Vite', rank: 9 };
    const selection = selectAnswerSentences(question, [PORT, other], analyzer);
    const related = relatedSources(selection, [PORT, other]);
    expect(related.map((source) => source.label)).toEqual(['Configuring Vite > server.port']);
  });

  it('is what the built-in engine answers with, the same every time', async () => {
    const engine = createExtractiveEngine();
    const ask = async () => {
      let text = '';
      for await (const chunk of engine.answer({ question, passages: [PORT, STRICT], signal: new AbortController().signal }))
        if (chunk.type === 'delta') text += chunk.text;
      return text;
    };
    const first = await ask();
    expect(first).toMatch(/5173 \[1\]\.\n\nSee also: server\.strictPort \[2\]\.$/);
    expect(await ask()).toBe(first);
  });
});
