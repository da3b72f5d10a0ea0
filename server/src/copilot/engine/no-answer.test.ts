import { describe, expect, it } from 'vitest';
import { isKeyTerm } from './no-answer';

describe('isKeyTerm', () => {
  it.each([
    ['MongoDB', 'How do I configure a MongoDB connection pool?'],
    ['COBOL', 'Does it support COBOL?'],
    ['server.push', 'What is the default of server.push?'],
    ['sortImports', 'Is there a sortImports option?'],
    ['max-warnings', 'What is the default for --max-warnings?'],
    ['define', 'What does the `define` option do?'],
    ['9', 'Does Vite 9 support it?'],
    ['brotli', 'Does it report the brotli-compressed size?'],
    ['heroku', 'How do I deploy to heroku?'],
  ])('treats %s as naming the subject', (word, question) => {
    expect(isKeyTerm(word, question)).toBe(true);
  });

  it.each([
    ['How', 'How chatty is the console?'],
    ['chatty', 'How chatty is the console?'],
    ['Wi', 'Can I open it from my phone on the same Wi-Fi?'],
    ['Wi-Fi', 'Can I open it from my phone on the same Wi-Fi?'],
    ['single-page', 'Is it a single-page app?'],
    ['phone', 'Can I open it from my phone?'],
  ])('does not treat %s as naming the subject', (word, question) => {
    expect(isKeyTerm(word, question)).toBe(false);
  });
});
