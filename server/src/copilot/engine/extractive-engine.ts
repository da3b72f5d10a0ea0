import {
  type AnswerChunk,
  type AnswerEngine,
  type AnswerRequest,
  type Citation,
  pause,
  type RetrievedPassage,
  throwIfAborted,
} from './answer-engine';
import { lastHeading } from './heading-path';
import { noAnswerText, notFound } from './no-answer';
import { type AnswerSentence, selectAnswerSentences } from './rank-sentences';
import { type RelatedSource, relatedSources, SEE_ALSO } from './related-sources';
import { createAnalyzer } from './text/analyzer';

export interface ExtractiveEngineOptions {
  /** Pause between deltas, for demos where the answer should read as if typed. 0 (the default) only yields. */
  delayMs?: number;
  /** Words per delta. */
  wordsPerDelta?: number;
  maxSentences?: number;
  /** The workspace's search language (a PostgreSQL text search configuration): stemming and stop words. */
  language?: string;
}

export interface ComposedAnswer {
  text: string;
  citations: Citation[];
}

/** Puts " [n]" before the final punctuation of a run of sentences: "… within 5 days [1]." */
function cite(text: string, number: number): string {
  // After an abbreviation ("7 p.m.") the period belongs to the word: the marker goes after it.
  const end = /\b\p{L}\.\p{L}\.$/u.test(text) ? null : /[.!?]$/.exec(text);
  return end ? `${text.slice(0, -1)} [${number}]${end[0]}` : `${text} [${number}]`;
}

/**
 * A unit as it reads in an answer: table rows and list items often lack a full stop, code is a fenced block. A closing
 * quote or bracket ends a sentence only after its punctuation ('… "now."'), not on its own ("Default: 72000 (72
 * seconds)" ran into the next sentence).
 */
