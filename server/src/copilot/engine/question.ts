import type { QuestionTerm, RetrievedPassage } from './answer-engine';
import type { Analyzer } from './text/analyzer';
import { isOrdinaryWord } from './text/common-words';

/** What kind of answer a question wants, read from its wording (English patterns; other languages get none). */
export interface Intents {
  /** "What is the default …", "… if I don't set it": the answer names a value the documents call the default. */
  asksDefault: boolean;
  /** "How many / how long / which port / what version": the answer holds a number or a value. */
  asksValue: boolean;
  /** "How do I …": steps are the answer, so a list is kept together. */
  asksHow: boolean;
  /** The question wants a command or code ("which command", "how do I install"): a code block may be shown. */
  asksCode: boolean;
  /** "What is a transport?", "What does trust do?": the answer says what something is. */
  asksWhat: boolean;
  /** "Can the main worktree be removed?", "Is the body of a GET request parsed?": the answer is a yes or a no. */
  asksWhether: boolean;
  /** The kind of amount a value question asks for, when it names one: "how often" a duration, "how big" a size. */
  valueKind: ValueKind | null;
}

export type ValueKind = 'duration' | 'size' | 'range';

export interface QuestionAnalysis {
  /** Distinct stems that carry the question's meaning. */
  terms: string[];
  /** Consecutive stems as "a b", for phrase matches. */
  pairs: Set<string>;
  weight(term: string): number;
  intents: Intents;
  /** Words the workspace never mentions, as asked, when retrieval told us. */
  missing: QuestionTerm[];
  /**
   * The weight the missing words carry together against an answer. Each weighs an average word, not the heaviest a
   * word can have: key missing terms (names, identifiers) refuse on their own (see no-answer.ts). An ordinary English
   * word weighs half of that: it is more likely the asker's own wording for what the documents say otherwise
   * ("wiping" for "clearing", "renaming" for "changing the names") than a subject they do not cover.
   */
  missingWeight: number;
}

/** What an ordinary English word the workspace never uses counts against an answer, as a share of an average word. */
const ORDINARY_MISSING_SHARE = 0.5;

// Words that shape a question rather than name its subject: "how LONG does it TAKE" asks for a duration, and
// documents say "within 5 days", not "takes long". Dropped from the question only (English).
// biome-ignore format: a word list reads better packed
const QUESTION_ONLY_WORDS = [
  'long', 'much', 'many', 'often', 'soon', 'take', 'happen', 'mean', 'possible', 'allowed', 'way', 'find', 'explain',
  'describe', 'give', 'show', 'list', 'able', 'okay', 'ok', 'exactly', 'anyone', 'someone', 'value', 'kind', 'sort',
  'actually', 'happens', 'instead', 'get', 'thing', 'according',
  // Adverbs of the asker's stance ("have already been merged", "whether a patch would apply"): they shape the
  // question and name nothing a page would be about, yet documents that rarely use them made them its heaviest words.
  'already', 'whether', 'still', 'even', 'ever', 'really', 'simply', 'anyway', 'perhaps', 'maybe', 'somehow',
];

/**
 * The ways a question says "the default" without the word: "if I leave it alone", "if you don't set it", "when I
 * haven't configured …", "out of the box", "if none is given", "if not specified", "when it is omitted", "if I omit
 * it". Their words shape the question; they name nothing the documents would say ("leave", "alone", "none").
 * Only pronouns may stand between "if" and the verb: "if the timeout isn't set" keeps "timeout", the setting asked
 * about.
 */
