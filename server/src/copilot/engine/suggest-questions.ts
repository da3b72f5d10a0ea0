import { lastHeading } from './heading-path';

export interface DocumentOutline {
  title: string;
  /** Headings or heading paths ("Billing > Refunds"), in any order. */
  headings: string[];
}

// Headings that name a part of a document, not a subject anyone asks about.
// biome-ignore format: a word list reads better packed
const GENERIC = new Set([
  'introduction', 'intro', 'overview', 'summary', 'contents', 'table of contents', 'appendix', 'faq', 'faqs', 'notes',
  'conclusion', 'background', 'references', 'index', 'misc', 'miscellaneous', 'other', 'others', 'details', 'general',
  'about', 'about us', 'preface', 'changelog', 'glossary', 'definitions', 'scope', 'purpose', 'contact', 'contact us',
  'resources', 'links', 'see also', 'examples', 'example', 'abstract', 'untitled', 'todo', 'draft', 'columns',
]);

// Verbs that start task headings ("Request a refund", "Resetting your password"), for "How do I …?" questions.
// biome-ignore format: a word list reads better packed
const VERBS = new Set([
  'access', 'add', 'apply', 'approve', 'book', 'cancel', 'change', 'choose', 'claim', 'close', 'configure', 'connect',
  'contact', 'create', 'delete', 'deploy', 'disable', 'downgrade', 'enable', 'export', 'file', 'find', 'get', 'import',
  'install', 'invite', 'join', 'leave', 'log', 'manage', 'migrate', 'move', 'open', 'pay', 'prepare', 'register',
  'remove', 'renew', 'report', 'request', 'reset', 'restore', 'return', 'rotate', 'run', 'schedule', 'set', 'share',
  'sign', 'start', 'submit', 'switch', 'track', 'transfer', 'update', 'upgrade', 'upload', 'use', 'write',
]);

// Nouns of rules and arrangements: "Refund policy" becomes "What is our refund policy?".
const SINGULAR_RULES = new Set([
  'policy',
  'process',
  'procedure',
  'schedule',
  'pricing',
  'strategy',
  'roadmap',
  'budget',
  'workflow',
  'setup',
]);
const PLURAL_RULES = new Set([
  'policies',
  'guidelines',
  'rules',
  'terms',
  'conditions',
  'requirements',
  'hours',
  'limits',
  'benefits',
  'values',
  'prices',
]);
// Plurals that name facts to look up: "Processing times" becomes "What are the processing times?".
const FACT_PLURALS = new Set([
  'times',
  'dates',
  'deadlines',
  'fees',
  'rates',
  'costs',
  'steps',
  'options',
  'contacts',
  'locations',
  'holidays',
]);
const DOCUMENT_NOUNS = new Set([
  'handbook',
  'guide',
  'manual',
  'playbook',
  'report',
  'checklist',
  'notes',
  'wiki',
  'faq',
  'runbook',
  'minutes',
]);
const QUESTION_START = /^(?:how|what|why|when|where|who|which|can|do|does|is|are|should|will)\b/i;

/** The verb a gerund comes from, when it is a known task verb: "requesting" → "request", "setting" → "set". */
function baseVerb(gerund: string): string | null {
  if (!gerund.endsWith('ing')) return null;
  const stem = gerund.slice(0, -3);
  const candidates = [stem, `${stem}e`, stem.slice(0, -1)];
  return candidates.find((candidate) => VERBS.has(candidate)) ?? null;
}

/**
 * Words as they read inside a sentence: a Title Case heading is lower-cased throughout, a sentence-case one only at
 * its start (its other capitals are names); acronyms and words like "GitHub" keep their capitals either way.
 */
function inSentence(phrase: string): string[] {
  const words = phrase.split(' ');
  const long = words.filter((word) => word.length > 3);
  const titleCase = words.length > 1 && long.length > 0 && long.every((word) => /^\p{Lu}/u.test(word));
  return words.map((word, i) => {
    if (/\p{Lu}/u.test(word.slice(1)) || word === 'I') return word;
    if (i === 0 || titleCase) return word.toLowerCase();
    return word;
  });
}

