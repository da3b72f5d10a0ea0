import { Blockquote, Text } from '@mantine/core';
import { useLayoutEffect, useMemo, useRef } from 'react';
import { findIgnoringWhitespace } from '../citations/findIgnoringWhitespace';
import { HighlightedText } from '../citations/HighlightedText';
import classes from './CitationPopover.module.css';

interface CitationPassageProps {
  passage: string;
  /** The sentences the answer took from it (in passage order). */
  quotes: readonly string[];
}

/**
 * The cited passage with the sentences the answer used marked, so a reader can check the answer against them. The
 * passage box scrolls by itself: the first marked sentence is brought into view inside it (not the page).
 */
export function CitationPassage({ passage, quotes }: CitationPassageProps) {
  const ranges = useMemo(() => findIgnoringWhitespace(passage, quotes), [passage, quotes]);
  const box = useRef<HTMLQuoteElement>(null);

  useLayoutEffect(() => {
    const container = box.current;
    const first = container?.querySelector('mark');
    if (!container || !(first instanceof HTMLElement)) return;
    container.scrollTop = Math.max(0, first.offsetTop - container.offsetTop - 24);
  }, []);

  return (
    <Blockquote ref={box} p="xs" radius="sm" className={classes.passage}>
      <Text size="sm" component="span">
        <HighlightedText text={passage} ranges={ranges} />
      </Text>
    </Blockquote>
  );
}