const UNSET_PHRASE = new RegExp(
  [
    String.raw`\bout of the box\b`,
    String.raw`\b(?:if|when) (?:i|you|we) (?:don'?t|do not|never|haven'?t|have not|didn'?t|did not) (?:set|change|configure|specify|pass|provide|give|touch|choose|pick|select|supply|changed|configured|specified|passed|provided|given|touched|chosen|picked|selected|supplied)(?: (?:it|this|that|them|anything|one|any))?\b`,
    String.raw`\b(?:leave|left) (?:\w+ ){0,3}(?:alone|unset|empty|as is)\b`,
    String.raw`\bunless (?:i|you|we) (?:set|change|configure)(?: (?:it|this|that|them))?\b`,
    String.raw`\bwithout (?:setting|configuring|specifying|changing)(?: (?:it|this|that|them|anything))?\b`,
    String.raw`\b(?:if|when) (?:none|nothing) (?:is|are|was|gets?) (?:given|specified|set|passed|provided|supplied|chosen|configured)\b`,
    String.raw`\b(?:if|when) (?:(?:it|this|that|one|they) )?(?:(?:is|are|was|were)(?: not|n'?t)|not) (?:given|specified|set|passed|provided|supplied|configured)\b`,
    String.raw`\b(?:if|when) (?:(?:it|this|that|one|they) )?(?:(?:is|are|was|were) )?(?:omitted|unset|left out)\b`,
    String.raw`\b(?:if|when) (?:i|you|we) (?:omit|leave out)(?: (?:it|this|that|them|one))?\b`,
  ].join('|'),
  'gi',
);
/** "What kind of index …", "which sort of lock …": a way of asking "what", naming nothing the documents would say. */
const FRAMING_PHRASE = /\b((?:what|which))\s+(?:kinds?|sorts?)\s+of\b/gi;
/**
 * "… what is it called?": a way of asking for a name. Pages say "the default name is …", "named …", not "called"
 * (which, rare in reference pages, weighed as much as the subject).
 */
