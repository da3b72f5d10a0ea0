import type { QuestionTerm, RetrievedPassage } from './answer-engine';
import { lastHeading } from './heading-path';
import { contextOf, escapeRegExp } from './question';
import type { Selection } from './rank-sentences';
import { splitSentences } from './sentences';
import { isOrdinaryWord, isSoftwareWord } from './text/common-words';

/** Said, word for word, whenever the documents hold no answer; the language model is told to use it too. */
export const NO_ANSWER_SENTENCE = "I could not find this in the workspace's documents.";

const MAX_TOPICS = 3;
/**
 * The best unit must hold this share of the question's weight (words the workspace never mentions weigh the most)
 * for the engine to answer; below it, what was found is about something else. Calibrated on the eval's dev
 * questions: their answerable paraphrases reach 0.32–0.34 with the right unit ("doesn't support any kind of global
 * configuration" for "a global config in my home directory"), while the unanswerable ones that name no missing key
 * term stay near 0.25; key terms the workspace never mentions refuse on their own.
 */
export const MIN_COVERAGE = 0.3;

/** What the found passages are about: their section (last heading) or else their document's title. */
export function passageTopics(passages: RetrievedPassage[], max = MAX_TOPICS): string[] {
  const topics: string[] = [];
  const seen = new Set<string>();
  for (const passage of passages) {
    const topic = (lastHeading(passage.heading) ?? passage.documentTitle).trim();
    const key = topic.toLowerCase();
    if (!topic || seen.has(key)) continue;
    seen.add(key);
    topics.push(topic);
    if (topics.length === max) break;
  }
  return topics;
}

function listInProse(items: string[], conjunction: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1)}`;
}

/** Whether `word` stands as a word of its own in the question, not as a part of a hyphenated compound ("Wi-Fi"). */
function standsAlone(word: string, question: string): boolean {
  const escaped = escapeRegExp(word);
  return new RegExp(`(?:^|[^\\p{L}\\p{N}-])${escaped}(?:$|[^\\p{L}\\p{N}-]|-(?=[^\\p{L}\\p{N}]))`, 'u').test(question);
}

/**
 * A hyphenated name: parts of three letters or more, one of them an acronym ("DNS-over-HTTPS") or all of them
 * capitalised ("Permissions-Policy", a header) — not an ordinary compound ("single-page", "keep-alive") nor one of
 * short parts ("Wi-Fi"), and not a question's capitalised first word.
 */
function isNamedCompound(word: string, question: string): boolean {
  const parts = word.split('-');
  if (parts.length < 2 || !parts.every((part) => /^\p{L}{3,}$/u.test(part))) return false;
  if (question.trimStart().startsWith(word)) return false;
  return parts.some((part) => /^\p{Lu}{3,}$/u.test(part)) || parts.every((part) => /^\p{Lu}/u.test(part));
}

/**
 * A word the workspace never mentions that names the question's subject: an identifier (`server.push`,
 * `sortImports`, a version number, --max-warnings, anything in backticks), a word that is not ordinary English
 * (brotli, heroku: see common-words.ts) or a proper name (MongoDB, COBOL) — not a capitalised first word, and not a
 * short part of a hyphenated compound ("Wi-Fi"). If the documents never say it, they cannot be about it.
 */
export function isKeyTerm(word: string, question: string, language = 'english'): boolean {
  if (/[._]|\p{Ll}\p{Lu}|\d/u.test(word)) return true;
  // A word no English dictionary knows ("brotli", "heroku"), also inside a compound ("brotli-compressed"); not a
  // two-letter fragment ("Wi" of "Wi-Fi").
  if (/^\p{L}{3,}$/u.test(word) && !isOrdinaryWord(word, language)) return true;
  const escaped = escapeRegExp(word);
  // A command-line option (--max-warnings) or a word the asker set as code (`define`) is named exactly.
  if (new RegExp(`(?:^|\\s)--?${escaped}(?![\\p{L}\\p{N}])|\`[^\`]*\\b${escaped}\\b[^\`]*\``, 'u').test(question)) return true;
  // "README", "CPU", "IDs": everyday things of software, in capitals or not (see common-words.ts).
  if (isSoftwareWord(word)) return false;
  if (isNamedCompound(word, question)) return true;
  if (word.includes('-') || !standsAlone(word, question)) return false;
  if (/^\p{Lu}{2,}$/u.test(word)) return true;
  const first = question.trimStart().match(/^[\p{L}\p{N}]+/u)?.[0];
  return /^\p{Lu}/u.test(word) && word !== first;
}

