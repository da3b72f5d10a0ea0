import { Text } from '@mantine/core';
import { type ComponentProps, Suspense } from 'react';
import { lazyNamed } from '../../routing/lazyNamed';

// The Markdown renderer (react-markdown, remark-gfm, micromark: about a third of the app's code) is a chunk of its
// own, fetched by the pages that show answers and by no other.
const MarkdownAnswer = lazyNamed(() => import('./MarkdownAnswer'), 'MarkdownAnswer');

/** MarkdownAnswer, loaded on first use. Until it arrives the answer shows as plain text: readable, never blank. */
export function LazyMarkdownAnswer(props: ComponentProps<typeof MarkdownAnswer>) {
  return (
    <Suspense
      fallback={
        <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
          {props.text}
        </Text>
      }
    >
      <MarkdownAnswer {...props} />
    </Suspense>
  );
}
