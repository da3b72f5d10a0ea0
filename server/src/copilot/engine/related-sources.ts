import type { RetrievedPassage } from './answer-engine';
import { HEADING_SEPARATOR, lastHeading } from './heading-path';
import { MIN_COVERAGE } from './no-answer';
import type { AnswerSentence, Selection } from './rank-sentences';
import type { Candidate } from './score-sentences';

/** An answer names at most this many passages in all: the ones it quotes, then the related ones. */
export const MAX_SOURCES = 3;
/**
 * A passage the answer does not quote is named as related only when the retrieval ranked it at least this close to
 * the best passage: it is about the question as a whole, not just about one of its words.
 */
export const RELATED_MIN_RANK_RATIO = 0.5;

/** Opens the answer's last paragraph, the passages it names without quoting them. */
export const SEE_ALSO = 'See also:';

export interface RelatedSource {
  passageIndex: number;
  /** How the answer names it: its section, with the document's title when two sources share a section name. */
  label: string;
  /** The unit of the passage that is most about the question, for the reader's popover to highlight. */
  quote: string;
}

/**
 * The bar an answer itself must clear (no-answer.ts), with one of the question's own words, not only a synonym: a
 * unit that shares one loose synonym with the question ("receives" for "arrive") is about something else.
 */
function isAboutTheQuestion(candidate: Candidate): boolean {
  return candidate.coverage >= MIN_COVERAGE && [...candidate.matched.values()].some((credit) => credit === 1);
}

function sectionOf(passage: RetrievedPassage): string {
  return (lastHeading(passage.heading) ?? passage.documentTitle).trim() || passage.documentTitle;
}

/**
 * The passages the answer did not quote but a reader should see next to it: among the retrieved ones, in retrieval
 * order, those holding a unit that covers as much of the question as an answer must, and ranked close to the best
 * passage. An extractive answer quotes one passage most of the time; when that one is not the best, the reader still
 * has the others one click away, with the sentence that made them relevant highlighted.
 */
export function relatedSources(selection: Selection, passages: RetrievedPassage[]): RelatedSource[] {
  const quoted = new Set(selection.sentences.map((sentence: AnswerSentence) => sentence.passageIndex));
  const room = MAX_SOURCES - quoted.size;
  if (room <= 0 || quoted.size === 0) return [];
  const bestRank = passages[0]?.rank ?? 0;
  const bestUnit = new Map<number, { score: number; text: string }>();
  for (const candidate of selection.analysis.candidates) {
    if (quoted.has(candidate.passageIndex) || !isAboutTheQuestion(candidate)) continue;
    const score = candidate.coverage * candidate.factor;
    const current = bestUnit.get(candidate.passageIndex);
    if (!current || score > current.score) bestUnit.set(candidate.passageIndex, { score, text: candidate.text });
  }
  const quotedSections = new Set([...quoted].map((index) => sectionOf(passages[index] as RetrievedPassage).toLowerCase()));
  const related: RelatedSource[] = [];
  passages.forEach((passage, passageIndex) => {
    const unit = bestUnit.get(passageIndex);
    if (!unit || related.length >= room) return;
    if (bestRank > 0 && passage.rank < RELATED_MIN_RANK_RATIO * bestRank) return;
    const section = sectionOf(passage);
    const shared = quotedSections.has(section.toLowerCase()) || related.some((source) => source.label === section);
    related.push({ passageIndex, label: shared ? `${passage.documentTitle}${HEADING_SEPARATOR}${section}` : section, quote: unit.text });
  });
  return related;
}