function asSpoken(words: string[]): string {
  return words
    .map((word) => ({ your: 'my', yours: 'mine' })[word.toLowerCase()] ?? word)
    .join(' ')
    .replace(/\s+&\s+/g, ' and ');
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

/** The subject a heading names: its last path segment without numbering, punctuation or Markdown marks. */
function topicOf(heading: string): string {
  return (lastHeading(heading) ?? '')
    .replace(/[*_`#]/g, '')
    .replace(/^(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z][.)])\s+/, '')
    .replace(/[:.;,\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
}

export interface SuggestedQuestion {
  text: string;
  /** 2 for a question shaped by the heading (a task, a rule), 1 for "How do … work?", 0 for the generic form. */
  quality: number;
}

/** A natural question about a heading's subject, or null for headings nobody asks about ("Overview"). */
export function questionFor(heading: string): SuggestedQuestion | null {
  const topic = topicOf(heading);
  const lower = topic.toLowerCase();
  if (topic.length < 3 || topic.length > 80 || GENERIC.has(lower) || !/\p{L}/u.test(topic)) return null;
  if (topic.endsWith('?')) return { text: capitalize(topic), quality: 2 };
  const howTo = /^how to\s+(.+)$/i.exec(topic);
  if (howTo?.[1]) return { text: `How do I ${asSpoken(inSentence(howTo[1]))}?`, quality: 2 };
  if (QUESTION_START.test(topic)) return { text: `${capitalize(topic)}?`, quality: 2 };
  const words = inSentence(topic);
  const [first = '', ...rest] = words;
  const versus = /^(.+?)\s+(?:vs\.?|versus)\s+(.+)$/i.exec(topic);
  if (versus?.[1] && versus[2]) {
    return {
      text: `What is the difference between ${asSpoken(inSentence(versus[1]))} and ${asSpoken(inSentence(versus[2]))}?`,
      quality: 2,
    };
  }
  const verb = VERBS.has(first) ? first : baseVerb(first);
  if (verb && rest.length > 0) return { text: `How do I ${asSpoken([verb, ...rest])}?`, quality: 2 };
  const phrase = asSpoken(words);
  const lowerWords = words.map((word) => word.toLowerCase());
  if (lowerWords.some((word) => PLURAL_RULES.has(word))) return { text: `What are our ${phrase}?`, quality: 2 };
  if (lowerWords.some((word) => SINGULAR_RULES.has(word))) return { text: `What is our ${phrase}?`, quality: 2 };
  const last = lowerWords.at(-1) ?? '';
  if (FACT_PLURALS.has(last)) return { text: `What are the ${phrase}?`, quality: 2 };
  if (words.length === 1 && /..ing$/.test(last)) return { text: `How does ${phrase} work?`, quality: 1 };
  const simplePlural = /[^su]s$/.test(last) && last.length > 3 && words.length <= 3 && !/ and /.test(phrase);
  if (simplePlural) return { text: `How do ${phrase} work?`, quality: 1 };
  return { text: `What should I know about ${phrase}?`, quality: 0 };
}

/** A question about a whole document, from its title: "Employee handbook" → "What does the employee handbook cover?" */
function questionForTitle(title: string): SuggestedQuestion | null {
  // Titles taken from file names ("refund-policy", "team_notes_v2") read better with spaces.
  const readable = /\s/.test(title.trim()) ? title : title.replace(/[-_]+/g, ' ');
  const words = inSentence(topicOf(readable));
  if (DOCUMENT_NOUNS.has(words.at(-1)?.toLowerCase() ?? '')) return { text: `What does the ${asSpoken(words)} cover?`, quality: 1 };
  return questionFor(readable);
}

/** A heading or title as it stands, for languages the question templates are not written in. */
function topicFor(text: string): SuggestedQuestion | null {
  const topic = topicOf(text).trim();
  return topic && !GENERIC.has(topic.toLowerCase()) ? { text: topic, quality: 1 } : null;
}

/**
 * Up to `max` questions to start a conversation with, drawn from the documents' headings (and titles): each
 * document's best question first, taking turns between documents so that one long document does not fill the list.
 * The question templates are English: for documents searched in another language, the suggestions are their
 * headings and titles themselves, in the documents' own words (asking about a topic works in any language).
 * Pure and deterministic: the same outline always gives the same questions.
 */
export function suggestQuestions(outline: DocumentOutline[], max = 5, language = 'english'): string[] {
  const forHeading = language === 'english' ? questionFor : topicFor;
  const forTitle = language === 'english' ? questionForTitle : topicFor;
  const perDocument = outline.map((document) => {
    const candidates = [...document.headings.map(forHeading), forTitle(document.title)];
    return candidates
      .map((candidate, order) => ({ candidate, order }))
      .filter((entry): entry is { candidate: SuggestedQuestion; order: number } => entry.candidate !== null)
      .sort((a, b) => b.candidate.quality - a.candidate.quality || a.order - b.order)
      .map((entry) => entry.candidate.text);
  });
  const questions: string[] = [];
  const seen = new Set<string>();
  const rounds = Math.max(0, ...perDocument.map((list) => list.length));
  for (let round = 0; round < rounds && questions.length < max; round++) {
    for (const list of perDocument) {
      const question = list[round];
      if (!question || seen.has(question.toLowerCase())) continue;
      seen.add(question.toLowerCase());
      questions.push(question);
      if (questions.length === max) break;
    }
  }
  return questions;
}
