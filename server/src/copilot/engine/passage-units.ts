import { collapseWhitespace, sentenceSpans } from './sentences';

/**
 * What a passage is made of, as the answer composer sees it:
 * - `sentence`: prose; the only kind that can open an answer on its own.
 * - `item`: a list item ("- Run vite build").
 * - `field`: a short "Label: value" line ("Default: 5173", "Type: number"), the shape reference pages give settings.
 * - `row`: a table row as extraction writes it ("Option: printWidth; Default: 80").
 * - `code`: a code block or a line that reads as code; never an answer sentence, shown as a block when asked for.
 */
export type UnitKind = 'sentence' | 'item' | 'field' | 'row' | 'code';

export interface PassageUnit {
  kind: UnitKind;
  text: string;
  /** For code: the fence's language ("js"), else null. */
  language: string | null;
  /**
   * For the sentences of a "term: definition" paragraph ("DELIMITER: Specifies the character … The default is a
   * comma in CSV format.") or of a list item describing a term ("maxBuffer {number} Largest amount … Default: 1024 *
   * 1024."): the term, which the later ones are about without naming it.
   */
  definedTerm?: string;
  /**
   * What opens the entry of that term: "paragraph", or "item:N" for a list item indented N spaces. Entries opened
   * alike are siblings; a deeper item is part of the entry above it (a choice listed under an option).
   */
  entryKind?: string;
  /** It starts a paragraph or a list item (the first unit of a block of prose, or after a blank line). */
  startsParagraph?: true;
}

