import { describe, expect, it } from 'vitest';
import { markdownToText } from './markdown-to-text';
import { optionListingBlocks } from './option-listing';

const HELP = [
  'Usage: bench [opts] URL',
  '',
  'Available options:',
  '',
  '  -c/--connections NUM',
  '        The number of concurrent connections to use. default: 10.',
  '  -d/--duration SEC',
  '        The number of seconds to run.',
  '',
  '        Accepts a time string too.',
  '  -j/--json',
  '        Print the output as newline delimited JSON.',
  '  -h, --help          Show this help.',
].join('\n');

describe('optionListingBlocks', () => {
  it('reads a help text as one "option: description" paragraph per option, the rest staying code', () => {
    expect(optionListingBlocks({ kind: 'code', language: '', text: HELP })).toEqual([
      { kind: 'code', language: '', text: 'Usage: bench [opts] URL\n\nAvailable options:\n' },
      { kind: 'paragraph', text: '-c/--connections NUM: The number of concurrent connections to use. default: 10.' },
      { kind: 'paragraph', text: '-d/--duration SEC: The number of seconds to run. Accepts a time string too.' },
      { kind: 'paragraph', text: '-j/--json: Print the output as newline delimited JSON.' },
      { kind: 'paragraph', text: '-h, --help: Show this help.' },
    ]);
  });

  it('leaves code alone: commands with flags, lists, diffs, programs', () => {
    const blocks = [
      {
        kind: 'code' as const,
        language: 'sh',
        text: 'npm install --save-dev --exact prettier\nnpx prettier --write .\nnpx prettier --check .',
      },
      { kind: 'code' as const, language: 'yaml', text: '- name: a\n  run: x\n- name: b\n  run: y\n- name: c\n  run: z' },
      { kind: 'code' as const, language: 'diff', text: '-old line\n  kept\n-other\n  kept\n-third\n  kept' },
      { kind: 'code' as const, language: 'js', text: '--a\n  b\n--c\n  d\n--e\n  f' },
      { kind: 'code' as const, language: '', text: '  -a\n      one\n  -b\n      two' },
    ];
    for (const block of blocks) expect(optionListingBlocks(block)).toEqual([block]);
  });

  it('turns a README’s help text into definitions the engine can quote', () => {
    const { text } = markdownToText(`# bench\n\n## Usage\n\n\`\`\`\n${HELP}\n\`\`\`\n`);
    expect(text).toContain('\n\n-j/--json: Print the output as newline delimited JSON.\n\n');
    expect(text).toContain('```\nUsage: bench [opts] URL');
  });
});
