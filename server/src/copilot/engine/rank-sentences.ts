import type { QuestionTerm, RetrievedPassage } from './answer-engine';
import { isLeadIn, isLiteralList } from './passage-units';
import type { ValueKind } from './question';
import {
  type Analysis,
  analyse,
  BARE_YES_OR_NO,
  type Candidate,
  gain,
  holdsAmount,
  holdsQuantity,
  namesDefault,
  type PassageSentence,
} from './score-sentences';
import type { Analyzer } from './text/analyzer';

export interface AnswerSentence {
  /** Position of its passage in the request (0 = best retrieved). */
  passageIndex: number;
  /** Position of the unit inside its passage. */
  position: number;
  text: string;
  kind: PassageSentence['kind'];
  /** For code blocks: the fence language. */
  language: string | null;
}

export interface SelectOptions {
  maxSentences?: number;
  /** The answer stops growing past this length (the first sentence is always kept; a code block comes on top). */
  maxChars?: number;
}

/** After the first pick, a unit that only elaborates must add 60% of what the first did... */
const ELABORATION_RATIO = 0.6;
/** ...while one that answers a part of the question not yet covered needs only this much. */
const NEW_PART_MIN_GAIN = 0.25;
const MAX_CODE_CHARS = 900;
/** A sentence this short may only announce what the next one says. */
const ANNOUNCEMENT_WORDS = 12;
const wordCount = (text: string) => text.split(/\s+/).filter(Boolean).length;
/** A paragraph break between two units counts as this many units in between (more than any passage holds). */
const PARAGRAPH_DISTANCE = 1000;
/** An entry this short is quoted whole for "what is / what does X do". */
const MAX_ENTRY_UNITS = 4;
/**
 * Where the value a question asks for is looked for around a chosen unit, nearest first (1, -1, 2, -2, …): anywhere
 * in a passage of ordinary size, as a reference entry opens with "First available in v3.5.0" and ends with the row
 * that names the option.
 */
const VALUE_DISTANCES = Array.from({ length: 40 }, (_, i) => (i % 2 === 0 ? i / 2 + 1 : -(i + 1) / 2));
/** Where a first pick's own value is looked for when another quoted unit already holds one: its close neighbours. */
const ADJACENT_DISTANCES = VALUE_DISTANCES.slice(0, 4);

/**
 * Whether a unit is a later sentence of a sibling entry of the one `of` belongs to: "Default: true." closing the list
 * item above is that item's value, not the value of the item quoted. The first sentence of an entry may be a choice
 * listed under the quoted one ("- both (default): …" under "- prefixTrailingSlash: …", whose nesting the stored
 * passage no longer shows), so it is not ruled out; nor is anything under a quoted paragraph.
 */
function ofAnotherEntry(unit: PassageSentence, of: PassageSentence): boolean {
  return (
    unit.definedTerm !== undefined &&
    of.definedTerm !== undefined &&
    unit.definedTerm !== of.definedTerm &&
    unit.entryKind === of.entryKind &&
    !unit.text.startsWith(unit.definedTerm)
  );
}

/** Looks a unit up by its place: the passage's index in the request and the unit's position in the passage. */
type UnitAt = (passageIndex: number, position: number) => PassageSentence | undefined;

const sameEntry = (a: PassageSentence, b: PassageSentence) =>
  a.definedTerm !== undefined && a.definedTerm === b.definedTerm && a.entryKind === b.entryKind;

/** The "Default: …" field of the entry `unit` opens or belongs to, found among the entry's later units. */
function entryDefaultField(unit: PassageSentence, unitAt: UnitAt): PassageSentence | undefined {
  for (let position = unit.position + 1; ; position++) {
    const next = unitAt(unit.passageIndex, position);
    if (!next || !sameEntry(next, unit)) return undefined;
    if (next.kind === 'field' && DEFAULT_FIELD.test(next.text) && namesDefault(next.text)) return next;
  }
}

