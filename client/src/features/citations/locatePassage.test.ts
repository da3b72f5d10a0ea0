import { locatePassage } from './locatePassage';

const TEXT = [
  '# Install',
  '',
  'Install the CLI first. It needs Node.js 20.',
  '',
  '```sh',
  'npm install -g askbase',
  'askbase login',
  '```',
  '',
  '\f',
  '',
  'Then run it.',
].join('\n');

const located = (content: string) => {
  const range = locatePassage(TEXT, content);
  return range && TEXT.slice(range.start, range.end);
};

describe('locatePassage', () => {
  it('finds a passage whose whitespace differs from the text (re-joined lines, a page break)', () => {
    expect(located('It needs Node.js 20.\n\n```sh\nnpm install -g askbase\naskbase login\n```\n\nThen run it.')).toBe(
      'It needs Node.js 20.\n\n```sh\nnpm install -g askbase\naskbase login\n```\n\n\f\n\nThen run it.',
    );
  });

  it('finds a passage cut inside a code block, whose fence was re-opened or closed for it', () => {
    expect(located('```sh\naskbase login\n```\n\nThen run it.')).toBe('askbase login\n```\n\n\f\n\nThen run it.');
    expect(located('Install the CLI first. It needs Node.js 20.\n\n```sh\nnpm install -g askbase\n```')).toBe(
      'Install the CLI first. It needs Node.js 20.\n\n```sh\nnpm install -g askbase',
    );
  });

  it('returns null for a passage the text does not hold', () => {
    expect(located('Uninstall it.')).toBeNull();
  });
});
