import { Mark } from '@mantine/core';
import type { ReactNode } from 'react';
import type { TextRange } from './findIgnoringWhitespace';

interface HighlightedTextProps {
  text: string;
  /** Sorted, non-overlapping ranges of `text` to mark. */
  ranges: readonly TextRange[];
}

/**
 * Plain text with some of it in `<mark>` elements. Text nodes only: whatever the text holds (tags, entities) is shown
 * as written, never interpreted as HTML.
 */
export function HighlightedText({ text, ranges }: HighlightedTextProps) {
  const parts: ReactNode[] = [];
  let at = 0;
  for (const { start, end } of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(
      <Mark key={start} color="yellow">
        {text.slice(start, end)}
      </Mark>,
    );
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return <>{parts}</>;
}