/** How far each later unit of `unit`'s paragraph or list item is from it: 1, 2, … */
function restOfParagraph(unit: PassageSentence, unitAt: UnitAt): number[] {
  const distances: number[] = [];
  for (let distance = 1; ; distance++) {
    const next = unitAt(unit.passageIndex, unit.position + distance);
    if (!next || next.kind === 'code' || next.startsParagraph) return distances;
    distances.push(distance);
  }
}

/** A "name: definition" field that opens an entry: an option or a name as references write them, not a label (Default:). */
function opensEntry(unit: PassageSentence): boolean {
  return unit.definedTerm !== undefined && unit.text.startsWith(unit.definedTerm) && /^(?:-|[\p{Ll}_$])/u.test(unit.definedTerm);
}

/** A field that is the default itself: "Default: false.", "Default value: 30". */
const DEFAULT_FIELD = /^default(?: value)?\s*:/i;

/**
 * A list item that is a step of a procedure: numbered ("2. Run the build."), or opening with what to do ("Run vite
 * build", "Add the plugin …"). A bulleted list of facts ("The process.stdin … streams may be redirected …") is not:
 * its other items are no part of the item asked about.
 */
const IMPERATIVE =
  /^(?:\d{1,3}[.)]\s|(?:run|open|click|choose|select|go|add|set|use|create|install|copy|edit|enter|type|make|start|stop|remove|delete|update|configure|enable|disable|navigate|press|paste|save|restart|check|ensure|download|upload|write|call|import|pass|replace|change|move|rename|build|deploy|register|define|specify|put|include|wrap|follow|sign|log|visit|apply|commit|push|pull|clone|initialize|generate|point|provide|mount|attach|keep|read|see|find|wait|return|send|verify|test|link|export|load|fill|tap|drag|scroll|accept|confirm|review|resolve)\b)/i;
const isStep = (text: string) => IMPERATIVE.test(text);

/** A command-line option or a `name: <type>` setting. */
const OPTION_NAME = /(?:^|\s)--[a-z][\w-]+|\b[a-z]+[A-Z]\w*:\s*</;

/** A short line without a full stop that names what follows ("dev server", "vite.config.js"). */
function isLabel(unit: PassageSentence): boolean {
  return unit.kind === 'sentence' && unit.text.split(/\s+/).length <= 4 && !/[.!?]$/.test(unit.text);
}

const CONTINUATION =
  /^(?:this|these|that|those|it|they|such|however|also|otherwise|in that case|if so|then|instead|as a result|to (?:accomplish|achieve|do) (?:this|that|so))\b/i;
/**
 * A sentence that leaves its subject to the one before ("Convenience property representing if the request ended
 * normally." then "Will evaluate to true if the response status was …"): it goes on saying what that one said.
 */
const SUBJECTLESS = /^(?:will|would|can|could|may|might|must|should|returns|defaults to)\b/i;
/**
 * A plural pronoun in a sentence's first clause points back to the sentence before ("There is no need to install
 * plugins for them, but …"); further on, its antecedent is usually in the same sentence ("… fixes, as long as they
 * are provided"). "It" is left out: it is as often "it is recommended".
 */
const BACK_REFERENCE = /\b(?:they|them|their|these|those)\b/i;
/** "Only use it inside overrides.": "it" as an object in the first clause, after a verb, is the thing just named. */
const firstClause = (text: string) => text.split(/[,;:]/, 1)[0] ?? '';
const continuesWithObject = (text: string) => /^\w+(?: \w+){0,3} (?:it|them)\b/i.test(firstClause(text));
/** A sentence about the code or example just above it: "This will copy …", "The above prints …". */
const DESCRIBES_ABOVE =
  /^(?:this|that|the (?:above|example|code|command|snippet)(?: above)?)\s+(?:will|would|does|prints|returns|creates|copies|makes|shows|outputs|sets|starts|runs|is|example|code|command)\b/i;
const pointsBack = (text: string) => CONTINUATION.test(text) || BACK_REFERENCE.test(firstClause(text));

