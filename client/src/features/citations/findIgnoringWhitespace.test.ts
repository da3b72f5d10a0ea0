import { findIgnoringWhitespace } from './findIgnoringWhitespace';

const slices = (text: string, needles: string[]) => findIgnoringWhitespace(text, needles).map(({ start, end }) => text.slice(start, end));

describe('findIgnoringWhitespace', () => {
  it('finds quotes whose line breaks and spaces differ from the text, in its own offsets', () => {
    const text = 'Refunds are paid back\n  within 5 business days.\n\n- Support answers   within 2 days.';
    expect(slices(text, ['Refunds are paid back within 5 business days.', 'Support answers within 2 days.'])).toEqual([
      'Refunds are paid back\n  within 5 business days.',
      'Support answers   within 2 days.',
    ]);
  });

  it('prefers the occurrence after the previous quote, and leaves out what it cannot find or is blank', () => {
    const text = 'Yes. Intro. Yes. End.';
    expect(findIgnoringWhitespace(text, ['Intro.', 'Yes.', 'Missing.', '  '])).toEqual([
      { start: 5, end: 11 },
      { start: 12, end: 16 },
    ]);
  });

  it('returns ranges sorted and never overlapping', () => {
    const text = 'One two. Three four.';
    expect(slices(text, ['Three four.', 'One two.', 'two. Three'])).toEqual(['One two.', 'Three four.']);
  });

  it('finds text around a page break (a form feed line) and non-breaking spaces', () => {
    const text = 'End of page one.\n\n\f\n\nStart\u00a0of two.';
    expect(slices(text, ['one. Start of two.'])).toEqual(['one.\n\n\f\n\nStart\u00a0of two.']);
  });
});
