import { type ComponentType, useEffect, useState } from 'react';
import { loadOnce } from '../../routing/loadOnce';
import type { MarkdownAnswer as MarkdownAnswerComponent } from './MarkdownAnswer';

type MarkdownAnswerType = ComponentType<Parameters<typeof MarkdownAnswerComponent>[0]>;

// The Markdown renderer (react-markdown, micromark, GFM: ≈ 43 kB gzip) is a chunk of its own, fetched after the page
// that shows answers has painted, never before it. Kept here once loaded, so later renders are synchronous (no
// Suspense round, no fallback flash when a conversation is opened again).
const renderer = loadOnce<MarkdownAnswerType>(() => import('./MarkdownAnswer').then((module) => module.MarkdownAnswer));

/** Starts (or joins) the fetch of the renderer. A failed fetch is not kept: the next call tries again. */
export const loadMarkdownAnswer = renderer.load;

/** The renderer if it has arrived, without fetching it. */
export const loadedMarkdownAnswer = renderer.current;

export interface MarkdownAnswerState {
  /** The renderer, or null while it loads (and after a failed fetch: answers then stay plain text). */
  MarkdownAnswer: MarkdownAnswerType | null;
  /** Loaded or failed: whether waiting longer would change anything. */
  settled: boolean;
}

/** The Markdown renderer, fetched from the first render on (in an effect, so after the caller's first paint). */
export function useMarkdownAnswer(): MarkdownAnswerState {
  const [state, setState] = useState<MarkdownAnswerState>(() => {
    const loaded = loadedMarkdownAnswer() ?? null;
    return { MarkdownAnswer: loaded, settled: loaded !== null };
  });
  useEffect(() => {
    if (state.settled) return;
    let mounted = true;
    loadMarkdownAnswer().then(
      (MarkdownAnswer) => mounted && setState({ MarkdownAnswer, settled: true }),
      () => mounted && setState({ MarkdownAnswer: null, settled: true }),
    );
    return () => {
      mounted = false;
    };
  }, [state.settled]);
  return state;
}
