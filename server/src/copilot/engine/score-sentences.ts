import type { QuestionTerm, RetrievedPassage } from './answer-engine';
import { lastHeading } from './heading-path';
import { isLeadIn, isLiteralList, type PassageUnit, passageUnits } from './passage-units';
import { analyseQuestion, codeWordsOf, contextOf, type QuestionAnalysis, type ValueKind } from './question';
import { type Analyzer, camelParts } from './text/analyzer';

/** A unit of a passage, where it stands, with the question terms it holds. */
export interface PassageSentence extends PassageUnit {
  /** Position of its passage in the request (0 = best retrieved). */
  passageIndex: number;
  /** Position among its passage's units. */
  position: number;
  /** How many question terms (or their synonyms) it holds. */
  mentions: number;
  stems: Set<string>;
}

/** A unit that may answer, with what it matches. */
export interface Candidate extends PassageSentence {
  /** Question terms found in the unit → credit (1 for the word itself, less for a synonym). */
  matched: Map<string, number>;
  /** Question terms found only in the unit's heading path or document title. */
  contextOnly: string[];
  /**
   * For a settings field or table row: question terms found only in its own section heading, which names what the
   * field belongs to ("Default: 5173" under "server.port"). They count in full, not as context.
   */
  subjectOnly: string[];
  /** Fixed part of the score: phrases, kind of fact, retrieval position. */
  bonus: number;
  factor: number;
  /** Share of the question's weight it holds, its context counting half; missing words count against it. */
  coverage: number;
}

export interface Analysis {
  question: QuestionAnalysis;
  /** Weight of all the question's terms, the words the workspace never mentions included. */
  totalWeight: number;
  units: PassageSentence[];
  candidates: Candidate[];
}

export const SYNONYM_CREDIT = 0.8;
/** A unit must hold this share of the question's (present) weight, its heading counting half, to be considered. */
export const MIN_RELEVANCE = 0.3;
/** A unit that holds no question term qualifies when its heading holds this share of the question. */
const HEADING_ONLY_RELEVANCE = 0.5;
/**
 * How much a unit's passage rank counts: the retrieval has weighed the whole passage against the whole workspace,
 * which one sentence cannot; a passage scoring half the best one's BM25 lends its units about 70 % of the trust.
 */
const RETRIEVAL_PRIOR_EXPONENT = 0.5;
/**
 * A section is the question's subject when the question names its whole heading and the heading holds more than this
 * share of the question's weight: "work_mem (integer)" for "What is the default value of work_mem?", not "CSV Format"
 * for "What is the default delimiter of COPY in CSV format?", where the format only qualifies what is asked.
 */
const SUBJECT_SHARE = 0.5;
/**
 * For "what is / what does X hold", a section headed X alone opens with X's definition when X is this much of the
 * question (less than SUBJECT_SHARE: "property of a readline interface" around "rl.line" adds weight, not subject).
 */