const NAME_ASKED = /\bwhat(?:'s|\s+is|\s+are|\s+was|\s+were)\s+(?:it|they|that|this|these|those)\s+called\b/gi;

/** A single word written as code: `define`, `server.port`, `--force` (a command of several words is not a name). */
const CODE_SPAN = /`([^`\s]*\p{L}[^`\s]*)`/gu;

/** "without `--ignore-path`", "no `base`": a name the question leaves out is not what it asks about. */
const LEAVES_OUT = /\b(?:without|no)\s+(?:an?\s+|the\s+|any\s+)?$/i;

/**
 * The words a question writes as code, lower-cased: names of settings, options or functions however plain they look
 * ("What does the `define` option do?" names the setting `define`, not the verb). Names it leaves out are not counted.
 */
export function codeWordsOf(question: string): string[] {
  return [...question.matchAll(CODE_SPAN)]
    .filter((match) => !LEAVES_OUT.test(question.slice(0, match.index)))
    .map((match) => (match[1] as string).toLowerCase());
}

/**
 * The question as retrieval should search it: without the phrases that only shape it (English). "kind" is rare in
 * documentation, so "What kind of index …" searched for it outweighed the words that name the subject; "leave it
 * alone" is how a question asks for the default, not words a page about the setting uses.
 */
export function withoutFraming(question: string, language: string): string {
  if (language !== 'english') return question;
  return question.replace(FRAMING_PHRASE, '$1').replace(UNSET_PHRASE, ' default ').replace(NAME_ASKED, 'what name');
}

/**
 * A command asked about without one of its options ("When `git restore --staged` is used without `--source`, where …",
 * "if --format is not given"): what it does then is the option's default ("If not specified, the contents are restored
 * from HEAD"). The option stays a word to search for.
 */
const OPTION = '[`\'"]?--?[a-z][\\w-]*[`\'"]?';
const OPTION_LEFT_OUT = new RegExp(
  `\\bwithout (?:an? |the |any )?${OPTION}|\\b(?:if|when|unless) (?:the )?${OPTION}(?: option| flag)? (?:is|are)(?:n't| not) (?:given|specified|set|used|passed|present)\\b|\\b(?:if|when) no ${OPTION}`,
  'i',
);
const DEFAULT_INTENT = new RegExp(`\\bdefaults?\\b|${UNSET_PHRASE.source}|${OPTION_LEFT_OUT.source}`, 'i');
const VALUE_INTENT =
  /\bhow (?:many|much|long|big|large|often|soon|wide|old|fast)\b|\b(?:what|which)(?:'s|\s+is|\s+are|\s+was)?(?:\s+the|\s+an?)?\s+(?:\w+ )?(?:port|version|size|limit|number|percentage|value|level|width|extension|folder|directory|file ?name|name|target|range)s?\b|\bminimum\b|\bmaximum\b|\bwhen\b/i;
const DURATION_INTENT =
  /\bhow (?:often|soon|frequently)\b|\bhow (?:much|long a) time\b|\bhow many (?:milli|micro)?(?:seconds|minutes|hours|days|weeks|months|years)\b|\bhow long (?:does|do|did|will|would|should|is|are|until|before|after)\b|(?:\b|_)(?:timeout|interval|delay|duration|period|frequency|lifetime|ttl|age)s?\b/i;
const SIZE_INTENT =
  /\bhow (?:big|large|small)\b|\bhow much (?:memory|space|disk|storage|data|ram)\b|\bhow many (?:bytes|kilobytes|megabytes|gigabytes)\b|(?:\b|_)sizes?\b/i;
/** "What range of values is allowed for priority?", "Which range is valid for a port?": two bounds. */
const RANGE_INTENT =
  /\b(?:what|which)(?:'s|\s+is|\s+are|\s+was)?(?:\s+the|\s+an?)?\s+(?:\w+ )?ranges?\b|\branges? of (?:\w+ )?(?:values|numbers|ports)\b|\bbetween (?:what|which)\b/i;
const WHAT_INTENT =
  /^\s*(?:so,?\s+)?what(?:'s| is| are) (?!the default\b)|\bwhat (?:does|do) .+ (?:do|mean|stand for|hold|contain|represent|show|return|print|output|control|affect|specify)(?:\s+(?:to|in|on)\s[^?]*)?\s*\??\s*$|\bdefine\b|\bmeaning of\b|\bwhat is meant by\b/i;
/** A question whose last clause opens with an auxiliary verb asks whether: "If it conflicts, is the entry dropped?" */
const WHETHER_INTENT =
  /(?:^|[.?!]\s+|[,;]\s*)(?:can|could|is|are|was|were|does|do|did|will|would|should|may|must|has|have)\s+(?!(?:i|we|you)\s+(?:find|get|see|make|do|use|set|change|configure)\b)(?:[^.?!,;]|\.(?=\S))*\?\s*$/i;
const HOW_INTENT =
  /\bhow (?:do|can|should|would|to) (?:i|we|you)?\b|\bhow to\b|\bsteps?\b|\bwhat (?:do|should|must) (?:i|we) (?:do|change|enable|set|add|use|configure|put|install|run|write|pass|call|import)\b/i;
const CODE_INTENT =
  /\b(?:command|commands|cli|terminal|shell|script|snippet|example|syntax|flag|code)\b|\bhow (?:do|can|should) (?:i|we|you) (?:run|install|start|scaffold|create|build|launch|add|set ?up|init|write|import|configure)\b/i;

/** How much a word counts that only the sentences before the asking one use. */
const SCENE_SHARE = 0.5;

/** Terms of the sentences before the last one that asks ("…?"), which the asking sentence does not use. */
function sceneOnlyTerms(question: string, analyzer: Analyzer): Set<string> {
  const sentences = question.split(/(?<=[.!?])\s+(?=\p{Lu})/u).filter((sentence) => sentence.trim());
  if (sentences.length < 2 || !/\?\s*$/.test(sentences.at(-1) ?? '')) return new Set();
  const asking = new Set(analyzer.terms(sentences.at(-1) ?? ''));
  return new Set(analyzer.terms(sentences.slice(0, -1).join(' ')).filter((term) => !asking.has(term)));
}

/**
 * "a relative link like '../images/logo.png'": what the asker gives as an example is not what the question is about;
 * when the documents never mention it, it neither counts against an answer nor is named as missing.
 */
function givenAsExample(word: string, question: string): boolean {
  return new RegExp(`\\b(?:like|such as|e\\.g\\.,?|for (?:example|instance),?)\\s+['"\`]?[^\\s'"\`]*${escapeRegExp(word)}`, 'iu').test(
    question,
  );
}

/** `text` as a regular expression that matches it literally. */
export const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Reads the question: its terms in the workspace's language, their weights (the workspace's own inverse document
 * frequencies when retrieval provides them, else how rare each is among the retrieved sentences), its intents, and
 * the words the workspace never mentions.
 */
export function analyseQuestion(
  question: string,
  terms: QuestionTerm[] | undefined,
  analyzer: Analyzer,
  localFrequency: (term: string) => number,
  sentenceCount: number,
): QuestionAnalysis {
  const english = analyzer.language === 'english';
  const shapingPhrases = english ? [...(question.match(UNSET_PHRASE) ?? []), ...(question.match(NAME_ASKED) ?? [])] : [];
  const shaping = new Set(english ? [...QUESTION_ONLY_WORDS, ...shapingPhrases].flatMap((word) => analyzer.terms(word)) : []);
  // "How does billing work?": a closing "work" is the question's shape; "Can I work from home?" keeps it.
  const asked = english ? question.replace(/\bworks?\s*\?*\s*$/i, '') : question;
  const unmentioned = (terms ?? []).filter(
    (term) => term.passages === 0 && term.inTitles === 0 && analyzer.terms(term.word).some((stem) => !shaping.has(stem)),
  );
  const missing = unmentioned.filter((term) => !givenAsExample(term.word, question));
  // The search reads a hyphenated word whole and in parts ("brand-new": brand-new, brand, new): a part missing with
  // its compound is the same missing word, and weighs against an answer once (it is still named when it is a name:
  // "brotli" of "brotli-compressed").
  const missingCompounds = missing.filter((term) => term.word.includes('-')).map((term) => term.word.toLowerCase().split('-'));
  const partOfMissingCompound = (term: QuestionTerm) =>
    !term.word.includes('-') && missingCompounds.some((parts) => parts.includes(term.word.toLowerCase()));
  // Words the workspace never mentions cannot match a sentence: they only count against the answer (missingWeight).
  const absent = new Set(unmentioned.flatMap((term) => analyzer.terms(term.word)));
  const all = analyzer.terms(asked).filter((term) => !shaping.has(term));
  const unique = [...new Set(all)].filter((term) => !absent.has(term));
  const pairs = new Set<string>();
  for (let i = 1; i < all.length; i++) pairs.add(`${all[i - 1]} ${all[i]}`);

  const known = new Map<string, number>();
  for (const term of terms ?? []) {
    // An identifier is one word in several forms ("appType": apptype, app, type): its weight is shared among them, so
    // a unit that names it gets the word's weight once, and one that holds only a part gets that part's share.
    const forms = new Set(analyzer.terms(term.word));
    const share = term.weight / Math.max(1, forms.size);
    for (const stem of forms) known.set(stem, Math.max(known.get(stem) ?? 0, share));
  }
  const local = (term: string) => 1 + Math.log((sentenceCount + 1) / (localFrequency(term) + 1));
  const present = unique.filter((term) => known.has(term));
  const average = present.length > 0 ? present.reduce((sum, term) => sum + (known.get(term) ?? 0), 0) / present.length : 1;
  // "Vite doesn't type-check my code. How do I get errors in builds?": the sentence that asks is the question; the
  // sentences before it set the scene. Words only the scene uses count for less.
  const scene = sceneOnlyTerms(asked, analyzer);
  const base = (term: string) => (terms ? (known.get(term) ?? average) : local(term));
  const weight = (term: string) => base(term) * (scene.has(term) ? SCENE_SHARE : 1);
  // A word of the scene counts against an answer as little as it counts for one ("The server my repository lives
  // on has a new address. How do I point origin to it?": the documents say "URL", not "server address").
  const inScene = (word: string) => analyzer.terms(word).every((stem) => scene.has(stem));
  const missingWeight = missing
    .filter((term) => !partOfMissingCompound(term))
    .reduce(
      (sum, term) =>
        sum +
        average * (isOrdinaryWord(term.word, analyzer.language) ? ORDINARY_MISSING_SHARE : 1) * (inScene(term.word) ? SCENE_SHARE : 1),
      0,
    );
  return {
    terms: unique,
    pairs,
    weight,
    intents: {
      asksDefault: english && DEFAULT_INTENT.test(question),
      asksValue: english && VALUE_INTENT.test(question),
      asksHow: english && HOW_INTENT.test(question),
      asksCode: english && CODE_INTENT.test(question),
      asksWhat: english && WHAT_INTENT.test(question),
      asksWhether: english && WHETHER_INTENT.test(question),
      valueKind: !english
        ? null
        : DURATION_INTENT.test(question)
          ? 'duration'
          : SIZE_INTENT.test(question)
            ? 'size'
            : RANGE_INTENT.test(question)
              ? 'range'
              : null,
    },
    missing,
    missingWeight,
  };
}

/** The heading path and document title of a passage, the context a reader sees above its sentences. */
export function contextOf(passage: RetrievedPassage): string {
  return `${passage.documentTitle} ${passage.heading ?? ''}`;
}
