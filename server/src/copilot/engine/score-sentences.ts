import type { RetrievedPassage } from './answer-engine';
import { splitSentences } from './sentences';
import { contentTerms, relatedStems, stem, words } from './terms';

/** A sentence of a passage, where it stands. */
export interface PassageSentence {
  /** Position of its passage in the request (0 = best retrieved). */
  passageIndex: number;
  /** Position among its passage's readable sentences. */
  position: number;
  text: string;
  listItem: boolean;
  /** How many question terms (or their synonyms) it holds. */
  mentions: number;
}

/** A sentence that mentions the question, with what it matches. */
export interface Candidate extends PassageSentence {
  /** Question terms found in the sentence → credit (1 for the word itself, less for a synonym). */
  matched: Map<string, number>;
  /** Question terms found only in the sentence's heading or document title. */
  contextOnly: string[];
  /** Fixed part of the score: phrases, kind of fact, length, retrieval position. */
  bonus: number;
  factor: number;
  stems: Set<string>;
}

export interface Analysis {
  questionTerms: string[];
  weight: (term: string) => number;
  totalWeight: number;
  /** "How do I …?": steps are the answer, so a list is kept together. */
  asksHow: boolean;
  sentences: PassageSentence[];
  candidates: Candidate[];
}

// Words that shape a question rather than name its subject: "how LONG does it TAKE" asks for a duration, and
// documents say "within 5 days", not "takes long". Dropped from the question only.
// biome-ignore format: a word list reads better packed
const QUESTION_ONLY = new Set([
  'long', 'much', 'many', 'often', 'soon', 'take', 'happen', 'mean', 'possible', 'allowed', 'way', 'find',
  'explain', 'describe', 'give', 'show', 'list', 'able', 'okay', 'ok', 'exactly', 'anyone', 'someone', 'thing',
].map(stem));

const HOW_TO = /\bhow (?:do|can|should|would) (?:i|we|you)\b|\bhow to\b|\bsteps?\b/i;
const LIST_ITEM = /^\s*(?:\d{1,2}[.)]|[-*•])\s/;

// Questions that ask for a kind of fact favour sentences that state one (fully) or sections named after it (half).
const INTENTS: Array<{ question: RegExp; sentence: RegExp; heading?: RegExp }> = [
  {
    question: /\bhow (?:long|soon|quickly|fast)\b|\bwhen\b|\bhow many (?:days|weeks|hours|months)\b|\bdeadline\b/i,
    heading: /\b(?:times?|durations?|deadlines?|timelines?|schedules?|hours|delays?)\b/i,
    sentence:
      /\b\d+(?:\s*(?:-|to|–)\s*\d+)?\s*(?:business |working |calendar )?(?:minutes?|hours?|days?|weeks?|months?|years?)\b|\b(?:a\.m\.|p\.m\.)|\b\d{1,2}:\d{2}\b/i,
  },
  {
    question: /\bhow much\b|\bcosts?\b|\bprices?\b|\bfees?\b|\bpay\b/i,
    sentence: /[€$£¥]|\b(?:EUR|USD|GBP|CHF)\b|\d+(?:[.,]\d+)?\s*%|\bfree\b/i,
    heading: /\b(?:pric\w*|costs?|fees?|plans?|billing)\b/i,
  },
  { question: /\bhow many\b|\bhow much\b|\blimits?\b|\bmaximum\b|\bminimum\b/i, sentence: /\d/ },
  { question: HOW_TO, sentence: /^\s*(?:\d{1,2}[.)]|[-*•])\s|\b(?:open|click|choose|select|go to|send|submit)\b/i },
];

export const SYNONYM_CREDIT = 0.8;
/** A sentence must hold this share of the question (its heading counting half) to be considered at all. */
export const MIN_RELEVANCE = 0.3;
/** A sentence that holds no question term qualifies when its heading holds this share of the question. */
const HEADING_ONLY_RELEVANCE = 0.5;
/** How much less each next retrieved passage is trusted: retrieval has already weighed headings and phrases. */
const RANK_DECAY = 0.1;

function bigrams(terms: string[]): Set<string> {
  const pairs = new Set<string>();
  for (let i = 1; i < terms.length; i++) pairs.add(`${terms[i - 1]} ${terms[i]}`);
  return pairs;
}