const ENTRY_SHARE = 0.3;
/** A heading that names code (`rl.line`, `os.setPriority([pid, ]priority)`, `maxAge`, `work_mem`): an API entry. */
const IDENTIFIER = /[._]|\p{Ll}\p{Lu}|\(/u;
/** Code names as written (camelCase, snake_case, dotted: `server.port`, `CELERYD_PID_FILE`), lower-cased. */
const codeNames = (text: string) =>
  (text.match(/[\p{L}\p{N}$]+(?:[._][\p{L}\p{N}$]+)+|\b\p{Ll}+\p{Lu}[\p{L}\p{N}]*/gu) ?? []).map((name) => name.toLowerCase());
/** A sentence that says no, or says only when: the answer to a yes-or-no question, whose words it may only repeat. */
const YES_OR_NO = /\b(?:not|never|cannot|no longer|only)\b|n't\b|^(?:yes|no)\b/i;
/** "No.", "Yes!": a whole answer under a heading that asks the question (a FAQ's), too short for a sentence elsewhere. */
export const BARE_YES_OR_NO = /^(?:yes|no)\s*[.!]?$/i;
/** An entry's name as references write them (`max`, `stale`, `keepAlive`): not a capitalised label (Default, Type). */
const ENTRY_NAME = /^(?:--?)?[\p{Ll}_$][\p{L}\p{N}_$.-]+$/u;

/** The names a defined term gives its entry: its code names, or the term itself when it is written as an entry name. */
const entryNames = (term: string) => {
  const names = codeNames(term);
  return names.length > 0 || !ENTRY_NAME.test(term) ? names : [term.toLowerCase()];
};

/**
 * The entries of the retrieved passages ("max: The maximum size …") that the question names by a word of its own
 * ("the default max"): the question is about that entry, as it is about a code name it writes.
 */
function entriesNamed(question: string, units: PassageUnit[]): string[] {
  const words = new Set(
    question
      .toLowerCase()
      .match(/[\p{L}\p{N}_$.-]+/gu)
      ?.map((word) => word.replace(/[.-]+$/, '')),
  );
  const named = new Set<string>();
  for (const unit of units) {
    const term = unit.definedTerm;
    if (term && ENTRY_NAME.test(term) && words.has(term.toLowerCase())) named.add(term.toLowerCase());
  }
  return [...named];
}
/**
 * Whether most parts of a code name are words of the question, two at least: "gc.autoPackLimit" (gc, auto, pack,
 * limit) for a question asking about packs, gc and --auto.
 */
function isMadeOfQuestionWords(name: string, questionTerms: string[], analyzer: Analyzer): boolean {
  const parts = name
    .split(/[^\p{L}\p{N}]+/u)
    .flatMap(camelParts)
    .filter(Boolean);
  const asked = parts.filter((part) => analyzer.terms(part).some((term) => questionTerms.includes(term))).length;
  return asked >= 2 && asked * 2 >= parts.length;
}

/** What a unit gains from standing in the section whose heading is the question's subject. */
const SUBJECT_SECTION_BONUS = 0.1;
/** What a lead-in above code is worth when the code will not be shown with it. */
const HOLLOW_LEAD_IN_FACTOR = 0.5;

/**
 * A quantity written in words ("six months", "thirty days", "twice"). "one" is left out: it is as often a pronoun
 * ("the one which") as a number.
 */
const SPELLED_NUMBER =
  /\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|sixty|ninety|hundred|thousand|million|twice|dozen)\b/i;
const VALUE = new RegExp(`\\d|\\btrue\\b|\\bfalse\\b|\\bnull\\b|\\bundefined\\b|['"\`][^'"\`]{1,40}['"\`]|${SPELLED_NUMBER.source}`, 'i');
/**
 * "Section 20.8.5", "Table 8.4", "see Chapter 21": the number of another part of the document, not a value. Left
 * out before a unit is read for one, or "Table 8.4." would pass for the answer to "What is the maximum length?".
 */
const CROSS_REFERENCE =
  /\b(?:sections?|chapters?|tables?|figures?|examples?|appendix|appendices|parts?|pages?|steps?)\s+[A-Z]?\d+(?:\.\d+)*\b/gi;
