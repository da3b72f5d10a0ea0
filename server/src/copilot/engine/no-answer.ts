import type { RetrievedPassage } from './answer-engine';
import { HEADING_SEPARATOR } from './heading-path';

/** Said, word for word, whenever the documents hold no answer; the language model is told to use it too. */
export const NO_ANSWER_SENTENCE = "I could not find this in the workspace's documents.";

const MAX_TOPICS = 3;

/** What the found passages are about: their section (last heading) or else their document's title. */
export function passageTopics(passages: RetrievedPassage[], max = MAX_TOPICS): string[] {
  const topics: string[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    const topic = (passage.heading?.split(HEADING_SEPARATOR).at(-1) ?? passage.documentTitle).trim();
    const key = topic.toLowerCase();
    if (!topic || seen.has(key)) continue;
    seen.add(key);
    topics.push(topic);
    if (topics.length === max) break;
  }
  return topics;
}

function listInProse(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
}

/**
 * The whole answer when nothing relevant was found: say so plainly, then point somewhere useful, to what the closest
 * passages do cover or, with no passage at all, to adding documents.
 */
export function noAnswerText(passages: RetrievedPassage[]): string {
  const topics = passageTopics(passages);
  const next =
    topics.length > 0
      ? `Try asking about: ${listInProse(topics)}.`
      : 'Try other words, or add a document that covers it (if the workspace has no documents yet, start there).';
  return `${NO_ANSWER_SENTENCE} ${next}`;
}
