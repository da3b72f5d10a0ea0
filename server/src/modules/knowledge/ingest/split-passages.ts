import { HEADING_SEPARATOR } from '../../../copilot/engine/heading-path';
import { isTableRow, opensListItem } from '../../../copilot/engine/passage-units';
import { sentenceSpans } from '../../../copilot/engine/sentences';
import { type Heading, scanLines } from './markdown-lines';
import { PAGE_BREAK } from './pdf-layout';

export interface Passage {
  /** 0-based position in the document. */
  index: number;
  /** Heading path of the section the passage comes from ("Billing > Refunds"); null before the first heading. */
  heading: string | null;
  content: string;
  /** The PDF page the passage starts on (1-based); null for documents without pages. */
  page: number | null;
}

export interface SplitOptions {
  /** A passage stops at a paragraph end once it is this long. */
  minChars?: number;
  /** No passage is longer. */
  maxChars?: number;
  /** About this much text from the end of a passage starts the next one in the same section. */
  overlapChars?: number;
}

/** A piece that is never cut: a sentence, a list item, a line of code, or a slice of an over-long sentence. */
interface Unit {
  text: string;
  /** What joins it to the unit before it: a paragraph break, a line break or a space. */
  joiner: '\n\n' | '\n' | ' ';
  /** Length of the paragraph this unit starts; 0 when it does not start one. */
  paragraphLength: number;
  page: number | null;
  /** For a line of a fenced code block: its fences, and whether this line is one of them. */
  code: CodeFence | null;
  /** A later sentence of a list item ("Remove the value of a previously set header." of "- .removeHeader(key) - …"). */
  continuesItem: boolean;
}

interface CodeFence {
  open: string;
  close: string;
  isOpen?: boolean;
  isClose?: boolean;
}

interface Paragraph {
  text: string;
  code: boolean;
  page: number | null;
}

interface Section {
  path: string | null;
  paragraphs: Paragraph[];
}

export { HEADING_SEPARATOR };

/**
 * Body paragraphs per section, with the section's heading path and the page each paragraph starts on. A fenced
 * code block is one paragraph. Pages are counted only in text that has page breaks (PDFs); elsewhere null.
 */
function sections(text: string): Section[] {
  const result: Section[] = [];
  const stack: Heading[] = [];
  let current: Section = { path: null, paragraphs: [] };
  let lines: string[] = [];
  let code = false;
  let page: number | null = text.includes(PAGE_BREAK) ? 1 : null;
  let paragraphPage = page;
  const endParagraph = () => {
    const paragraph = lines.join('\n').trim();
    if (paragraph) current.paragraphs.push({ text: paragraph, code, page: paragraphPage });
    lines = [];
  };
  for (const scanned of scanLines(text)) {
    if (lines.length === 0) paragraphPage = page;
    if (!scanned.inCode && scanned.line === PAGE_BREAK && page !== null) {
      endParagraph();
      page++;
      paragraphPage = page;
    } else if (scanned.heading) {
      endParagraph();
      result.push(current);
      while (stack.length > 0 && (stack.at(-1)?.level ?? 0) >= scanned.heading.level) stack.pop();
      stack.push(scanned.heading);
      current = { path: stack.map((heading) => heading.text).join(HEADING_SEPARATOR), paragraphs: [] };
    } else if (scanned.inCode !== code) {
      endParagraph();
      code = scanned.inCode;
      lines.push(scanned.line);
    } else if (!code && scanned.line.trim() === '') endParagraph();
    else lines.push(scanned.line);
  }
  endParagraph();
  result.push(current);
  return result.filter((section) => section.paragraphs.length > 0);
}

/** Cuts an over-long sentence at spaces (or anywhere, for a run without spaces) into pieces of at most `limit`. */
function cutAtSpaces(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const space = rest.lastIndexOf(' ', limit);
    const cut = space > limit / 2 ? space : limit;
    pieces.push(rest.slice(0, cut).trim());
    rest = rest.slice(cut).trim();
  }
  if (rest) pieces.push(rest);
  return pieces;
}

