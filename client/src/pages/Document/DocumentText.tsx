import { Alert, Text } from '@mantine/core';
import { useEffect, useMemo, useRef } from 'react';
import { findIgnoringWhitespace } from '../../features/citations/findIgnoringWhitespace';
import { HighlightedText } from '../../features/citations/HighlightedText';
import { locatePassage } from '../../features/citations/locatePassage';
import classes from './DocumentText.module.css';

export interface CitedPassage {
  position: number;
  heading?: string | null;
  page?: number | null;
  content: string;
}

interface DocumentTextProps {
  text: string;
  /** The passage a citation links to; `undefined` when none was asked for, `null` when the document has no such one. */
  passage?: CitedPassage | null;
  /** Sentences of the passage to mark (from the citation). */
  quotes: readonly string[];
}

/**
 * A document's extracted text, shown as plain text the way the copilot reads it (never interpreted as HTML). With a
 * cited passage, that passage is tinted, its quoted sentences marked, and it is scrolled into view and focused, so a
 * keyboard or screen reader user starts reading there too.
 */
export function DocumentText({ text, passage, quotes }: DocumentTextProps) {
  const range = useMemo(() => (passage ? locatePassage(text, passage.content) : null), [text, passage]);
  const cited = useRef<HTMLElement>(null);

  useEffect(() => {
    if (!range) return;
    cited.current?.scrollIntoView({ block: 'start' });
    cited.current?.focus({ preventScroll: true });
  }, [range]);

  const body = range ? (
    <>
      {text.slice(0, range.start)}
      {/* A named section is a region landmark: screen readers can jump to it. Inline, so the text flows on. */}
      <section
        ref={cited}
        className={classes.passage}
        tabIndex={-1}
        aria-label={typeof passage?.page === 'number' ? `Cited passage, page ${passage.page}` : 'Cited passage'}
        data-passage={passage?.position}
      >
        <CitedText text={text.slice(range.start, range.end)} quotes={quotes} />
      </section>
      {text.slice(range.end)}
    </>
  ) : (
    text
  );

  return (
    <>
      {passage === null && (
        <Alert color="orange" variant="light" title="The cited passage is not in this document">
          The link points to a passage this document does not have (any more). The whole document is shown below.
        </Alert>
      )}
      {passage && !range && (
        // Should not happen (a passage is a slice of the text); if it does, the reader still sees what was cited.
        <Alert color="orange" variant="light" title="The cited passage could not be located in the text">
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {passage.content}
          </Text>
        </Alert>
      )}
      <Text component="div" size="sm" className={classes.text}>
        {body}
      </Text>
    </>
  );
}

function CitedText({ text, quotes }: { text: string; quotes: readonly string[] }) {
  const ranges = useMemo(() => findIgnoringWhitespace(text, quotes), [text, quotes]);
  return <HighlightedText text={text} ranges={ranges} />;
}