/** Overlapping passages repeat units; rephrased repeats say the same thing. */
function isNearDuplicate(a: PassageSentence, b: PassageSentence): boolean {
  if (a.text.toLowerCase() === b.text.toLowerCase()) return true;
  let shared = 0;
  for (const term of a.stems) if (b.stems.has(term)) shared++;
  return shared / (a.stems.size + b.stems.size - shared || 1) >= 0.8;
}

/**
 * Greedy selection by marginal gain: each pick is the unit that adds most to what the answer already covers, so a
 * two-part question gets a unit for each part instead of three on the first. Bounded: every turn removes one
 * candidate or stops.
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
  // Between units that add as much, the one nearest a unit already chosen: "Default: '[Redacted]'" in the entry of
  // the censor option the answer quotes, not "Default: undefined" at the top of the whole redact section; and one of
  // the chosen unit's own paragraph before one across a paragraph break ("Defaults to false." closing the paragraph
  // of the setting asked about, not the same words closing the paragraph above).
  const startsParagraphAt = new Set(
    analysis.units.filter((unit) => unit.startsParagraph).map((unit) => `${unit.passageIndex}:${unit.position}`),
  );
  const paragraphsApart = (a: PassageSentence, b: PassageSentence) => {
    let breaks = 0;
    for (let position = Math.min(a.position, b.position) + 1; position <= Math.max(a.position, b.position); position++)
      if (startsParagraphAt.has(`${a.passageIndex}:${position}`)) breaks++;
    return breaks;
  };
  const distance = (candidate: Candidate) =>
    Math.min(
      Number.POSITIVE_INFINITY,
      ...chosen
        .filter((unit) => unit.passageIndex === candidate.passageIndex)
        .map((unit) => PARAGRAPH_DISTANCE * paragraphsApart(unit, candidate) + Math.abs(unit.position - candidate.position)),
    );
  while (chosen.length < maxSentences && remaining.length > 0) {
    let bestIndex = -1;
    let bestGain = 0;
    remaining.forEach((candidate, i) => {
      const value = gain(candidate, analysis, covered);
      if (!acceptable(candidate, value)) return;
      const tie = bestIndex >= 0 && Math.abs(value - bestGain) < 1e-9;
      if (value > bestGain + 1e-9 || (tie && distance(candidate) < distance(remaining[bestIndex] as Candidate))) {
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
    for (const term of [...best.matched.keys(), ...best.subjectOnly]) covered.add(term);
  }
  return chosen;
}

/**
 * Completes the picks so the answer answers and reads well:
 * - a value the question asks for ("default", "how many") that sits in a neighbouring unit of the chosen one
 *   ("Default: 5173" under "Specify server port.");
 * - the sentence a chosen one depends on ("This …", "It …");
 * - the steps of a list the answer quotes from, or that a chosen lead-in ("…, run:") opens;
 * - the code block right after a chosen unit, when the question asks for a command or code.
 */