function asProse(sentence: AnswerSentence): string {
  return /[.!?:;…]["”'’)\]]*$/.test(sentence.text) ? sentence.text : `${sentence.text}.`;
}

/**
 * A sentence that leaves its subject to the section heading above it: "When enabled, …", "Set to false to …",
 * "Whether to …", "Defaults to …" under "### lowercaseHex" in a README or a docs site's option reference.
 */
const SUBJECT_LEFT_TO_HEADING =
  /^(?:(?:when|if|once) (?:(?:it|this|this option|the option) (?:is )?)?(?:enabled|disabled|set|true|false|on|off|used|specified|given|omitted|passed|provided|present)\b|(?:enabled|disabled) by default\b|defaults? to\b|set (?:it |this )?to\b|setting (?:it |this )?to\b|whether to\b)/i;
/** A sentence about something just named: "This list contains …", "It returns …". */
const POINTS_BACK = /^(?:this|these|that|those|it|they|its|their)\b/i;
/** A heading that is a call: a function or method name and its parameters ("queue.unshift(task, done)", "escape(value)"). */
const CALL_HEADING = /^(?:new\s+)?([\p{L}_$][\p{L}\p{N}_$]*(?:\.[\p{L}_$][\p{L}\p{N}_$]*)*)\s*\([^()]*\)$/u;
/** A heading that is the name of an option or setting: one word, written as code ("lowercaseHex", "server.port", "--check", "minimal"). */
const NAME_HEADING = /^(?:--?)?(?:\p{Ll}[\p{L}\p{N}]*|[\p{L}\p{N}]+(?:[._-][\p{L}\p{N}]+)+)$/u;

/** A name written only as code: dotted, snake_case or camelCase ("worker.SHARE_ENV", "max_connections", "keepAlive"). */
const CODE_NAME_HEADING = /[._]|\p{Ll}\p{Lu}/u;

/**
 * "lowercaseHex: When enabled, …": the option a sentence is about, when only its heading names it. Without it, an
 * answer to "How do I make the hex digits lowercase?" says what to enable without saying what.
 */
function withHeadingSubject({ text, kind }: AnswerSentence, passage: RetrievedPassage | undefined): string {
  const heading = lastHeading(passage?.heading ?? null)?.trim();
  if (!heading || heading.length > 60) return text;
  // An API entry headed by its call ("queue.unshift(task, done)") describes it in a verb phrase ("Add a task at the
  // beginning of the queue."), which never names it; an option's entry names it in all but conditional openers.
  // The method's own name is enough ("getFileInfo can be used …" under "prettier.getFileInfo(…)"); a sentence that
  // points back ("This list contains …") is about a part of the entry, not the call.
  const names = (name: string) => text.toLowerCase().includes(name.toLowerCase());
  const call = CALL_HEADING.exec(heading)?.[1]?.split('.').at(-1);
  if (call) {
    const readsAlone = kind !== 'sentence' || POINTS_BACK.test(text) || names(call);
    return readsAlone ? text : `${heading}: ${text}`;
  }
  if (heading.length > 40 || !NAME_HEADING.test(heading) || names(heading)) return text;
  // An API reference describes a property or constant in a noun phrase ("A special value that can be passed as the env
  // option …" under "worker.SHARE_ENV"), which says what it is without naming it.
  const describesCodeName = kind === 'sentence' && CODE_NAME_HEADING.test(heading) && /^an?\s/i.test(text);
  return SUBJECT_LEFT_TO_HEADING.test(text) || describesCodeName ? `${heading}: ${text}` : text;
}

function fenced(sentence: AnswerSentence): string {
  const longestRun = Math.max(2, ...(sentence.text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${sentence.language ?? ''}\n${sentence.text}\n${fence}`;
}

/**
 * What the answer took from one passage, for the reader to check: its prose units, in the passage's order, each once.
 * Code is left out (it is shown whole as a block, and its text is not a sentence to find in the passage).
 */
function quotesOf(sentences: AnswerSentence[], passageIndex: number): string[] {
  const used = sentences
    .filter((sentence) => sentence.passageIndex === passageIndex && sentence.kind !== 'code')
    .sort((a, b) => a.position - b.position)
    .map((sentence) => sentence.text);
  return [...new Set(used)];
}

/** Code with no sentence of its own (an examples section) is led in by its section's name: "Examples [1]:". */
function codeLeadIn(passage: RetrievedPassage, number: number): string {
  const section = lastHeading(passage.heading)?.trim();
  return section ? `${section} [${number}]:` : `[${number}]`;
}

function listInProse(items: string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

/**
 * The answer's text: consecutive units from one passage form a run cited once at its end; passages are numbered
 * in order of first use. A code block follows the run it belongs to, on lines of its own. Related passages the
 * answer does not quote close it in a paragraph of their own ("See also: server.port [2].").
 */
export function composeAnswer(sentences: AnswerSentence[], passages: RetrievedPassage[], related: RelatedSource[] = []): ComposedAnswer {
  const citations: Citation[] = [];
  const numbers = new Map<number, number>();
  const parts: string[] = [];
  let run: string[] = [];
  let code: string[] = [];
  sentences.forEach((sentence, i) => {
    if (sentence.kind === 'code') code.push(fenced(sentence));
    // A run's first sentence is read without its heading (the citation shows the heading, the text does not).
    else
      run.push(asProse(run.length === 0 ? { ...sentence, text: withHeadingSubject(sentence, passages[sentence.passageIndex]) } : sentence));
    if (sentences[i + 1]?.passageIndex === sentence.passageIndex) return;
    let number = numbers.get(sentence.passageIndex);
    if (number === undefined) {
      number = citations.length + 1;
      numbers.set(sentence.passageIndex, number);
      citations.push({
        index: number,
        passageId: (passages[sentence.passageIndex] as RetrievedPassage).id,
        quotes: quotesOf(sentences, sentence.passageIndex),
      });
    }
    const prose = run.length > 0 ? cite(run.join(' '), number) : codeLeadIn(passages[sentence.passageIndex] as RetrievedPassage, number);
    parts.push([prose, ...code].join('\n\n'));
    run = [];
    code = [];
  });
  // A part that ends in a code block needs a blank line before the next one; prose runs flow on.
  const text = parts.reduce((answer, part, i) => (i === 0 ? part : `${answer}${/```\s*$/.test(answer) ? '\n\n' : ' '}${part}`), '');
  if (related.length === 0) return { text, citations };
  const named = related.map((source) => {
    const number = citations.length + 1;
    citations.push({ index: number, passageId: (passages[source.passageIndex] as RetrievedPassage).id, quotes: [source.quote] });
    return `${source.label} [${number}]`;
  });
  return { text: `${text}\n\n${SEE_ALSO} ${listInProse(named)}.`, citations };
}

/** Words with the whitespace that follows them, in groups, so that joining the deltas gives the text back. */
export function deltas(text: string, wordsPerDelta: number): string[] {
  const tokens = text.match(/\s*\S+\s*/g) ?? [];
  const groups: string[] = [];
  for (let i = 0; i < tokens.length; i += wordsPerDelta) groups.push(tokens.slice(i, i + wordsPerDelta).join(''));
  return groups;
}

/**
 * The built-in engine: no model, no external service. It answers with sentences taken from the passages
 * themselves (see selectAnswerSentences), each run cited, or says plainly that the documents hold no answer.
 * The answer is streamed like a model's, a few words per delta, giving the event loop a turn between deltas so that
 * an abort is honoured at once.
 */
export function createExtractiveEngine(options: ExtractiveEngineOptions = {}): AnswerEngine {
  const delayMs = options.delayMs ?? 0;
  const wordsPerDelta = Math.max(1, options.wordsPerDelta ?? 2);
  const analyzer = createAnalyzer(options.language ?? 'english');

  async function* answer(request: AnswerRequest): AsyncGenerator<AnswerChunk> {
    throwIfAborted(request.signal);
    const selection = selectAnswerSentences(request.question, request.passages, analyzer, request.terms, {
      maxSentences: options.maxSentences,
    });
    const missing = notFound(request.question, selection, request.passages, analyzer.language);
    const composed: ComposedAnswer = missing
      ? { text: noAnswerText(missing), citations: [] }
      : composeAnswer(selection.sentences, request.passages, relatedSources(selection, request.passages));
    for (const text of deltas(composed.text, wordsPerDelta)) {
      await pause(delayMs, request.signal);
      yield { type: 'delta', text };
    }
    throwIfAborted(request.signal);
    yield { type: 'citations', citations: composed.citations };
  }

  return { name: 'extractive', answer };
}
