import { describe, expect, it } from 'vitest';
import { collapseWhitespace, sentenceSpans, splitSentences } from './sentences';

describe('splitSentences', () => {
  it('splits on terminal punctuation followed by a capital', () => {
    expect(splitSentences('Refunds take 5 days. Contact support! Why wait? Ask now.')).toEqual([
      'Refunds take 5 days.',
      'Contact support!',
      'Why wait?',
      'Ask now.',
    ]);
  });

  it('keeps abbreviations, initials and lower-case continuations inside the sentence', () => {
    const text = 'Talk to Dr. Smith or J. R. Doe, e.g. on Monday. Prices rise approx. 3% yearly, i.e. slowly. Done.';
    expect(splitSentences(text)).toEqual([
      'Talk to Dr. Smith or J. R. Doe, e.g. on Monday.',
      'Prices rise approx. 3% yearly, i.e. slowly.',
      'Done.',
    ]);
  });

  it('does not split decimals, versions, URLs or e-mail addresses', () => {
    const text =
      'Version 2.4.1 costs EUR 1,000.50 per year. See https://acme.example/docs/v2.1/setup.html or mail help@acme.example. Thanks.';
    expect(splitSentences(text)).toEqual([
      'Version 2.4.1 costs EUR 1,000.50 per year.',
      'See https://acme.example/docs/v2.1/setup.html or mail help@acme.example.',
      'Thanks.',
    ]);
  });

  it('splits after a time of day that ends a sentence, not inside it', () => {
    expect(splitSentences('Open from 8 a.m. to 7 p.m. The desk closes at noon.')).toEqual([
      'Open from 8 a.m. to 7 p.m.',
      'The desk closes at noon.',
    ]);
  });

  it('treats list items and headings as their own sentences, even without punctuation', () => {
    const text = '# Steps\nDo this first:\n1. Open the billing page\n2. Choose a plan. Confirm it.\n- Pay\n* Done';
    expect(splitSentences(text)).toEqual([
      '# Steps',
      'Do this first:',
      '1. Open the billing page',
      '2. Choose a plan.',
      'Confirm it.',
      '- Pay',
      '* Done',
    ]);
  });

  it('joins a sentence wrapped over several lines, but not across a blank line', () => {
    const text = 'Vacation requests are approved by your\nmanager in the portal.\n\nExpenses are paid\nmonthly';
    expect(splitSentences(text)).toEqual(['Vacation requests are approved by your manager in the portal.', 'Expenses are paid monthly']);
  });

  it('keeps closing quotes and brackets with their sentence', () => {
    expect(splitSentences('He said "it works." (It did.) Next one.')).toEqual(['He said "it works."', '(It did.)', 'Next one.']);
  });

  it('handles ellipses and mixed terminators', () => {
    expect(splitSentences('Wait... it works?! Yes.')).toEqual(['Wait... it works?!', 'Yes.']);
  });

  it('returns nothing for blank text', () => {
    expect(splitSentences(' \n\n \t')).toEqual([]);
  });
});

describe('sentenceSpans', () => {
  it('points into the original text', () => {
    const text = '  First one.\n\n  Second one.  ';
    const spans = sentenceSpans(text);
    expect(spans.map((span) => text.slice(span.start, span.end))).toEqual(['First one.', 'Second one.']);
  });
});

describe('collapseWhitespace', () => {
  it('collapses runs of any whitespace', () => {
    expect(collapseWhitespace(' a\n\tb   c ')).toBe('a b c');
  });
});