function complete(chosen: Candidate[], analysis: Analysis, maxChars: number): PassageSentence[] {
  const key = (unit: PassageSentence) => `${unit.passageIndex}:${unit.position}`;
  const result = new Map<string, PassageSentence>(chosen.map((unit) => [key(unit), unit]));
  let length = chosen.reduce((sum, unit) => sum + unit.text.length + 1, 0);
  const add = (unit: PassageSentence | undefined, limit = maxChars) => {
    if (!unit || result.has(key(unit))) return false;
    if (unit.kind !== 'code' && length + unit.text.length > limit) return false;
    if ([...result.values()].some((other) => isNearDuplicate(other, unit))) return false;
    result.set(key(unit), unit);
    if (unit.kind !== 'code') length += unit.text.length + 1;
    return true;
  };
  // Completion walks neighbours in loops: look them up by place, not by scanning every unit each time.
  const byPlace = new Map(analysis.units.map((unit) => [key(unit), unit]));
  const unitAt: UnitAt = (passageIndex, position) => byPlace.get(`${passageIndex}:${position}`);
  const { intents } = analysis.question;
  const [first] = chosen;
  if (!first) return [];
  // A list item is a fragment of the sentence around its list: "If you have assets that are:" … "- Never referenced in
  // source code (e.g. robots.txt)" … "Then you can place the asset in the public directory." The lead-in and a
  // sentence that completes the list ("Then …") come with it.
  const addListFrame = (item: PassageSentence) => {
    let before = item.position - 1;
    while (unitAt(item.passageIndex, before)?.kind === 'item') before--;
    const leadIn = unitAt(item.passageIndex, before);
    if (leadIn && leadIn.kind !== 'code' && isLeadIn(leadIn.text)) add(leadIn, maxChars + 200);
    let after = item.position + 1;
    while (unitAt(item.passageIndex, after)?.kind === 'item') after++;
    const completion = unitAt(item.passageIndex, after);
    if (completion && completion.kind === 'sentence' && CONTINUATION.test(completion.text)) add(completion, maxChars + 200);
  };

  // A default is a value called the default ("Default: 'localhost'", "both (default)"); a size, count or duration is a
  // number, in figures or in words. When the question names the kind of amount ("how often": a duration), a unit
  // holding one of that kind is looked for first, then any value.
  const holdsValue = (unit: PassageSentence, kind: ValueKind | null) =>
    (intents.asksDefault ? namesDefault(unit.text) : holdsQuantity(unit.text)) && (kind === null || holdsAmount(unit.text, kind));
  // Next to any chosen unit, best first: the unit naming the setting is not always the first pick ("idle connections
  // … (see keepAliveTimeout)" first, then "Defines the server keep-alive timeout…" under "Default: 72000").
  const addValueNear = (units: Candidate[], kind: ValueKind | null, distances: number[]) => {
    for (const unit of units) {
      // The unit's own paragraph first ("directory specifies … URLs are not supported. Defaults to the current working
      // directory …"), then its neighbours nearest first: the paragraph above may close with another setting's value.
      for (const distance of [...restOfParagraph(unit, unitAt), ...distances]) {
        const neighbour = unitAt(unit.passageIndex, unit.position + distance);
        if (
          neighbour &&
          neighbour.kind !== 'code' &&
          !ofAnotherEntry(neighbour, unit) &&
          holdsValue(neighbour, kind) &&
          add(neighbour, maxChars + 200)
        )
          return true;
      }
    }
    return false;
  };
  // The first pick is what the question is most about: its own value comes first, right next to it ("statusCodes …
  // to retry" then "Default: [429, …]"), even when another quoted unit holds a value of its own ("methods … Default:
  // ['GET', …]"); only then a value near any quoted unit, when none holds one.
  // An entry that states its default in a field of its own ("useGlobal {boolean} If true, … the default evaluation
  // function …" then "Default: false.") answers with that field, though its first line has a "default" and a value.
  const statedDefault = intents.asksDefault && first.kind !== 'field' ? entryDefaultField(first, unitAt) : undefined;
  if (statedDefault) add(statedDefault, maxChars + 200);
  else if (intents.asksDefault || intents.asksValue) {
    for (const kind of intents.valueKind ? [intents.valueKind, null] : [null]) {
      if (holdsValue(first, kind)) break;
      const othersHold = chosen.some((unit) => holdsValue(unit, kind));
      if (addValueNear([first], kind, othersHold ? ADJACENT_DISTANCES : VALUE_DISTANCES)) break;
      if (othersHold || addValueNear(chosen.slice(1), kind, VALUE_DISTANCES)) break;
    }
  }
  // "What does the stale option do?" is answered by the whole entry when it is short: its first sentence often only
  // sets the scene ("By default, …"), a later one says what the option does.
  if (intents.asksWhat && first.definedTerm && first.kind !== 'row') {
    const entry = analysis.units.filter(
      (unit) =>
        unit.passageIndex === first.passageIndex &&
        unit.kind !== 'code' &&
        unit.definedTerm === first.definedTerm &&
        unit.entryKind === first.entryKind,
    );
    const entryLength = entry.reduce((sum, unit) => sum + unit.text.length + 1, 0);
    if (entry.length <= MAX_ENTRY_UNITS && entryLength <= maxChars) for (const unit of entry) add(unit);
  }
  // "No." under "Should I commit my .env file?" is the answer; what follows it says when or why ("Unless you encrypt it
  // with dotenvx.").
  if (BARE_YES_OR_NO.test(first.text)) {
    const next = unitAt(first.passageIndex, first.position + 1);
    if (next?.kind === 'sentence') add(next);
  }
  // A lone pick reads better with the next unit of its passage when that one is about the question too, or plainly
  // continues it; table rows stand alone (the next row is another record), and so does an entry followed by the next
  // entry ("--soft: …" then "--mixed: …": the question named one option).
  if (chosen.length === 1 && first.kind !== 'row') {
    const next = unitAt(first.passageIndex, first.position + 1);
    const nextEntry = next?.definedTerm !== undefined && next.definedTerm !== first.definedTerm;
    if (next && next.kind !== 'code' && next.kind !== 'row' && !nextEntry && (next.mentions > 0 || CONTINUATION.test(next.text))) add(next);
  }
  // A definition followed by its value case by case ("The platform-specific file path of the null device." over
  // "- \\.\nul on Windows" and "- /dev/null on POSIX"): the item of the case the question names finishes it.
  if (first.kind === 'sentence' && !isLeadIn(first.text)) {
    const uncovered = analysis.question.terms.filter((term) =>
      chosen.every((unit) => !unit.matched.has(term) && !unit.subjectOnly.includes(term)),
    );
    for (let position = first.position + 1; ; position++) {
      const item = unitAt(first.passageIndex, position);
      if (item?.kind !== 'item') break;
      if (uncovered.some((term) => item.stems.has(term))) add(item, maxChars + 200);
    }
  }
  for (const unit of chosen) {
    if (unit.kind === 'item' && !intents.asksHow) addListFrame(unit);
    const dependent = pointsBack(unit.text);
    // A field completes the unit above ("Specify server port." over "Default: 5173"), unless it opens an entry of its
    // own ("--overlay, --no-overlay: …", "max: …"): what is above it then ends the entry before (a printed page can
    // start a passage with it: "Just like git-checkout(1), this will detach HEAD of the submodule.").
    if (dependent || (unit.kind === 'field' && !opensEntry(unit))) {
      const previous = unitAt(unit.passageIndex, unit.position - 1);
      // The line that opens the field's own entry names it, though the question may name it otherwise
      // ("cluster.settings.exec" for "exec <string> File path to worker file." over "Default: process.argv[1].").
      const opensOwnEntry = previous !== undefined && opensEntry(previous) && sameEntry(previous, unit);
      if (previous && previous.kind !== 'code' && !ofAnotherEntry(previous, unit) && (dependent || previous.mentions > 0 || opensOwnEntry))
        add(previous, maxChars + 200);
    }
    // "This will copy everything except .pyc files" says what the example right above it does: for "how do I", that
    // example (with its lead-in) is the answer.
    if ((intents.asksHow || intents.asksCode) && DESCRIBES_ABOVE.test(unit.text)) {
      const above = unitAt(unit.passageIndex, unit.position - 1);
      if (above?.kind === 'code' && above.text.length <= MAX_CODE_CHARS && add(above)) {
        const leadIn = unitAt(unit.passageIndex, unit.position - 2);
        if (leadIn?.kind === 'sentence' && isLeadIn(leadIn.text)) add(leadIn, maxChars + 200);
      }
    }
    const next = unitAt(unit.passageIndex, unit.position + 1);
    if (intents.asksCode && next?.kind === 'code' && next.text.length <= MAX_CODE_CHARS) add(next);
    // A sentence ending on a colon above a short list of values ("accepts these representations for the true state:"
    // over "true / yes / on / 1") is finished by that list, which is shown even when no code was asked for.
    if (next?.kind === 'code' && isLeadIn(unit.text) && isLiteralList(next.text)) add(next);
    // "Let's assume we want "module" on every log line." is followed by how: "To accomplish this, use a child logger:".
    if (intents.asksHow && next?.kind === 'sentence' && CONTINUATION.test(next.text) && isLeadIn(next.text)) {
      add(next, maxChars + 200);
      const code = unitAt(next.passageIndex, next.position + 1);
      if (code?.kind === 'code' && code.text.length <= MAX_CODE_CHARS) add(code);
    }
    if (next?.kind === 'sentence' && (continuesWithObject(next.text) || SUBJECTLESS.test(next.text))) add(next);
    // A short sentence announces what the next one of its paragraph, about what it named, says ("Special meaning is
    // attached to stdout and stderr." then "Usage of these will result in report being written to the associated
    // standard streams."). A longer one has said its piece.
    if (
      unit.kind === 'sentence' &&
      wordCount(unit.text) <= ANNOUNCEMENT_WORDS &&
      next?.kind === 'sentence' &&
      !next.startsParagraph &&
      !isLeadIn(next.text) &&
      pointsBack(next.text)
    )
      add(next);
    const step = intents.asksHow && unit.kind === 'item' && isStep(unit.text);
    if (isLeadIn(unit.text) || step) {
      // What the lead-in opens (or the rest of the steps), in order, until prose resumes: list items, fields, short
      // labels ("dev server") and, for a "how" or command question, the code blocks among them.
      const wantsCode = intents.asksCode || intents.asksHow;
      for (let position = unit.position + 1; ; position++) {
        const item = unitAt(unit.passageIndex, position);
        if (!item) break;
        if (item.kind === 'code') {
          if (wantsCode && item.text.length <= MAX_CODE_CHARS) add(item);
          continue;
        }
        if (item.kind !== 'item' && item.kind !== 'field' && !isLabel(item)) break;
        add(item, maxChars + 300);
      }
      if (step) {
        for (let position = unit.position - 1; ; position--) {
          const item = unitAt(unit.passageIndex, position);
          if (item?.kind !== 'item') break;
          add(item, maxChars + 300);
        }
      }
    }
  }
  // "How do I …" answered from a reference page: the option or command that does it, when the passage names one in
  // a field or table row ("CLI Override: --require-pragma").
  if (intents.asksHow && ![...result.values()].some((unit) => OPTION_NAME.test(unit.text))) {
    const option = analysis.units.find(
      (unit) => unit.passageIndex === first.passageIndex && (unit.kind === 'row' || unit.kind === 'field') && OPTION_NAME.test(unit.text),
    );
    add(option, maxChars + 200);
  }
  return [...result.values()];
}

