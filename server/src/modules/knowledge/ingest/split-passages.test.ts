import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../../copilot/engine/sentences';
import { type Passage, splitPassages } from './split-passages';

const WORDS = ['invoice', 'refund', 'customer', 'billing', 'period', 'payment', 'account', 'team', 'policy', 'request'];

/** A deterministic sentence of 40-120 characters, different for each n. */
function sentence(n: number): string {
  const words = Array.from({ length: 5 + (n % 12) }, (_, i) => WORDS[(n * 7 + i * 3) % WORDS.length]);
  return `Rule ${n} says the ${words.join(' ')} applies.`;
}

function paragraph(from: number, count: number): string {
  return Array.from({ length: count }, (_, i) => sentence(from + i)).join(' ');
}

/** Length of the longest end of `previous` that `next` starts with. */
function overlapLength(previous: string, next: string): number {
  for (let length = Math.min(previous.length, next.length); length > 0; length--) {
    if (next.startsWith(previous.slice(previous.length - length))) return length;
  }
  return 0;
}

describe('splitPassages', () => {
  it('gives each passage the heading path of its section, and never mixes sections', () => {
    const text =
      'Preface text.\n\n# Billing\nAbout billing.\n\n## Refunds\nRefund text.\n\n### Timing\nFive days.\n\n## Invoices\nInvoice text.\n\n# Security\nSafe.';
    expect(splitPassages(text)).toEqual([
      { index: 0, heading: null, content: 'Preface text.', page: null },
      { index: 1, heading: 'Billing', content: 'About billing.', page: null },
      { index: 2, heading: 'Billing > Refunds', content: 'Refund text.', page: null },
      { index: 3, heading: 'Billing > Refunds > Timing', content: 'Five days.', page: null },
      { index: 4, heading: 'Billing > Invoices', content: 'Invoice text.', page: null },
      { index: 5, heading: 'Security', content: 'Safe.', page: null },
    ]);
  });

  it('skips levels gracefully and ignores # lines inside code blocks', () => {
    const fixture = readFileSync(path.join(__dirname, 'testing', 'fixtures', 'refund-policy.md'), 'utf8');
    const passages = splitPassages(fixture.replace(/^---[\s\S]*?---\n/, ''));
    expect(passages.map((passage) => passage.heading)).toEqual([
      'Refund policy',
      'Refund policy > Eligibility',
      'Refund policy > How to request a refund',
      'Refund policy > Processing times',
    ]);
    expect(passages[2]?.content).toBe(
      '1. Open the billing page in the workspace settings.\n2. Choose "Request a refund" and give a short reason.\n3. Support confirms the request by email within 2 business days.',
    );
    expect(passages[3]?.content).toContain('```text\n# not a heading: this line is inside a code block\nrefund --customer');
    expect(splitPassages('# A\n### C\nText.')[0]?.heading).toBe('A > C');
  });

  it('cuts a long section into 800-1,200 character passages at sentence ends, with ~150 characters of overlap', () => {
    const body = Array.from({ length: 12 }, (_, p) => paragraph(p * 9, 9)).join('\n\n');
    const passages = splitPassages(`# Rules\n\n${body}`);
    expect(passages.length).toBeGreaterThan(4);
    for (const passage of passages) {
      expect(passage.heading).toBe('Rules');
      expect(passage.content.length).toBeLessThanOrEqual(1200);
      expect(passage.content).toMatch(/^Rule \d+ says/);
      expect(passage.content).toMatch(/applies\.$/);
    }
    // Only the last passage may be shorter: it holds what is left.
    for (const passage of passages.slice(0, -1)) expect(passage.content.length).toBeGreaterThanOrEqual(800);
    for (let i = 1; i < passages.length; i++) {
      const overlap = overlapLength(passages[i - 1]?.content ?? '', passages[i]?.content ?? '');
      expect(overlap).toBeGreaterThan(30);
      expect(overlap).toBeLessThanOrEqual(150);
    }
  });

  it('never starts a passage inside a sentence: a last sentence too long to repeat whole is not repeated', () => {
    const long = `The configuration file will be resolved starting from the location of the file being formatted, ${'and searching up the file tree '.repeat(3)}until one is found.`;
    const medium = 'A medium sentence that is longer than the overlap of fifty characters but short enough.';
    for (const last of [long, medium]) {
      const text = `${paragraph(0, 6)} ${last}\n\n${paragraph(50, 6)}`;
      const passages = splitPassages(text, { minChars: 300, maxChars: 700, overlapChars: 50 });
      expect(passages.length).toBeGreaterThan(1);
      const sentences = new Set(splitSentences(text));
      for (const passage of passages) expect(sentences.has(splitSentences(passage.content)[0] ?? '')).toBe(true);
    }
    // Twice the overlap or less: repeated whole, so an answer spanning the cut is found in one passage.
    const passages = splitPassages(`${paragraph(0, 6)} ${medium}\n\n${paragraph(50, 6)}`, {
      minChars: 300,
      maxChars: 700,
      overlapChars: 50,
    });
    expect(passages.filter((passage) => passage.content.includes(medium))).toHaveLength(2);
  });

  it('never cuts a table row: a passage does not open on the end of a row without its name', () => {
    const row = (n: number) =>
      `Option: option${n}; Type: boolean; Default value: false; Description: ${sentence(n)} ${sentence(n + 1)} ${sentence(n + 2)}`;
    const text = Array.from({ length: 12 }, (_, i) => row(i * 3)).join('\n\n');
    const passages = splitPassages(text, { minChars: 300, maxChars: 700, overlapChars: 150 });
    expect(passages.length).toBeGreaterThan(3);
    for (const passage of passages) {
      for (const paragraph of passage.content.split('\n\n')) expect(paragraph).toMatch(/^Option: option\d+; .*applies\.$/);
    }
  });

  it('does not open a passage inside a list item: the overlap goes back to the line that names it', () => {
    const items = Array.from({ length: 14 }, (_, i) => `- .method${i}(key) - ${sentence(i * 3)} ${sentence(i * 3 + 1)}`);
    const text = `${paragraph(100, 2)}\n${items.join('\n')}`;
    const passages = splitPassages(text, { minChars: 300, maxChars: 700, overlapChars: 50 });
    expect(passages.length).toBeGreaterThan(3);
    for (const passage of passages.slice(1)) expect(passage.content).toMatch(/^- \.method\d+\(key\) - /);
  });

  it('keeps every sentence, in order', () => {
    const body = Array.from({ length: 10 }, (_, p) => paragraph(p * 7, 7)).join('\n\n');
    const seen = splitPassages(body).flatMap((passage: Passage) => splitSentences(passage.content));
    const unique = seen.filter((value, i) => seen.indexOf(value) === i);
    expect(unique).toEqual(splitSentences(body));
  });

  it('ends a passage at a paragraph end once it is long enough', () => {
    const paragraphs = Array.from({ length: 4 }, (_, p) =>
      paragraph(p * 10, 5)
        .slice(0, 480)
        .replace(/\S*$/, 'end.'),
    );
    const passages = splitPassages(paragraphs.join('\n\n'));
    expect(passages[0]?.content).toBe(`${paragraphs[0]}\n\n${paragraphs[1]}`);
    expect(passages[1]?.content.endsWith(`${paragraphs[2]}\n\n${paragraphs[3]}`)).toBe(true);
  });

  it('cuts sentences and words too long for one passage', () => {
    const longSentence = Array.from({ length: 500 }, (_, i) => WORDS[i % WORDS.length]).join(' ');
    const longWord = 'x'.repeat(3000);
    for (const text of [longSentence, longWord]) {
      const passages = splitPassages(text);
      expect(passages.length).toBeGreaterThan(2);
      for (const passage of passages) expect(passage.content.length).toBeLessThanOrEqual(1200);
      expect(passages.map((passage) => passage.index)).toEqual(passages.map((_, i) => i));
    }
  });

  it('honours custom sizes', () => {
    const passages = splitPassages(paragraph(0, 40), { minChars: 200, maxChars: 300, overlapChars: 50 });
    for (const passage of passages) expect(passage.content.length).toBeLessThanOrEqual(300);
    expect(passages.length).toBeGreaterThan(10);
  });

  it('keeps a document of headings only searchable, and returns nothing for blank text', () => {
    expect(splitPassages('# Title\n## Subtitle')).toEqual([{ index: 0, heading: null, content: '# Title\n## Subtitle', page: null }]);
    expect(splitPassages('  \n\n ')).toEqual([]);
  });

  it('says the page each passage starts on, counting the page breaks of PDF text', () => {
    const text = 'First page text.\n\n\f\n\n# Setup\nSecond page text.\n\n\f\n\nThird page text.';
    expect(splitPassages(text, { minChars: 10, maxChars: 30, overlapChars: 0 })).toEqual([
      { index: 0, heading: null, content: 'First page text.', page: 1 },
      { index: 1, heading: 'Setup', content: 'Second page text.', page: 2 },
      { index: 2, heading: 'Setup', content: 'Third page text.', page: 3 },
    ]);
  });

  it('re-opens and closes the fence when a passage starts or ends inside a long code block', () => {
    const code = Array.from({ length: 40 }, (_, i) => `const value${i} = compute(${i});`).join('\n');
    const passages = splitPassages(`Intro sentence.\n\n\`\`\`ts\n${code}\n\`\`\`\n\nAfter the code.`, { maxChars: 400 });
    expect(passages.length).toBeGreaterThan(2);
    for (const passage of passages) {
      const fences = passage.content.split('\n').filter((line) => line.startsWith('```'));
      expect(fences.length % 2, passage.content).toBe(0);
    }
    // The code block spans several passages, and each of them opens its own ```ts fence before the code.
    const withCode = passages.filter((passage) => passage.content.split('\n').some((line) => line.startsWith('const value')));
    expect(withCode.length).toBeGreaterThan(1);
    for (const passage of withCode) expect(passage.content).toMatch(/```ts\n(?:.*\n)*const value/);
    expect(passages.map((passage) => passage.content).join('\n')).toContain('After the code.');
  });
});
