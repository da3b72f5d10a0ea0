/**
 * Extracted text marks headings the Markdown way (`## Refunds`) whatever the source format, so the splitter and the
 * title both read headings through this one scanner. It knows about code fences because a `# comment` inside a
 * code block is not a heading.
 */

export interface Heading {
  level: number;
  text: string;
}

export interface ScannedLine {
  line: string;
  /** Offset of the line's first character in the scanned text. */
  offset: number;
  heading: Heading | null;
  /** The line is inside a fenced code block or is one of its fences. */
  inCode: boolean;
}

const ATX_HEADING = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

export function parseHeading(line: string): Heading | null {
  const match = ATX_HEADING.exec(line);
  const text = match?.[2]?.trim();
  if (!match?.[1] || !text) return null;
  return { level: match[1].length, text };
}

export function scanLines(text: string): ScannedLine[] {
  const result: ScannedLine[] = [];
  let fence: string | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const fenceMatch = FENCE.exec(line)?.[1];
    let inCode = fence !== null;
    if (fenceMatch && fence === null) {
      fence = fenceMatch;
      inCode = true;
    } else if (fenceMatch && fence !== null && fenceMatch[0] === fence[0] && fenceMatch.length >= fence.length) {
      fence = null;
    }
    result.push({ line, offset, heading: inCode ? null : parseHeading(line), inCode });
    offset += line.length + 1;
  }
  return result;
}

/**
 * The heading that names the document: its first, unless that one is a banner — a heading with no text of its own,
 * straight followed by the one heading of the next level, under which the whole rest of the document sits. Then that
 * one names it: every page of a documentation site may open with the product's name ("Fastify" above
 * "## Decorators", "## Routes", …), and five documents called "Fastify" say nothing of what each holds.
 * None names it when the first heading follows text of the document's own and is one of several of its level: a
 * README that introduces itself, then has "# Features", "# Quick Start", "# Error Handling", is not called Features.
 */
export function titleHeading(text: string): string | null {
  const lines = scanLines(text).filter((scanned) => scanned.line.trim() !== '');
  const first = lines.findIndex((scanned) => scanned.heading);
  const banner = lines[first]?.heading;
  if (!banner) return null;
  const firstOfSections = lines.slice(first + 1).some((scanned) => scanned.heading && scanned.heading.level <= banner.level);
  if (first > 0 && firstOfSections) return null;
  const next = lines[first + 1]?.heading;
  if (!next || next.level <= banner.level) return banner.text;
  const others = lines.slice(first + 2).filter((scanned) => scanned.heading && scanned.heading.level <= next.level);
  return others.length === 0 ? next.text : banner.text;
}
