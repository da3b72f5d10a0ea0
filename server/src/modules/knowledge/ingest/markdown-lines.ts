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

export function firstHeading(text: string): string | null {
  return scanLines(text).find((scanned) => scanned.heading)?.heading?.text ?? null;
}
