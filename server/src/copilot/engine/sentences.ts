/** A sentence's place in the text it came from: `text.slice(start, end)`, trimmed. */
export interface Span {
  start: number;
  end: number;
}

// Tokens that end with a period but rarely end a sentence. Words that often do end one ("etc.", "a.m.", "Inc.")
// are left out on purpose: for them the next word's case decides, which is right more often than a list.
// biome-ignore format: a word list reads better packed
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st', 'mt', 'vs', 'cf', 'e.g', 'eg', 'i.e', 'ie', 'approx', 'fig', 'figs',
  'no', 'nos', 'nr', 'vol', 'pp', 'ca', 'incl', 'excl', 'dept', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep',
  'sept', 'oct', 'nov', 'dec', 'z.b', 'bzw', 'ggf', 'usw',
]);

const TERMINATORS = '.!?…。！？';
const CLOSERS = '"\'”’)]}»';
const LIST_ITEM = /^\s*(?:[-*+•]|\d{1,3}[.)]|[a-zA-Z][.)])\s+\S/;
const HEADING = /^\s*#{1,6}\s+\S/;

/** Lines grouped into stretches that no sentence crosses: paragraphs, list items, headings. */
function segments(text: string): Span[] {
  const result: Span[] = [];
  let current: Span | null = null;
  let offset = 0;
  let previousWasHeading = false;
  for (const line of text.split('\n')) {
    const lineSpan = { start: offset, end: offset + line.length };
    offset += line.length + 1;
    const blank = line.trim() === '';
    const heading = HEADING.test(line);
    const startsNew = blank || heading || previousWasHeading || LIST_ITEM.test(line);
    if (startsNew && current) {
      result.push(current);
      current = null;
    }
    previousWasHeading = heading;
    if (blank) continue;
    if (current) current.end = lineSpan.end;
    else current = lineSpan;
  }
  if (current) result.push(current);
  return result;
}

function isLetter(char: string | undefined): boolean {
  return char !== undefined && char.toLowerCase() !== char.toUpperCase();
}

function isLowercase(char: string | undefined): boolean {
  return isLetter(char) && char === char?.toLowerCase();
}

/** Whether a period at `dot` is part of the word before it rather than the end of the sentence. */
function periodBelongsToWord(text: string, segmentStart: number, dot: number): boolean {
  let start = dot;
  while (start > segmentStart && !/\s/.test(text[start - 1] ?? ' ')) start--;
  const word = text.slice(start, dot).replace(/^[("'“‘[]+/, '');
  const lower = word.toLowerCase();
  if (ABBREVIATIONS.has(lower)) return true;
  // An initial ("J. Smith") or a list number at the very start of the stretch ("2. Choose ...").
  if (word.length === 1 && isLetter(word)) return true;
  return /^\d{1,3}$/.test(word) && text.slice(segmentStart, start).trim() === '';
}

function sentencesOfSegment(text: string, segment: Span, into: Span[]): void {
  let sentenceStart = segment.start;
  for (let i = segment.start; i < segment.end; i++) {
    const char = text[i] as string;
    if (!TERMINATORS.includes(char)) continue;
    let end = i + 1;
    while (end < segment.end && TERMINATORS.includes(text[end] as string)) end++;
    while (end < segment.end && CLOSERS.includes(text[end] as string)) end++;
    const atEnd = end >= segment.end;
    // Decimals (3.5), versions (v1.2), URLs and e-mail addresses have no space after their dots.
    if (!atEnd && !/\s/.test(text[end] as string)) continue;
    let next = end;
    while (next < segment.end && /\s/.test(text[next] as string)) next++;
    if (!atEnd && next < segment.end && isLowercase(text[next])) continue;
    if (char === '.' && end === i + 1 && !atEnd && periodBelongsToWord(text, segment.start, i)) continue;
    into.push({ start: sentenceStart, end });
    sentenceStart = next;
    i = end - 1;
  }
  if (sentenceStart < segment.end) into.push({ start: sentenceStart, end: segment.end });
}

function trimSpan(text: string, span: Span): Span | null {
  let { start, end } = span;
  while (start < end && /\s/.test(text[start] as string)) start++;
  while (end > start && /\s/.test(text[end - 1] as string)) end--;
  return end > start ? { start, end } : null;
}

/**
 * Where the sentences of `text` are. Blank lines, list items and `#` headings always end a sentence; a single line
 * break inside a paragraph does not (PDFs and e-mails wrap lines mid-sentence). This is the engine's reading of a
 * passage; ingestion (modules/knowledge/ingest/split-passages.ts) splits documents on the same boundaries, so the
 * sentences an answer quotes are whole in their passage. It stays here: the engine may not import modules/.
 */
export function sentenceSpans(text: string): Span[] {
  const raw: Span[] = [];
  for (const segment of segments(text)) sentencesOfSegment(text, segment, raw);
  return raw.map((span) => trimSpan(text, span)).filter((span): span is Span => span !== null);
}

/** Collapses runs of whitespace (soft line breaks included) into single spaces. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The sentences of `text`, each on one line. */
export function splitSentences(text: string): string[] {
  return sentenceSpans(text).map((span) => collapseWhitespace(text.slice(span.start, span.end)));
}
