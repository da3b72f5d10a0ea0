import type { RetrievedPassage } from './answer-engine';
import { type Analysis, analyse, type Candidate, gain, type PassageSentence } from './score-sentences';

export interface AnswerSentence {
  /** Position of its passage in the request (0 = best retrieved). */
  passageIndex: number;
  /** Position of the sentence inside its passage. */
  position: number;
  text: string;
}

export interface SelectOptions {
  maxSentences?: number;
  /** The answer stops growing past this length (the first sentence is always kept). */
  maxChars?: number;
}

/** After the first pick, a sentence that only elaborates must add 60% of what the first did... */
const ELABORATION_RATIO = 0.6;
/** ...while one that answers a part of the question not yet covered needs only this much. */
const NEW_PART_MIN_GAIN = 0.25;

const TABLE_ROW = /^[^:;]{1,60}: [^;]+(?:; [^:;]{1,60}: [^;]+)+$/;
const CONTINUATION = /^(?:this|these|that|those|it|they|such|however|also|otherwise|in that case|if so|then)\b/i;

/** Overlapping passages repeat sentences; rephrased repeats say the same thing. */
function isNearDuplicate(a: Candidate, b: Candidate): boolean {
  if (a.text.toLowerCase() === b.text.toLowerCase()) return true;
  let shared = 0;
  for (const term of a.stems) if (b.stems.has(term)) shared++;
  return shared / (a.stems.size + b.stems.size - shared) >= 0.8;
}

/**
 * Greedy selection by marginal gain: each pick is the sentence that adds most to what the answer already covers,
 * so a two-part question ("can I …, and how do I …?") gets a sentence for each part instead of three on the first.
 * Bounded: every turn removes one candidate or stops.
 */
function pick(analysis: Analysis, maxSentences: number, maxChars: number): Candidate[] {
  const chosen: Candidate[] = [];
  const covered = new Set<string>();
  let length = 0;
  let firstGain = 0;
  const remaining = [...analysis.candidates];
  const acceptable = (candidate: Candidate, value: number) =>
    chosen.length === 0 ||
    value >= ELABORATION_RATIO * firstGain ||
    (value >= NEW_PART_MIN_GAIN && [...candidate.matched.keys()].some((term) => !covered.has(term)));
  while (chosen.length < maxSentences && remaining.length > 0) {
    let bestIndex = -1;
    let bestGain = 0;
    remaining.forEach((candidate, i) => {
      const value = gain(candidate, analysis, covered);
      if (value > bestGain && acceptable(candidate, value)) {
        bestGain = value;
        bestIndex = i;
      }
    });
    const [best] = bestIndex >= 0 ? remaining.splice(bestIndex, 1) : [];
    if (!best) break;
    if (chosen.length > 0 && length + best.text.length > maxChars) continue;
    if (chosen.some((other) => isNearDuplicate(other, best))) continue;
    if (chosen.length === 0) firstGain = bestGain;
    chosen.push(best);
    length += best.text.length + 1;
    for (const term of best.matched.keys()) covered.add(term);
  }
  return chosen;
}

/**
 * Completes the picks so they read well: the steps of a list the answer quotes from (for "how do I" questions),
 * or, for a lone sentence, the one after it (else before it) in its passage.
 */
function complete(chosen: PassageSentence[], analysis: Analysis, maxChars: number): PassageSentence[] {
  const key = (sentence: PassageSentence) => `${sentence.passageIndex}:${sentence.position}`;
  const result = new Map(chosen.map((sentence) => [key(sentence), sentence]));
  let length = chosen.reduce((sum, sentence) => sum + sentence.text.length + 1, 0);
  const add = (sentence: PassageSentence | undefined) => {
    if (!sentence || result.has(key(sentence)) || length + sentence.text.length > maxChars) return;
    result.set(key(sentence), sentence);
    length += sentence.text.length + 1;
  };
  const inPassage = (passageIndex: number) => analysis.sentences.filter((sentence) => sentence.passageIndex === passageIndex);
  if (analysis.asksHow) {
    for (const sentence of chosen.filter((candidate) => candidate.listItem)) {
      for (const sibling of inPassage(sentence.passageIndex)) if (sibling.listItem) add(sibling);
    }
  }
  const [only] = chosen;
  // Rows of a table ("Plan: Pro; Price: 49 EUR") stand alone: the next row is another record, not more context.
  if (result.size === 1 && only && !TABLE_ROW.test(only.text)) {
    // Only a neighbour that is about the question too, or that plainly continues the sentence ("This…", "If…").
    const siblings = inPassage(only.passageIndex);
    const next = siblings.find((s) => s.position === only.position + 1);
    const previous = siblings.find((s) => s.position === only.position - 1);
    if (next && (next.mentions > 0 || CONTINUATION.test(next.text))) add(next);
    else if (previous && previous.mentions > 0) add(previous);
  }
  return [...result.values()];
}

/** Passages in the order of their first pick; inside a passage, the document's own order. */
function order(sentences: PassageSentence[], chosen: Candidate[]): AnswerSentence[] {
  const rank = new Map<number, number>();
  chosen.forEach((candidate, i) => {
    if (!rank.has(candidate.passageIndex)) rank.set(candidate.passageIndex, i);
  });
  return [...sentences]
    .sort((a, b) => (rank.get(a.passageIndex) ?? 0) - (rank.get(b.passageIndex) ?? 0) || a.position - b.position)
    .map(({ passageIndex, position, text }) => ({ passageIndex, position, text }));
}

/**
 * The sentences of the passages that best answer the question, in the order the answer should tell them; an empty
 * list means nothing relevant was found. Deterministic: the same question and passages give the same sentences.
 */
export function selectAnswerSentences(question: string, passages: RetrievedPassage[], options: SelectOptions = {}): AnswerSentence[] {
  const maxSentences = options.maxSentences ?? 4;
  const maxChars = options.maxChars ?? 700;
  const analysis = analyse(question, passages);
  if (analysis.questionTerms.length === 0) return [];
  const chosen = pick(analysis, maxSentences, maxChars);
  if (chosen.length === 0) return [];
  return order(complete(chosen, analysis, maxChars), chosen);
}