/** The fence lines of a code paragraph: its opening line (with the language) and the marker that closes it. */
function fencesOf(code: string): CodeFence {
  const lines = code.split('\n');
  const open = lines[0]?.trim() ?? '```';
  const marker = /^(`{3,}|~{3,})/.exec(open)?.[1] ?? '```';
  return { open, close: marker };
}

function unitsOf(paragraph: Paragraph, pieceLimit: number): Unit[] {
  const units: Unit[] = [];
  let inItem = false;
  const add = (text: string, joiner: Unit['joiner'], code: CodeFence | null = null) => {
    cutAtSpaces(text, pieceLimit).forEach((piece, i) => {
      const unitJoiner = units.length === 0 ? '\n\n' : i === 0 ? joiner : code ? '\n' : ' ';
      const continuesItem = !code && unitJoiner === ' ' && inItem;
      if (unitJoiner !== ' ') inItem = !code && opensListItem(piece);
      units.push({ text: piece, joiner: unitJoiner, paragraphLength: 0, page: paragraph.page, code, continuesItem });
    });
  };
  if (paragraph.code) {
    const fences = fencesOf(paragraph.text);
    const lines = paragraph.text.split('\n');
    const closed = lines.length > 1 && lines.at(-1)?.trim().startsWith(fences.close);
    lines.forEach((line, i) => {
      const isOpen = i === 0;
      const isClose = closed === true && i === lines.length - 1;
      add(line, '\n', { ...fences, isOpen, isClose });
    });
  } else if (isTableRow(paragraph.text)) {
    // A table row is one record: cut between its sentences, the passage after the cut would open on the end of a
    // description without the row's name ("If defined, the nocase option will be overridden." of the `flags` row).
    add(paragraph.text, ' ');
  } else {
    let previousEnd = 0;
    for (const span of sentenceSpans(paragraph.text)) {
      add(paragraph.text.slice(span.start, span.end), paragraph.text.slice(previousEnd, span.start).includes('\n') ? '\n' : ' ');
      previousEnd = span.end;
    }
  }
  const first = units[0];
  if (first) first.paragraphLength = paragraph.text.length;
  return units;
}

const joinUnits = (units: Unit[]) => units.map((unit, i) => (i === 0 ? unit.text : unit.joiner + unit.text)).join('');

/**
 * A passage's text. A passage that starts or ends inside a code block gets the block's fence re-opened or closed,
 * so every passage says on its own which of its lines are code.
 */
function passageText(units: Unit[]): string {
  const first = units[0];
  const last = units.at(-1);
  const opening = first?.code && !first.code.isOpen ? `${first.code.open}\n` : '';
  const closing = last?.code && !last.code.isClose ? `\n${last.code.close}` : '';
  return opening + joinUnits(units) + closing;
}

/**
 * The end of a passage that the next one repeats: the whole sentences that fit in `overlapChars`, or else the last
 * sentence alone when it is at most twice that; a longer one is not repeated. Never part of a sentence: a passage
 * that opened mid-sentence ("file will be resolved starting from…") would offer that fragment as an answer.
 */
function overlapTail(units: Unit[], overlapChars: number): Unit[] {
  const tail: Unit[] = [];
  let length = 0;
  for (let i = units.length - 1; i >= 0; i--) {
    const unit = units[i] as Unit;
    if (length + unit.text.length + 1 > overlapChars) break;
    tail.unshift(unit);
    length += unit.text.length + 1;
  }
  if (tail.length > 0 || overlapChars <= 0) return tail;
  const last = units.at(-1);
  return last && !last.code && last.text.length <= 2 * overlapChars ? [last] : [];
}

/**
 * The overlap, so that the next passage does not open inside a list item when `next` (its first fresh unit) or the
 * overlap starts in one: the overlap then goes back to the item's first line ("- .removeHeader(key) - Remove the
 * value …", not "Remove the value …" without the name it describes), when that takes at most `limit` characters.
 */
function itemTail(units: Unit[], tail: Unit[], next: Unit | undefined, limit: number): Unit[] {
  if (!(tail[0] ?? next)?.continuesItem) return tail;
  let start = units.length - tail.length;
  while (start > 0 && (units[start] ?? next)?.continuesItem) start--;
  const whole = units.slice(start);
  return joinUnits(whole).length <= limit ? whole : tail;
}

/**
 * Splits extracted text (with `#` heading lines) into passages of about minChars-maxChars characters, cut at
 * paragraph ends where possible, else at sentence ends, never inside a sentence unless one sentence alone is too
 * long. Consecutive passages of a section share about overlapChars of text so that an answer spanning the cut is
 * still found whole in one of them. Each passage carries its heading path instead of repeating the headings, and a
 * passage never spans two sections: its heading must be true for all of it. Deterministic.
 */
export function splitPassages(text: string, options: SplitOptions = {}): Passage[] {
  const maxChars = options.maxChars ?? 1200;
  const minChars = Math.min(options.minChars ?? 800, maxChars);
  const overlapChars = Math.min(options.overlapChars ?? 150, Math.floor(maxChars / 4));
  const passages: Passage[] = [];
  for (const section of sections(text)) {
    const units = section.paragraphs.flatMap((paragraph) => unitsOf(paragraph, maxChars - overlapChars));
    let current: Unit[] = [];
    let fresh = 0; // units in `current` that no earlier passage holds
    const emit = (next?: Unit) => {
      const page = current[0]?.page ?? null;
      if (fresh > 0) passages.push({ index: passages.length, heading: section.path, content: passageText(current), page });
      current = itemTail(current, overlapTail(current, overlapChars), next, maxChars / 2);
      fresh = 0;
    };
    for (const unit of units) {
      const length = joinUnits(current).length;
      const withUnit = length + unit.joiner.length + unit.text.length;
      const paragraphTooBig = unit.paragraphLength > 0 && length >= minChars && length + unit.paragraphLength + 2 > maxChars;
      if (fresh > 0 && (withUnit > maxChars || paragraphTooBig)) emit(unit);
      // The overlap gives way when it and the next unit do not fit together.
      if (joinUnits(current).length + unit.joiner.length + unit.text.length > maxChars) current = [];
      current.push(unit);
      fresh++;
    }
    emit();
  }
  if (passages.length === 0 && text.trim()) {
    // Only headings: keep them searchable rather than store a document without passages.
    return [{ index: 0, heading: null, content: text.replaceAll(PAGE_BREAK, '').trim().slice(0, maxChars), page: null }];
  }
  return passages;
}
