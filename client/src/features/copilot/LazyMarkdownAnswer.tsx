import { Text } from '@mantine/core';
import type { ComponentProps } from 'react';
import type { MarkdownAnswer } from './MarkdownAnswer';
import { useMarkdownAnswer } from './useMarkdownAnswer';

/**
 * MarkdownAnswer, loaded on first use (useMarkdownAnswer). Until it arrives, or if it cannot be fetched, the answer
 * shows as plain text: readable, never blank. The chat's thread waits for it instead (see ConversationThread), so a
 * conversation opened from a link does not jump from plain text to Markdown.
 */
export function LazyMarkdownAnswer(props: ComponentProps<typeof MarkdownAnswer>) {
  const { MarkdownAnswer: Loaded } = useMarkdownAnswer();
  if (Loaded) return <Loaded {...props} />;
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
      {props.text}
    </Text>
  );
}
