import { INLINE_TEXT_MAX_BYTES, pastedTextAsFile } from './fileUpload';

describe('pastedTextAsFile', () => {
  it('keeps text that fits the /graphql body inline', () => {
    expect(pastedTextAsFile('# Notes\n\nShort.', 'Notes')).toBeNull();
    expect(pastedTextAsFile('a'.repeat(INLINE_TEXT_MAX_BYTES), '')).toBeNull();
  });

  it('turns larger text (counted in UTF-8 bytes) into a Markdown file named after the title', () => {
    const text = 'é'.repeat(INLINE_TEXT_MAX_BYTES / 2 + 1);
    const file = pastedTextAsFile(text, ' Q3/Q4 plan ');
    expect(file?.name).toBe('Q3-Q4 plan.md');
    expect(file?.type).toBe('text/markdown');
    expect(file?.size).toBe(INLINE_TEXT_MAX_BYTES + 2);
    expect(pastedTextAsFile(text, '')?.name).toBe('Pasted text.md');
  });
});