function isReadableSentence(text: string): boolean {
  return words(text).length >= 3 && !/^(?:```|~~~|#{1,6}\s)/.test(text);
}

function matchesOf(questionTerms: string[], stems: Set<string>): Map<string, number> {
  const matched = new Map<string, number>();
  for (const term of questionTerms) {
    if (stems.has(term)) matched.set(term, 1);
    else if ([...relatedStems(term)].some((related) => stems.has(related))) matched.set(term, SYNONYM_CREDIT);
  }
  return matched;
}

/**
 * Reads the question and the passages' sentences: which question terms each sentence holds, how much each term
 * weighs (rarer among the sentences = heavier, inverse document frequency), and the fixed parts of its score.
 */
export function analyse(question: string, passages: RetrievedPassage[]): Analysis {
  // "How does billing work?": a closing "work" is the question's shape; "Can I work from home?" keeps it.
  const asked = question.replace(/\bworks?\s*\?*\s*$/i, '');
  const allQuestionTerms = contentTerms(asked).filter((term) => !QUESTION_ONLY.has(term));
  const questionTerms = [...new Set(allQuestionTerms)];
  const questionPairs = bigrams(allQuestionTerms);
  const intents = INTENTS.filter((intent) => intent.question.test(question));
  const readable = passages.flatMap((passage, passageIndex) =>
    splitSentences(passage.content)
      .filter(isReadableSentence)
      .map((text, position) => ({ passageIndex, position, text, listItem: LIST_ITEM.test(text) })),
  );
  const stemsOf = readable.map((sentence) => contentTerms(sentence.text));
  const matches = stemsOf.map((stems) => matchesOf(questionTerms, new Set(stems)));
  const sentences = readable.map((sentence, i) => ({ ...sentence, mentions: matches[i]?.size ?? 0 }));
  const frequency = new Map<string, number>();
  for (const matched of matches) for (const term of matched.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const idf = (term: string) => 1 + Math.log((sentences.length + 1) / ((frequency.get(term) ?? 0) + 1));
  const present = questionTerms.filter((term) => frequency.has(term));
  // A question word found nowhere counts as an average one: it lowers coverage without dominating it.
  const average = present.length > 0 ? present.reduce((sum, term) => sum + idf(term), 0) / present.length : 1;
  const weight = (term: string) => (frequency.has(term) ? idf(term) : average);
  const totalWeight = questionTerms.reduce((sum, term) => sum + weight(term), 0);
  const contexts = passages.map((passage) => contentTerms(`${passage.documentTitle} ${passage.heading ?? ''}`));
  const contextPhrases = contexts.map((terms) => [...bigrams(terms)].filter((pair) => questionPairs.has(pair)).length);

  const candidates: Candidate[] = [];
  sentences.forEach((sentence, i) => {
    const matched = matches[i] as Map<string, number>;
    const stems = stemsOf[i] as string[];
    const context = new Set(contexts[sentence.passageIndex]);
    const contextOnly = questionTerms.filter((term) => !matched.has(term) && context.has(term));
    const relevance = [...matched].reduce((sum, [term, credit]) => sum + weight(term) * credit, 0) / totalWeight;
    const contextRelevance = contextOnly.reduce((sum, term) => sum + weight(term), 0) / totalWeight;
    if (matched.size === 0 && contextRelevance < HEADING_ONLY_RELEVANCE) return;
    if (relevance + 0.5 * contextRelevance < MIN_RELEVANCE) return;
    const phrases = [...bigrams(stems)].filter((pair) => questionPairs.has(pair)).length + (contextPhrases[sentence.passageIndex] ?? 0);
    const heading = passages[sentence.passageIndex]?.heading ?? '';
    const intent = Math.max(
      0,
      ...intents.map((candidate) => (candidate.sentence.test(sentence.text) ? 1 : candidate.heading?.test(heading) ? 0.5 : 0)),
    );
    const lengthFactor = stems.length > 45 ? 0.8 : stems.length < 4 ? 0.85 : 1;
    const prior = 1 / (1 + RANK_DECAY * sentence.passageIndex);
    const bonus = 0.15 * Math.min(phrases, 2) + 0.2 * intent;
    candidates.push({ ...sentence, matched, contextOnly, bonus, factor: lengthFactor * prior, stems: new Set(stems) });
  });
  return { questionTerms, weight, totalWeight, asksHow: HOW_TO.test(question), sentences, candidates };
}

/**
 * What a sentence adds to an answer that already covers `covered`: question terms it holds (a covered one counts
 * 30%), half for terms only in its heading, plus its fixed bonus. With nothing covered, this is its score alone.
 */
export function gain(candidate: Candidate, analysis: Analysis, covered: ReadonlySet<string>): number {
  const share = (term: string) => analysis.weight(term) * (covered.has(term) ? 0.3 : 1);
  const terms = [...candidate.matched].reduce((sum, [term, credit]) => sum + share(term) * credit, 0);
  const context = candidate.contextOnly.reduce((sum, term) => sum + share(term), 0);
  return ((terms + 0.5 * context) / analysis.totalWeight + candidate.bonus) * candidate.factor;
}