const withoutReferences = (text: string) => text.replace(CROSS_REFERENCE, ' ');
const NUMBER = `(?:\\d+(?:[.,]\\d+)*|${SPELLED_NUMBER.source}|\\bone\\b|\\ban?\\b)`;
/** "24 hours", "one minute (1m)", "5min", "10 business days": an amount of time. */
const DURATION = new RegExp(
  `${NUMBER}\\s*(?:-\\s*)?(?:[a-z]+[ -])?(?:ms|milliseconds?|microseconds?|us|s|secs?|seconds?|min|mins|minutes?|h|hrs?|hours?|d|days?|weeks?|months?|years?)\\b`,
  'i',
);
/** "10 megabytes", "4MB", "1 GB", "8 kB": an amount of data. */
const SIZE = new RegExp(`${NUMBER}\\s*(?:-\\s*)?(?:[a-z]+[ -])?(?:bytes?|[kmgtp]i?b|kilobytes?|megabytes?|gigabytes?|terabytes?)\\b`, 'i');
/** "between -20 (high priority) and 19 (low priority)", "from 0 to 65535", "1–100", "0-65535" (not a date): two bounds. */
const BOUND = '[-−+]?\\d[\\d.,]*';
const RANGE = new RegExp(
  `\\bbetween\\s+${BOUND}(?:\\s*\\([^)]*\\))?\\s+and\\s+${BOUND}|\\bfrom\\s+${BOUND}\\s+(?:up\\s+)?to\\s+${BOUND}|\\d\\s?[–—]\\s?[-−]?\\d|\\d\\s?\\.\\.\\s?[-−]?\\d|(?<![-\\d])\\d+-\\d+(?![-\\d])`,
  'i',
);
/** The unit named apart from its figure: "Connection timeout in milliseconds (default: 30000)". */
const TIME_UNIT = /\b(?:milli|micro)?seconds?\b|\b(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;
const DATA_UNIT = /\b(?:bytes?|kilobytes?|megabytes?|gigabytes?|terabytes?|[kmgt]i?b)\b/i;
/** "default", not "non-default" (which says the opposite). */
const DEFAULT_WORD = /(?<!\bnon-)\bdefault(?:s|ed)?\b/i;
/**
 * An enumerated value marked as the default: "- both (default): Will register both /prefix and /prefix/.", "Valid
 * values are try (the default), on, and off."
 */
const DEFAULT_MARK = /[([](?:which is )?(?:the )?default[)\]]/i;
/**
 * "The default is one, i.e. sequential execution.", "It defaults to merge.", "The default is --no-allow-onelevel.": a
 * sentence that states the default, whatever the value's form (a word, which VALUE leaves out: "one" is as often a
 * pronoun; an option). Not "the default is used / set …".
 */
const DEFAULT_STATED =
  /\bthe default(?: value)? (?:is|was) (?!(?:not|used|set|applied|determined|based|changed|overridden|different|given|taken|ignored)\b)[\p{L}\p{N}"'`-]|\bdefaults to \S/iu;
/** A unit that says what the default is: a default with its value, a value marked "(default)", or "the default is …". */
const namesDefault = (text: string) =>
  (DEFAULT_WORD.test(text) && VALUE.test(withoutReferences(text))) || DEFAULT_MARK.test(text) || DEFAULT_STATED.test(text);
/** A unit with a quantity in figures or words. */
const holdsQuantity = (text: string) => {
  const own = withoutReferences(text);
  return /\d/.test(own) || SPELLED_NUMBER.test(own);
};
/**
 * Whether a unit holds the kind of amount the question asks for ("how often" → a duration, "how big" → a size); any
 * value when it asks for no particular kind.
 */
const holdsAmount = (text: string, kind: ValueKind | null) => {
  const own = withoutReferences(text);
  const figure = /\d/.test(own);
  if (kind === 'duration') return DURATION.test(own) || (figure && TIME_UNIT.test(own));
  if (kind === 'size') return SIZE.test(own) || (figure && DATA_UNIT.test(own));
  if (kind === 'range') return RANGE.test(own);
  return VALUE.test(own);
};

const sum = (terms: string[], weight: (term: string) => number) => terms.reduce((total, term) => total + weight(term), 0);

/** Consecutive terms, each as the first of its synonym group: "output folder" is the phrase "output directory". */
function bigrams(terms: string[], analyzer: Analyzer): string[] {
  const canonical = terms.map(analyzer.canonical);
  const pairs: string[] = [];
  for (let i = 1; i < canonical.length; i++) pairs.push(`${canonical[i - 1]} ${canonical[i]}`);
  return pairs;
}

function isReadable(unit: PassageUnit, analyzer: Analyzer): boolean {
  if (unit.kind === 'code') return false;
  const words = unit.text.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
  // "Default: 5173" is two words and a whole answer; prose needs a few more to say anything.
  return unit.kind === 'sentence' ? words >= 3 && analyzer.terms(unit.text).length > 0 : words >= 2;
}

function matchesOf(terms: string[], stems: Set<string>, analyzer: Analyzer): Map<string, number> {
  const matched = new Map<string, number>();
  for (const term of terms) {
    if (stems.has(term)) matched.set(term, 1);
    else if ([...analyzer.related(term)].some((related) => stems.has(related))) matched.set(term, SYNONYM_CREDIT);
  }
  return matched;
}

/** A lead-in ("…, run:") directly followed, in its passage, by the code or list it introduces. */
function opensBlock(unit: PassageSentence, next: PassageSentence | undefined): boolean {
  return (
    isLeadIn(unit.text) && next !== undefined && next.passageIndex === unit.passageIndex && (next.kind === 'code' || next.kind === 'item')
  );
}

/** A lead-in directly followed, in its passage, by a code block (not a short list of values, shown with it anyway). */
function opensCode(unit: PassageSentence, next: PassageSentence | undefined): boolean {
  return opensBlock(unit, next) && next?.kind === 'code' && !isLiteralList(next.text);
}

/**
 * "A transport is a module that …": a sentence that opens by saying what its subject is. The subject is a few words
 * before the verb, not a pronoun ("It is recommended …", "This option is …" say something of what came before).
 */
const DEFINITION =
  /^(?:an?\s+|the\s+)?(?!(?:it|this|that|these|those|there|they|which|each|all|some)\b)([^,;:.()]{1,60}?)\s+(?:is|are|refers to|means|represents|stands for)\s/i;

/**
 * Whether a unit says what a thing the question names is: a definition sentence or a "term: definition" field
 * ("trust: Allow the connection unconditionally.") whose subject is made only of the question's words, or is a name
 * the question writes (`"cat_sort_uniq" is similar to …`, though "sort" alone only shapes a question).
 */
function definesQuestionTerm(unit: PassageSentence, question: QuestionAnalysis, analyzer: Analyzer, askedNames: string[]): boolean {
  const subject =
    unit.kind === 'field' ? unit.text.split(':', 1)[0] : unit.kind === 'sentence' ? DEFINITION.exec(unit.text)?.[1] : undefined;
  if (!subject || subject.split(/\s+/).length > 5) return false;
  if (askedNames.includes(subject.replace(/^["'`“‘]|["'`”’]$/gu, '').toLowerCase())) return true;
  const stems = analyzer.terms(subject);
  return stems.length > 0 && stems.every((stem) => question.terms.includes(stem));
}

interface UnitShape {
  /** A lead-in directly followed by the code or list it opens. */
  leadIn: boolean;
  /** It says what a thing the question names is. */
  defines: boolean;
}

/** How well a unit fits what the question asks for: a value for "default" and "how many", steps for "how do I", a
 * definition for "what is". */
function intentFit(unit: PassageSentence, question: QuestionAnalysis, heading: string, { leadIn, defines }: UnitShape): number {
  const { asksDefault, asksValue, asksHow, asksWhat } = question.intents;
  let fit = 0;
  if (asksWhat && defines) fit = 0.6;
  if (asksDefault && DEFAULT_WORD.test(unit.text)) fit = Math.max(fit, namesDefault(unit.text) || unit.kind === 'field' ? 1 : 0.5);
  // A value of another kind than the one asked for ("prior to 8.4" for "after how much time") fits less.
  if (asksValue && holdsAmount(unit.text, question.intents.valueKind)) fit = Math.max(fit, 0.7);
  else if (asksValue && VALUE.test(withoutReferences(unit.text))) fit = Math.max(fit, 0.4);
  // "To dump a database into a custom-format archive file:" above the command is how a manual answers "How do I …".
  if (
    asksHow &&
    (unit.kind === 'item' || leadIn || /\b(?:run|open|click|choose|select|go to|add|set|use|create|install)\b/i.test(unit.text))
  )
    fit = Math.max(fit, 0.6);
  if (asksDefault && !fit && DEFAULT_WORD.test(heading)) fit = 0.3;
  return fit;
}

/**
 * Reads the question and the passages' units: which question terms each unit holds, how much each term weighs (the
 * workspace's inverse document frequency), and the fixed parts of its score.
 */
export function analyse(question: string, passages: RetrievedPassage[], analyzer: Analyzer, terms?: QuestionTerm[]): Analysis {
  const units: PassageSentence[] = [];
  passages.forEach((passage, passageIndex) => {
    passageUnits(passage.content).forEach((unit, position) => {
      units.push({ ...unit, passageIndex, position, mentions: 0, stems: new Set(analyzer.terms(unit.text)) });
    });
  });
  const frequency = new Map<string, number>();
  for (const unit of units) for (const stem of unit.stems) frequency.set(stem, (frequency.get(stem) ?? 0) + 1);
  const asked = analyseQuestion(question, terms, analyzer, (term) => frequency.get(term) ?? 0, units.length);
  const presentWeight = asked.terms.reduce((sum, term) => sum + asked.weight(term), 0);
  const totalWeight = presentWeight + asked.missingWeight;
  const contexts = passages.map((passage) => analyzer.terms(contextOf(passage)));
  const ownHeadings = passages.map((passage) => new Set(analyzer.terms(ownHeadingOf(passage))));
  const questionWords = new Set(analyzer.terms(question));
  // How much of the question a passage's own heading names, when it names nothing else.
  const headingShares = passages.map((passage) => {
    const named = namedByHeading(ownHeadingOf(passage), questionWords, analyzer) ?? [];
    return presentWeight > 0
      ? sum(
          named.filter((term) => asked.terms.includes(term)),
          asked.weight,
        ) / presentWeight
      : 0;
  });
  // A section headed by a name the question writes as code (`define`) is about it, however common the word.
  const codeWords = new Set(codeWordsOf(question));
  const headedByCodeWord = passages.map((passage) => codeWords.has(ownHeadingOf(passage).trim().toLowerCase()));
  const headingIsSubject = headingShares.map((share, index) => share > SUBJECT_SHARE || headedByCodeWord[index] === true);
  const askedPairs = new Set([...asked.pairs].flatMap((pair) => bigrams(pair.split(' '), analyzer)));
  const contextPairs = contexts.map((context) => bigrams(context, analyzer).filter((pair) => askedPairs.has(pair)).length);
  // An API reference defines the entry its heading names with the entry's first sentence, in no "X is" form: "The
  // current input data being processed by node." under "rl.line" (after the History rows and the type line).
  const firstSentenceOf = new Map<number, number>();
  for (const unit of units) {
    // A sentence, not a label ("History"): it ends as one.
    if (unit.kind === 'sentence' && /[.!?]$/.test(unit.text) && !firstSentenceOf.has(unit.passageIndex)) {
      firstSentenceOf.set(unit.passageIndex, unit.position);
    }
  }
  const isEntry = passages.map((passage, index) => IDENTIFIER.test(ownHeadingOf(passage)) || headedByCodeWord[index] === true);
  const opensSubjectEntry = (unit: PassageSentence) =>
    isEntry[unit.passageIndex] === true &&
    ((headingShares[unit.passageIndex] ?? 0) > ENTRY_SHARE || headedByCodeWord[unit.passageIndex] === true) &&
    firstSentenceOf.get(unit.passageIndex) === unit.position;

  // The best passage may be all code (a README's "Time Format Written-Out" examples): for "how do I …" the code is
  // the answer, as it has no sentence to lead into it.
  const withProse = new Set(units.filter((unit) => unit.kind !== 'code' && isReadable(unit, analyzer)).map((unit) => unit.passageIndex));
  const isExampleAnswer = (unit: PassageSentence) =>
    unit.kind === 'code' && unit.passageIndex === 0 && (asked.intents.asksHow || asked.intents.asksCode) && !withProse.has(0);

  const askedNames = [...new Set([...codeNames(question), ...codeWords, ...entriesNamed(question, units)])];
  // The list items under the section of the function the question names are its parameters and their options ("sep
  // {string} … Default: '&'." under "querystring.stringify(obj[, sep[, eq]])", "depth <number> … Default: 2." under
  // "console.dir(obj[, options])"): parts of that function, not other entries. The section's other entries are not
  // (its History table's "Version: v18.0.0" rows).
  const namesAsked = (names: string[]) => names.some((name) => askedNames.some((asked) => name.includes(asked) || asked.includes(name)));
  const headedByAskedCall = passages.map((passage) => {
    const heading = ownHeadingOf(passage);
    return heading.includes('(') && namesAsked(codeNames(heading));
  });
  // A member is named by its own name too: "listen(0)" names the entry "server.listen(0) …", "kill" names "worker.kill".
  const askedWords = new Set(question.toLowerCase().match(/[\p{L}\p{N}_$]+/gu));
  const namesMember = (names: string[]) =>
    names.some((name) => name.includes('.') && askedWords.has(name.slice(name.lastIndexOf('.') + 1)));
  // When the question writes no code name, the entry it names was read from one of its words ("--auto" for "git gc
  // --auto"): an entry whose name is made of the question's words ("gc.autoPackLimit" for "How many packs … before
  // git gc --auto consolidates them?") may be its subject as much.
  const writesCodeName = codeNames(question).length > 0 || codeWords.size > 0;
  // A unit that defines another named entry than the ones the question names ("CELERYBEAT_PID_FILE: … Default is
  // /var/run/celeryd.pid." for the default of CELERYD_PID_FILE) shares words with the question, not its subject: it
  // is no answer, nor a part of one.
  const ofAnotherName = (unit: PassageSentence) => {
    const defined = unit.definedTerm ? entryNames(unit.definedTerm) : [];
    const parameter = unit.kind === 'item' && headedByAskedCall[unit.passageIndex] === true;
    if (askedNames.length === 0 || defined.length === 0 || parameter) return false;
    const namedInWords = !writesCodeName && isMadeOfQuestionWords(unit.definedTerm as string, asked.terms, analyzer);
    return !namesAsked(defined) && !namesMember(defined) && !namedInWords;
  };

  // A FAQ's heading asks the question its first sentence answers, however short ("No.").
  const headingAsks = passages.map((passage) => ownHeadingOf(passage).trim().endsWith('?'));
  const candidates: Candidate[] = [];
  units.forEach((unit, index) => {
    const matched = matchesOf(asked.terms, unit.stems, analyzer);
    unit.mentions = matched.size;
    const answersHeading = BARE_YES_OR_NO.test(unit.text) && headingAsks[unit.passageIndex] === true;
    if (!(isReadable(unit, analyzer) || isExampleAnswer(unit) || answersHeading) || presentWeight === 0 || ofAnotherName(unit)) return;
    const context = new Set(contexts[unit.passageIndex]);
    const ownHeading = ownHeadings[unit.passageIndex] as Set<string>;
    // A field or row is about its section's subject; so is any unit under a heading the question names in full
    // ("The default value is four megabytes (4MB)." under "work_mem (integer)" for "the default value of work_mem").
    const aboutSubject = unit.kind === 'field' || unit.kind === 'row' || headingIsSubject[unit.passageIndex];
    // A later sentence of a "term: definition" paragraph is about the term as much as its first one is.
    const defined = unit.definedTerm ? new Set(analyzer.terms(unit.definedTerm)) : null;
    // Under a section headed by a name the question writes as code, the path above says what kind of thing it is
    // ("Shared Options > define" for "the `define` config option"): the question's words for that kind are its subject.
    const kindOfCodeWord = headedByCodeWord[unit.passageIndex] === true ? context : ownHeading;
    const subjectOnly = asked.terms.filter(
      (term) => !matched.has(term) && ((aboutSubject && kindOfCodeWord.has(term)) || defined?.has(term) === true),
    );
    const contextOnly = asked.terms.filter((term) => !matched.has(term) && !subjectOnly.includes(term) && context.has(term));
    const held = [...matched].reduce((sum, [term, credit]) => sum + asked.weight(term) * credit, 0) + sum(subjectOnly, asked.weight);
    const heldInContext = contextOnly.reduce((sum, term) => sum + asked.weight(term), 0);
    const relevance = held / presentWeight;
    const contextRelevance = heldInContext / presentWeight;
    // A unit that holds none of the question's words may still answer from under its heading: the heading's words
    // count, whether as its subject (subjectOnly, in `relevance`) or as context.
    if (matched.size === 0 && relevance + contextRelevance < HEADING_ONLY_RELEVANCE) return;
    if (relevance + 0.5 * contextRelevance < MIN_RELEVANCE) return;
    const heading = passages[unit.passageIndex]?.heading ?? '';
    const phrases =
      bigrams(analyzer.terms(unit.text), analyzer).filter((pair) => askedPairs.has(pair)).length + (contextPairs[unit.passageIndex] ?? 0);
    const best = passages[0]?.rank ?? 0;
    const rank = passages[unit.passageIndex]?.rank ?? 0;
    const prior = best > 0 && rank > 0 ? (rank / best) ** RETRIEVAL_PRIOR_EXPONENT : 1 / (1 + 0.12 * unit.passageIndex);
    const fit = intentFit(unit, asked, heading, {
      leadIn: opensBlock(unit, units[index + 1]),
      defines: asked.intents.asksWhat && (definesQuestionTerm(unit, asked, analyzer, askedNames) || opensSubjectEntry(unit)),
    });
    // Under the section the question is about, a unit is more likely the answer than one of another section that
    // mentions the same name (a setting's own default against another setting's that is defined from it).
    const underSubject = headingIsSubject[unit.passageIndex] ? SUBJECT_SECTION_BONUS : 0;
    const bonus = 0.12 * Math.min(phrases, 2) + 0.25 * fit + underSubject;
    // A fragment, or a unit that only repeats the question's words ("Pre-bundle dependencies" for "Why does Vite
    // pre-bundle dependencies?"), says little on its own unless it holds the value that was asked for.
    const novel = [...unit.stems].filter((stem) => !asked.terms.includes(stem) && !/\W/.test(stem)).length;
    // "The main worktree cannot be removed." only repeats the words of "Can the main worktree be removed?": its
    // "cannot" is the answer.
    const answersWhether = asked.intents.asksWhether && YES_OR_NO.test(unit.text);
    const lengthFactor = unit.stems.size > 45 ? 0.8 : (unit.stems.size < 4 || novel === 0) && fit === 0 && !answersWhether ? 0.7 : 1;
    // "To create an index with non-default collation:" says what the code below it does; when the code is not shown
    // (no command or procedure was asked for), the lead-in alone answers nothing. Unless it holds the value asked
    // for: "Git will open Vim with a 4 windows layout distributed in the following way:" answers "how many windows".
    const { asksCode, asksHow, asksValue, asksDefault, valueKind } = asked.intents;
    const holdsAskedValue = (asksValue && holdsAmount(unit.text, valueKind)) || (asksDefault && namesDefault(unit.text));
    const hollow = opensCode(unit, units[index + 1]) && !asksCode && !asksHow && !holdsAskedValue ? HOLLOW_LEAD_IN_FACTOR : 1;
    candidates.push({
      ...unit,
      matched,
      contextOnly,
      subjectOnly,
      bonus,
      factor: lengthFactor * prior * hollow,
      coverage: (held + 0.5 * heldInContext) / totalWeight,
    });
  });
  return { question: asked, totalWeight: presentWeight, units, candidates };
}

/** The last step of a passage's heading path: its own section's name. */
const ownHeadingOf = (passage: RetrievedPassage) => lastHeading(passage.heading) ?? '';

/**
 * The terms of a section heading when the question names all of them, leaving out a trailing "(integer)" or
 * "(string)" type note; null when it does not ("setNotFoundHandler" for "How do I customize the 404 handler?").
 */
function namedByHeading(heading: string, questionWords: ReadonlySet<string>, analyzer: Analyzer): string[] | null {
  const named = analyzer.terms(heading.replace(/\s*\([^()]*\)\s*$/, ''));
  return named.length > 0 && named.every((term) => questionWords.has(term)) ? named : null;
}

/**
 * What a unit adds to an answer that already covers `covered`: question terms it holds (a covered one counts 30%),
 * half for terms only in its heading, plus its fixed bonus. With nothing covered, this is its score alone.
 */
export function gain(candidate: Candidate, analysis: Analysis, covered: ReadonlySet<string>): number {
  const weight = analysis.question.weight;
  const share = (term: string) => weight(term) * (covered.has(term) ? 0.3 : 1);
  const terms =
    [...candidate.matched].reduce((total, [term, credit]) => total + share(term) * credit, 0) + sum(candidate.subjectOnly, share);
  const context = candidate.contextOnly.reduce((sum, term) => sum + share(term), 0);
  return ((terms + 0.5 * context) / analysis.totalWeight + candidate.bonus) * candidate.factor;
}

export { holdsAmount, holdsQuantity, namesDefault };