/**
 * Passages in retrieval order, so [1] is the best-ranked passage the answer quotes: retrieval weighed each whole
 * passage against the workspace, which the sentence scores (one unit at a time) cannot; inside a passage, the
 * document's own order.
 */
function order(units: PassageSentence[]): AnswerSentence[] {
  return [...units]
    .sort((a, b) => a.passageIndex - b.passageIndex || a.position - b.position)
    .map(({ passageIndex, position, text, kind, language }) => ({ passageIndex, position, text, kind, language }));
}

export interface Selection {
  sentences: AnswerSentence[];
  analysis: Analysis;
}

/**
 * The units of the passages that best answer the question, in the order the answer should tell them; an empty
 * list means nothing relevant was found. Deterministic: the same question and passages give the same units.
 */
export function selectAnswerSentences(
  question: string,
  passages: RetrievedPassage[],
  analyzer: Analyzer,
  terms?: QuestionTerm[],
  options: SelectOptions = {},
): Selection {
  const maxSentences = options.maxSentences ?? 4;
  const maxChars = options.maxChars ?? 700;
  const analysis = analyse(question, passages, analyzer, terms);
  if (analysis.question.terms.length === 0) return { sentences: [], analysis };
  const chosen = pick(analysis, maxSentences, maxChars);
  if (chosen.length === 0) return { sentences: [], analysis };
  return { sentences: order(complete(chosen, analysis, maxChars)), analysis };
}
