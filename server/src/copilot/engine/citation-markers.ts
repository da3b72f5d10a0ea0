import type { Citation } from './answer-engine';

// "[2]", "[2, 5]", "[^3]": the forms models use to cite numbered sources.
const MARKER = /\[\^?(\d{1,3}(?:\s*[,;]\s*\^?\d{1,3})*)\]/g;
// What a marker looks like before its closing bracket has arrived.
// Written so that a text has one way to match (each repetition starts with a separator): no runaway backtracking.
const PARTIAL_MARKER = /\[\^?(?:\d{1,3}\s*(?:[,;]\s*(?:\^?\d{1,3}\s*)?)*)?$/;
const LONGEST_PARTIAL = 24;

/**
 * Rewrites the citation markers of a streamed answer. The model cites passages by their number in the prompt
 * ([4] is the fourth passage); users see citations numbered in order of first use, so [4] may become [1]. Text
 * arrives in arbitrary pieces and a marker can be split across them ("[", "1", "]"), so the end of the text that
 * could still become a marker is held back until it completes or clearly is not one.
 *
 * Numbers that match no passage are left as they were: they are text, not citations.
 */
export class CitationRenumberer {
  private pending = '';
  private readonly numbers = new Map<number, number>();
  private readonly used: Citation[] = [];

  constructor(private readonly passageIds: readonly string[]) {}

  /** Takes the next piece of model text; returns the text that can be shown now (possibly empty). */
  push(text: string): string {
    this.pending += text;
    const partial = PARTIAL_MARKER.exec(this.pending);
    const holdFrom = partial && this.pending.length - partial.index <= LONGEST_PARTIAL ? partial.index : this.pending.length;
    const ready = this.pending.slice(0, holdFrom);
    this.pending = this.pending.slice(holdFrom);
    return this.rewrite(ready);
  }

  /** The text still held back, once the model has finished. */
  flush(): string {
    const rest = this.rewrite(this.pending);
    this.pending = '';
    return rest;
  }

  /** The citations used so far, in the order of their new numbers. */
  citations(): Citation[] {
    return [...this.used];
  }

  private rewrite(text: string): string {
    return text.replace(MARKER, (marker, list: string) => {
      const known = list
        .split(/[,;]/)
        .map((part) => Number(part.replace(/[\s^]/g, '')))
        .filter((number) => Number.isInteger(number) && number >= 1 && number <= this.passageIds.length);
      if (known.length === 0) return marker;
      return [...new Set(known)].map((number) => `[${this.numberFor(number)}]`).join('');
    });
  }

  private numberFor(promptNumber: number): number {
    const existing = this.numbers.get(promptNumber);
    if (existing) return existing;
    const assigned = this.used.length + 1;
    this.numbers.set(promptNumber, assigned);
    this.used.push({ index: assigned, passageId: this.passageIds[promptNumber - 1] as string });
    return assigned;
  }
}
