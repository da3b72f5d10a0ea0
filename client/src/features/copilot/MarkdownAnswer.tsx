import { Typography, VisuallyHidden } from '@mantine/core';
import type { ComponentProps } from 'react';
import Markdown, { type Components, type ExtraProps } from 'react-markdown';
import type { CitationPopover_CitationFragment } from '../../gql/graphql';
import { CitationPopover } from './CitationPopover';
import { CITATION_PROPERTY, remarkCitations } from './remarkCitations';
import { remarkGfmParse } from './remarkGfmParse';

/** "↗", with words for screen readers: the link leaves Askbase. */
function ExternalMark() {
  return (
    <>
      <span aria-hidden="true"> ↗</span>
      <VisuallyHidden> (external link)</VisuallyHidden>
    </>
  );
}

interface MarkdownAnswerProps {
  text: string;
  citations: readonly CitationPopover_CitationFragment[];
  workspaceSlug: string;
}

const REMARK_PLUGINS = [remarkGfmParse, remarkCitations];

/**
 * An answer's Markdown as React elements. react-markdown builds elements, never HTML strings: raw HTML in the
 * text (a `<script>`, an `<img onerror>`) is dropped (`skipHtml`), and unsafe link protocols are removed by its
 * default URL transform. [n] markers become buttons opening their passage once the citations are known (they
 * arrive at the end of a stream); until then they stay plain text.
 */
export function MarkdownAnswer({ text, citations, workspaceSlug }: MarkdownAnswerProps) {
  const components: Components = {
    cite: ({ node, children }: ComponentProps<'cite'> & ExtraProps) => {
      const index = Number(node?.properties?.[CITATION_PROPERTY]);
      const citation = citations.find((candidate) => candidate.index === index);
      return citation ? <CitationPopover citation={citation} workspaceSlug={workspaceSlug} /> : children;
    },
    // Links in answers leave the app: a new tab, without handing it our window, marked as external.
    a: ({ node: _node, children, ...props }: ComponentProps<'a'> & ExtraProps) => (
      <a {...props} target="_blank" rel="noopener noreferrer nofollow">
        {children}
        <ExternalMark />
      </a>
    ),
    // A document's image would make the reader's browser fetch a URL chosen by whoever wrote the document: an answer
    // shows it as a link instead, never loaded.
    img: ({ src, alt }: ComponentProps<'img'> & ExtraProps) =>
      typeof src === 'string' && src ? (
        <a href={src} target="_blank" rel="noopener noreferrer nofollow">
          {alt?.trim() || 'image'}
          <ExternalMark />
        </a>
      ) : (
        (alt ?? null)
      ),
  };

  return (
    <Typography>
      <Markdown remarkPlugins={REMARK_PLUGINS} components={components} skipHtml>
        {text}
      </Markdown>
    </Typography>
  );
}