/**
 * A compound the index never saw whole whose parts one sentence of a found passage holds: the asker's way of writing
 * what the page says ("DNS over HTTPS"; "separated with a NUL character" for "NUL-separated").
 */
function mentionedInParts(word: string, passages: RetrievedPassage[]): boolean {
  if (!word.includes('-')) return false;
  const parts = word.split('-').map((part) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(part)}(?![\\p{L}\\p{N}])`, 'iu'));
  const holdsAll = (sentence: string) => parts.every((part) => part.test(sentence));
  return passages.some((passage) => [contextOf(passage), ...splitSentences(passage.content)].some(holdsAll));
}

/**
 * A member named by its whole path ("cluster.settings.exec") where the page documents it under its owner: a found
 * passage about `cluster.settings` (its heading or text) that names `exec`. The index holds the path's parts, never the
 * path the asker put together. Only for an owner that is itself a code name (two dots or more): "server.push" is not
 * found by a page that says "server" somewhere and "push" somewhere else.
 */
function mentionedAsMember(word: string, passages: RetrievedPassage[]): boolean {
  const dot = word.lastIndexOf('.');
  const owner = word.slice(0, dot);
  const member = word.slice(dot + 1);
  if (!owner.includes('.') || !/^[\p{L}\p{N}_$]+$/u.test(member)) return false;
  const named = (text: string) => new RegExp(`(?<![\\p{L}\\p{N}_.])${escapeRegExp(text)}(?![\\p{L}\\p{N}_])`, 'iu');
  const [ownerName, memberName] = [named(owner), named(member)];
  return passages.some(
    (passage) => (ownerName.test(contextOf(passage)) || ownerName.test(passage.content)) && memberName.test(passage.content),
  );
}

export interface NotFound {
  /** Words of the question the workspace never mentions, as asked. */
  missing: string[];
  /** Passages that are about part of the question, best first. */
  related: RetrievedPassage[];
}

/**
 * Whether the found units really answer the question. They do not when nothing relevant was selected, when the
 * question names something the workspace never mentions (a key term), or when even the best unit holds too little
 * of the question's weight — the retrieval found words in common, not an answer.
 */
export function notFound(question: string, selection: Selection, passages: RetrievedPassage[], language: string): NotFound | null {
  const { analysis, sentences } = selection;
  const keyMissing = analysis.question.missing.filter(
    (term: QuestionTerm) =>
      isKeyTerm(term.word, question, language) && !mentionedInParts(term.word, passages) && !mentionedAsMember(term.word, passages),
  );
  const best = Math.max(0, ...analysis.candidates.map((candidate) => candidate.coverage));
  if (sentences.length > 0 && keyMissing.length === 0 && best >= MIN_COVERAGE) return null;
  // Related: a passage with a unit about the question's other words (every candidate holds enough of them).
  const relatedIndexes = new Set(analysis.candidates.map((candidate) => candidate.passageIndex));
  return {
    missing: [...new Set(keyMissing.map((term) => term.word))],
    related: passages.filter((_passage, index) => relatedIndexes.has(index)),
  };
}

/**
 * The whole answer when the documents hold none: say so plainly, name what they never mention, then point
 * somewhere useful: the sections that are about part of the question or, with none, other words or a new document.
 */
export function noAnswerText(result: NotFound): string {
  const missing = result.missing.slice(0, 3);
  const unknown = missing.length > 0 ? ` The documents don't mention ${listInProse(missing, 'or')}.` : '';
  const topics = passageTopics(result.related);
  const next =
    topics.length > 0
      ? `Related sections: ${listInProse(topics, 'and')}.`
      : 'Try other words, or add a document that covers it (if the workspace has no documents yet, start there).';
  return `${NO_ANSWER_SENTENCE}${unknown} ${next}`;
}
