import type { TextBlock } from './text-blocks';

/** The languages a block of command-line help is fenced with, when its author names one at all. */
const HELP_LANGUAGES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'console', 'sh', 'bash', 'shell', 'help', 'none']);
/**
 * "  -c/--connections NUM", "  -h, --help        display help", "  --on-port": an option, its argument, and maybe its
 * description after two or more spaces. A list item ("- item") has a space after its dash, a diff line is fenced as
 * `diff`.
 */
const OPTION_LINE = /^(\s*)(-{1,2}[A-Za-z0-9][^\s]*(?: (?! )[^\s]+)*)(?: {2,}(\S.*))?$/;
const MAX_TERM_CHARS = 60;
/** Fewer options than this is a command with flags, not a listing of them. */
const MIN_OPTIONS = 3;

interface Option {
  term: string;
  description: string[];
  /** Lines of the block it spans, [start, end). */
  start: number;
  end: number;
}

const indentOf = (line: string) => line.length - line.trimStart().length;

/** The option that starts at `start`, with the description lines indented below it (or after it on its line). */
function optionAt(lines: string[], start: number): Option | null {
  const match = OPTION_LINE.exec(lines[start] as string);
  if (!match || (match[2] as string).length > MAX_TERM_CHARS) return null;
  const indent = (match[1] as string).length;
  const description = match[3] ? [match[3].trim()] : [];
  let end = start + 1;
  while (end < lines.length) {
    const line = lines[end] as string;
    if (line.trim() === '') {
      // A blank line inside a description goes on when the description does.
      const next = lines[end + 1];
      if (next !== undefined && next.trim() !== '' && indentOf(next) > indent && !OPTION_LINE.test(next)) {
        end++;
        continue;
      }
      break;
    }
    if (indentOf(line) <= indent) break;
    description.push(line.trim());
    end++;
  }
  return description.length > 0 ? { term: (match[2] as string).trim(), description, start, end } : null;
}

/**
 * A fenced block that is a program's help text ("Available options:" then "-c/--connections NUM" over its
 * description) is a definition list set in monospace, not code: each option reads "term: description", as a
 * definition list does in HTML or Markdown, so that a question about an option finds the sentence that describes it
 * and an answer may quote it (code is never quoted unless a command was asked for). What is not an option (the usage
 * line, an example) stays code. Any other code block comes back as it was.
 */
export function optionListingBlocks(block: Extract<TextBlock, { kind: 'code' }>): TextBlock[] {
  if (!HELP_LANGUAGES.has(block.language.toLowerCase())) return [block];
  const lines = block.text.split('\n');
  const options: Option[] = [];
  for (let i = 0; i < lines.length; i++) {
    const option = optionAt(lines, i);
    if (!option) continue;
    options.push(option);
    i = option.end - 1;
  }
  if (options.length < MIN_OPTIONS) return [block];
  const blocks: TextBlock[] = [];
  const code = (from: number, to: number) => {
    const text = lines.slice(from, to).join('\n');
    if (text.trim()) blocks.push({ kind: 'code', language: block.language, text });
  };
  let done = 0;
  for (const option of options) {
    code(done, option.start);
    blocks.push({ kind: 'paragraph', text: `${option.term}: ${option.description.join(' ')}` });
    done = option.end;
  }
  code(done, lines.length);
  return blocks;
}