const FENCE = /^\s{0,3}(`{3,}|~{3,})\s*([\w+-]*)/;
const LIST_MARKER = /^\s*(?:[-*+•]|\d{1,3}[.)])\s+/;
/** A line that opens a list item ("- signal - An AbortSignal …", "2. Run the build."). */
export const opensListItem = (text: string) => LIST_MARKER.test(text);
// A short "Label: value" line, or a command-line option's entry ("--soft: Does not touch …", "-q, --quiet: …",
// "--prune=<date>: …") as manual pages list them.
const FIELD = /^(?:\p{L}[\p{L}\p{N} ._/()-]{0,40}|--?[\p{L}[][\p{L}\p{N} ._/()=<>[\],|-]{0,40}):\s+\S/u;
const EXAMPLE_LABEL = /^(?:example|usage|e\.g|output|input|snippet)\b/i;
const ROW = /^[^:;]{1,60}: [^;]*(?:; [^:;]{1,60}: [^;]*)+$/;
/** A table row as extraction writes it ("Option: printWidth; Default: 80; Description: …"), one record. */
export const isTableRow = (text: string) => ROW.test(collapseWhitespace(text));
/** The first cell's value of a row, when it is a single word or name (not a number or a version: "5.0.0"). */
const ROW_NAME = /^[^:;]{1,60}: ([\p{L}_$-][^\s;]*);/u;
// Lines that read as code even without a fence (PDFs and some HTML lose them): statements, braces, arrows.
const CODE_LINE =
  /^(?:import|export|const|let|var|function|return|await|async|if|for|module\.exports|npm|npx|pnpm|yarn|bun|deno|\$)\b|=>|[{};]\s*$|^[}\])]/;

// Signs of code inside a line that PDF or HTML extraction ran into prose: declarations, arrows and operators,
// method calls, comments, braces.
const CODE_SIGNALS = [
  /\b(?:const|let|var|function|return|import|export|await|new)\s+[\w{[]/,
  /=>|===|!==|\+\+|&&|\|\|/,
  /\w\.\w+\(/,
  /(?:^|\s)\/\/\s/,
  /[{}]/,
  /;\s*$/,
  /\w\s*=\s*[\w'"`({[]/,
];

/**
 * Share of the tokens that are plain words (lower-case, or capitalised as a name or a sentence's first word is:
 * "Windows", "The"): high in prose that mentions code, low in code.
 */
function proseShare(text: string): number {
  const tokens = text.split(/\s+/).filter(Boolean);
  return tokens.length === 0 ? 0 : tokens.filter((token) => /^[A-Za-z][a-z]+[,.;:]?$/.test(token)).length / tokens.length;
}

/** A share of symbols no prose has (`{ "dev": "vite" }`), or two signs of code at once, in little prose. */
function looksLikeCode(text: string): boolean {
  if (CODE_LINE.test(text.trim())) return true;
  const prose = proseShare(text);
  // Brackets around plain words are prose ("log (default)", "(recommended)"), not a call.
  const symbols = (text.replace(/\(([\p{L} ,]+)\)/gu, '$1').match(/[{}()[\];=<>`"|\\]/g) ?? []).length;
  if (text.length > 0 && symbols / text.length > 0.12 && prose < 0.6) return true;
  return CODE_SIGNALS.filter((signal) => signal.test(text)).length >= 2 && prose < 0.5;
}

/** A unit that ends on a colon introduces what follows it ("…, run:", "Valid options are:"). */
export const isLeadIn = (text: string) => text.trimEnd().endsWith(':');

/**
 * A block that lists values rather than a program: a few short lines of words or symbols ("true / yes / on / 1",
 * "<   <=   =   >=   >"), with no statement, shell prompt, command or option flag among them.
 */
export function isLiteralList(text: string): boolean {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  return (
    lines.length > 0 &&
    lines.length <= 8 &&
    lines.every(
      (line) =>
        line.length <= 40 &&
        line.split(/\s+/).length <= 5 &&
        !CODE_LINE.test(line) &&
        !/^[$#>%]\s|(?:^|\s)--?[a-z]/i.test(line) &&
        !CODE_SIGNALS.some((signal) => signal.test(line)),
    )
  );
}

/**
 * A field named by code: an option or options ("--recurse-submodules[=yes|on-demand]: …", "-q, --quiet: …") or a
 * setting ("rebase.missingCommitsCheck: …", "maxAge: …"). It opens its entry however long its first sentence is; a
 * long sentence after a plain word and a colon is prose.
 */
function namedByCode(body: string): boolean {
  const name = body.slice(0, body.indexOf(':'));
  return /^--?[^\s,]+(?:, --?[^\s,]+)*$/u.test(name) || (!/\s/.test(name) && /[._]|\p{Ll}\p{Lu}/u.test(name));
}

function classify(text: string): PassageUnit {
  const listItem = LIST_MARKER.test(text);
  const body = collapseWhitespace(text.replace(/^\s*[-*+•]\s+/, ''));
  if (isTableRow(body)) {
    // A row whose first cell is one name ("Option: wordwrap; Default: 80; …") is that name's entry, as a field is.
    const name = ROW_NAME.exec(body)?.[1];
    return { kind: 'row', text: body, language: null, ...(name ? { definedTerm: name } : {}) };
  }
  // A settings field keeps its value however code-like it is: "Default: ['.env', '*.{crt,pem}']".
  if (FIELD.test(body) && (body.length <= 160 || namedByCode(body)) && !EXAMPLE_LABEL.test(body))
    return { kind: 'field', text: body, language: null };
  if (looksLikeCode(body)) return { kind: 'code', text: body, language: null };
  return { kind: listItem ? 'item' : 'sentence', text: body, language: null };
}

/** Prose stretches and fenced code blocks, in order. An unclosed fence runs to the passage's end. */
function blocks(content: string): Array<{ code: boolean; text: string; language: string | null }> {
  const result: Array<{ code: boolean; text: string; language: string | null }> = [];
  let prose: string[] = [];
  let code: string[] | null = null;
  let fence = '';
  let language: string | null = null;
  const flushProse = () => {
    if (prose.join('').trim()) result.push({ code: false, text: prose.join('\n'), language: null });
    prose = [];
  };
  for (const line of content.split('\n')) {
    const match = FENCE.exec(line);
    if (code === null && match) {
      flushProse();
      code = [];
      fence = match[1] as string;
      language = match[2] || null;
    } else if (code !== null && match && (match[1] as string)[0] === fence[0] && (match[1] as string).length >= fence.length && !match[2]) {
      if (code.join('').trim()) result.push({ code: true, text: code.join('\n'), language });
      code = null;
    } else if (code !== null) code.push(line);
    else prose.push(line);
  }
  if (code?.join('').trim()) result.push({ code: true, text: code.join('\n'), language });
  flushProse();
  return result;
}

/**
 * The term a list item describes, when it opens with one: "maxBuffer {number} Largest amount …" (a type in braces),
 * "noDelay <boolean> If set …", "cwd (string): …", "retries: …", "timeout — …".
 */
const ITEM_TERM = /^([\p{L}_$][\w$.-]*)\s*(?:\{[^}]*\}|<[^>]*>|\([^)]*\)\s*:?|:\s|\s[—–-]\s)/u;

/**
 * A line of code that sets a named value and says what it is in a comment: `msBeforeNext: 250, // Number of
 * milliseconds before next action can be done`, `timeout = 30  # seconds to wait`. READMEs often document an
 * option or a result's fields only this way.
 */
const COMMENTED_SETTING = /^\s*['"]?([\p{L}_$][\w$.-]*)['"]?\s*[:=]\s*[^/#\s][^#]*?[,;]?\s+(?:\/\/|#)\s*(\p{L}[^\n]*\s[^\n]*\s[^\n]*)$/u;

/** The commented settings of a code block, each as a field unit in the block's own words. */
function commentedSettings(code: string): PassageUnit[] {
  return code.split('\n').flatMap((line) => {
    const match = COMMENTED_SETTING.exec(line);
    return match ? [{ kind: 'field' as const, text: line.trim(), language: null, definedTerm: match[1] as string }] : [];
  });
}

const indentOf = (text: string) => text.length - text.trimStart().length;
/** The spaces between the start of the line and `index`, where a sentence starts. */
const indentBefore = (text: string, index: number) => index - (text.lastIndexOf('\n', index - 1) + 1);

/**
 * What a "term: definition" paragraph, a list item describing a term or a table row naming one is about; its later
 * sentences inherit it ("If defined, the nocase option will be overridden." ends the row of `flags`).
 */
function termDefinedBy(unit: PassageUnit, startsItem: boolean): string | undefined {
  if (startsItem) return ITEM_TERM.exec(unit.text)?.[1];
  if (unit.kind === 'row') return unit.definedTerm;
  return unit.kind === 'field' ? unit.text.split(':', 1)[0] : undefined;
}

/** The passage's units in reading order. Headings (`#` lines) are left out: the passage carries its heading path. */
export function passageUnits(content: string): PassageUnit[] {
  const units: PassageUnit[] = [];
  for (const block of blocks(content)) {
    if (block.code) {
      units.push({ kind: 'code', text: block.text.replace(/^\n+|\s+$/g, ''), language: block.language });
      // After the block, so the block still follows the prose that leads into it.
      units.push(...commentedSettings(block.text));
      continue;
    }
    let previousEnd: number | null = null;
    let definedTerm: string | undefined;
    let entryKind: string | undefined;
    for (const span of sentenceSpans(block.text)) {
      const text = block.text.slice(span.start, span.end);
      if (/^\s*#{1,6}\s/.test(text)) continue;
      const unit = classify(text);
      const previous = units.at(-1);
      const sameParagraph = previousEnd !== null && !/\n\s*\n/.test(block.text.slice(previousEnd, span.start));
      previousEnd = span.end;
      const startsItem = LIST_MARKER.test(text);
      if (!sameParagraph || startsItem) {
        definedTerm = termDefinedBy(unit, startsItem);
        entryKind = startsItem ? `item:${indentBefore(block.text, span.start) + indentOf(text)}` : 'paragraph';
      }
      if (definedTerm && unit.kind !== 'code' && unit.kind !== 'row') Object.assign(unit, { definedTerm, entryKind });
      if (!sameParagraph || startsItem) unit.startsParagraph = true;
      // Consecutive code-like lines (a snippet a PDF printed without fences) are one block.
      if (unit.kind === 'code' && previous?.kind === 'code' && previous.language === null) previous.text += `\n${unit.text}`;
      // A question the document asks is answered by the sentence after it ("Double or single quotes? Prettier
      // chooses the one …"): one unit, or the question is quoted without its answer and the answer without its subject.
      else if (sameParagraph && unit.kind === 'sentence' && previous?.kind === 'sentence' && previous.text.endsWith('?'))
        previous.text += ` ${unit.text}`;
      else units.push(unit);
    }
  }
  return units;
}
