import { describe, expect, it } from 'vitest';
import type { ObservedAnswer } from './askbase-api';
import type { EvalQuestion } from './dataset';
import { regressions, summarise } from './report';
import { answerText, figures, holdsEvidence, scoreAnswer } from './score';

const question: EvalQuestion = {
  id: 'q1',
  corpus: 'c',
  question: 'Which port does the dev server use?',
  kind: 'default',
  wording: 'paraphrase',
  split: 'dev',
  gold: { file: 'server.html', evidence: 'Default: 5173' },
  answerPatterns: ['\\b5173\\b'],
};
const unanswerable: EvalQuestion = { ...question, id: 'q2', kind: 'unanswerable', gold: null, answerPatterns: [] };
const files = new Map([
  ['doc-server', 'server.html'],
  ['doc-other', 'other.md'],
]);
const citation = (index: number, documentId: string, passage: string) => ({
  index,
  documentId,
  documentTitle: 't',
  heading: null,
  passage,
});
const answer = (text: string, citations: ObservedAnswer['citations']): ObservedAnswer => ({
  text,
  status: 'DONE',
  citations,
  firstChunkMs: 10,
  totalMs: 20,
});

describe('holdsEvidence', () => {
  it('ignores markup, case and punctuation', () => {
    expect(holdsEvidence('server.port\n\n- Type: `number`\n- **Default:** `5173`', 'Default: 5173')).toBe(true);
  });
  it('accepts a sentence cut by a passage boundary when most of its words are there', () => {
    expect(holdsEvidence('the dev server listens on port 5173 unless', 'The dev server listens on port 5173 unless told.')).toBe(true);
  });
  it('refuses a passage that does not hold it', () => {
    expect(holdsEvidence('The preview server uses port 4173.', 'Default: 5173')).toBe(false);
  });
});

describe('scoreAnswer', () => {
  it('counts the gold passage at [1] as top 1 and a matching answer as correct', () => {
    const result = scoreAnswer(question, answer('The default is 5173 [1].', [citation(1, 'doc-server', 'Default: 5173')]), files);
    expect(result).toMatchObject({ top1: true, top3: true, correct: true, refused: false, format: 'html' });
  });
  it('counts the gold passage at [2] as top 3 only, and a passage of another document as no hit', () => {
    const cited = [citation(1, 'doc-other', 'Default: 5173'), citation(2, 'doc-server', 'Default: 5173')];
    expect(scoreAnswer(question, answer('It is 5173 [1] [2].', cited), files)).toMatchObject({ top1: false, top3: true });
  });
  it('reads an answer without citations as a refusal, wrong for an answerable question', () => {
    const result = scoreAnswer(question, answer('I could not find this (5173 is not mentioned).', []), files);
    expect(result).toMatchObject({ refused: true, correct: false });
    expect(scoreAnswer(unanswerable, answer('I could not find this.', []), files).refused).toBe(true);
  });
  it('strips citation markers before matching patterns', () => {
    expect(answerText('Use 80 [1] columns [2].')).toBe('Use 80 columns.');
    expect(answerText('Use 80 columns [1].\n\nSee also: printWidth [2].')).toBe('Use 80 columns.');
    expect(answerText('Default: process.argv[1] [1].')).toBe('Default: process.argv[1].');
  });
});

describe('figures and regressions', () => {
  const results = [
    scoreAnswer(question, answer('5173 [1].', [citation(1, 'doc-server', 'Default: 5173')]), files),
    scoreAnswer({ ...question, id: 'q3' }, answer('No idea.', []), files),
    scoreAnswer(unanswerable, answer('Not found.', []), files),
    scoreAnswer({ ...unanswerable, id: 'q4' }, answer('Made up [1].', [citation(1, 'doc-other', 'x')]), files),
  ];
  it('computes percentages over the right denominators', () => {
    expect(figures(results)).toMatchObject({
      answerable: 2,
      unanswerable: 2,
      top1: 50,
      answerCorrect: 50,
      falseRefusals: 50,
      refusalRecall: 50,
      refusalPrecision: 50,
    });
  });
  it('flags a figure that fell more than two points, and not one that held', () => {
    const now = summarise(results, 100);
    const better = summarise(
      [results[0], results[2]].filter((r) => r !== undefined),
      100,
    );
    expect(regressions(now, now)).toEqual([]);
    expect(regressions(now, better).join('\n')).toMatch(/all answerCorrect: 50 against the baseline's 100/);
  });
});
