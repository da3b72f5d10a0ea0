import { isEnglish, languageTools } from './language';

/**
 * Words as the built-in engine compares them, in the workspace's language: lower-cased, stop words dropped, reduced
 * to their Snowball stem (the stemmer PostgreSQL uses for the same language), so "defaults" meets "default".
 * Identifiers survive whole and split, as the search index keeps them: `server.port` gives `server.port`, `server`,
 * `port` and `serverport`; `trailingComma` gives `trailingcomma`, `trail`, `comma`; `server.allowedHosts` also
 * gives its segment `allowedhosts`.
 */
export interface Analyzer {
  readonly language: string;
  /** Stems of the words that carry meaning, in order, repeats kept. */
  terms(text: string): string[];
  /** The stem itself and its close synonyms' stems (English only). */
  related(term: string): ReadonlySet<string>;
  /** One stem that stands for the term's synonym group (the term itself when it has none): "folder" and "directori" → "dir". */
  canonical(term: string): string;
  isStopword(word: string): boolean;
}

// Words a question uses that the package's English list lacks: question words, auxiliaries, contractions.
// biome-ignore format: a word list reads better packed
const ENGLISH_EXTRA = [
  'does', 'doing', 'done', 'when', 'why', 'whom', 'whose', 'will', 'shall', 'just', 'also', 'please', 'tell', 'know',
  'want', 'need', 'let', 'say', 'says', 'yes', 'no', 'not', 'nor', 'off', 'onto', 'upon', 'via', 'its', 'itself',
  'dont', 'doesnt', 'isnt', 'arent', 'cant', 'cannot', 'wont', 'didnt', 'im', 'ive', 'id', 'youre', 'theres', 'thats',
  'whats', 'hows', 'i', 'me', 'mine', 'myself', 'yours', 'ours', 'theirs', 'us', 'e.g', 'i.e', 'etc', 'thing', 'things',
  'one', 'ones', 'something', 'anything', 'everything', 'somebody', 'anybody', 'someone', 'anyone', 'everyone',
];

// Words a question and its answer often use for the same thing. Small on purpose: each pair must hold in any
// technical or workplace document, or it adds noise.
const ENGLISH_SYNONYMS = [
  ['arrive', 'reach', 'receive'],
  ['cost', 'price', 'fee', 'charge'],
  ['cancel', 'terminate'],
  ['start', 'begin', 'launch'],
  ['buy', 'purchase'],
  ['delete', 'remove', 'erase', 'wipe', 'clear'],
  ['customer', 'client'],
  ['folder', 'directory', 'dir'],
  ['setting', 'option', 'config', 'configuration'],
  ['enable', 'activate'],
  ['disable', 'deactivate'],
  ['fast', 'quick', 'speed', 'perform'],
  ['slow', 'bottleneck', 'latency'],
  ['error', 'failure', 'fail'],
  ['install', 'setup'],
  ['run', 'execute'],
  ['make', 'create', 'generate'],
  ['show', 'display', 'print'],
  ['ignore', 'skip', 'exclude'],
  ['width', 'length'],
  ['quote', 'quotation'],
  ['vacation', 'holiday', 'pto'],
  ['salary', 'wage', 'compensation'],
  ['help', 'support', 'assist'],
  ['employee', 'staff', 'worker'],
  ['manager', 'supervisor'],
  ['remote', 'home'],
];

const IDENTIFIER = /[\p{L}\p{N}]+(?:[._\-'’][\p{L}\p{N}]+)*/gu;
/** What comes right before a command-line option's name: one or two dashes at the start or after a space or bracket. */
const OPTION_DASHES = /(?:^|[\s([{`'"|,])(--?)$/u;
/**
 * "haven't", "shouldn't", "we'll", "they've": an auxiliary or pronoun with its contraction is a function word, whether
 * or not the stop word list spells it without the apostrophe ("havent" was searched and weighed like a rare word).
 */
const CONTRACTION = /^\p{L}+['’](?:t|ll|ve|re|d|m)$/iu;

/**
 * "Turn off caching", "switch it on": the verb means enable or disable only with its particle. Read word by word,
 * "off" is a stop word and "turn" is no synonym of either, so the particle's meaning is lost (and "turn" once pulled
 * in "the cache being enabled" for "turn off the cache").
 */
const PHRASAL_SWITCH =
  /\b(?:turn|switch)(?:s|ed|ing)?\s+(?:(?:(?:it|them|this|that)\s+)?(on|off)\b|((?:[\p{L}\p{N}.-]+\s+){1,3}?)(off\b|on(?=\s*(?:[?!.,;:]|$))))/giu;

/**
 * The text with its switching phrasal verbs as the verbs they mean: "turns off all rules" → "disable all rules",
 * "switch that automatic cleanup off" → "disable that automatic cleanup". With words between, "on" switches only at
 * the end of a clause ("turn the cache on?") or after a pronoun ("switch it on in production"); elsewhere it is a
 * preposition ("switch branches on the remote").
 */
function withSwitchVerbs(text: string): string {
  return text.replace(PHRASAL_SWITCH, (_phrase, particle: string | undefined, object: string | undefined, later: string | undefined) => {
    const verb = (particle ?? later ?? '').toLowerCase() === 'on' ? 'enable' : 'disable';
    return object ? `${verb} ${object.trimEnd()}` : verb;
  });
}

/**
 * The other words of the synonym groups that the text's words belong to ("wipe" → delete, remove, erase), for
 * widening a search; with the verb a switching phrase means ("turn off" → disable, deactivate). English only; empty
 * for other languages.
 */
export function synonymWords(text: string, language: string): string[] {
  if (!isEnglish(language)) return [];
  const { stem } = languageTools(language);
  const stems = (words: string) => new Set((words.toLowerCase().match(/\p{L}+/gu) ?? []).map(stem));
  const written = stems(text);
  const meant = stems(withSwitchVerbs(text));
  const result = new Set<string>();
  for (const group of ENGLISH_SYNONYMS) {
    if (!group.some((word) => meant.has(stem(word)))) continue;
    for (const word of group) if (!written.has(stem(word))) result.add(word);
  }
  return [...result];
}
/**
 * The question as retrieval should search it: words the engine reads as stop words in this language ("one", "i.e.",
 * "want", "does": PostgreSQL's own lists lack many) are left out. Searched, a word like "one" is rare enough in a
 * workspace to weigh like a subject and pulls in passages that share only it; the engine never matches it anyway.
 * Only whole words go: an identifier or a hyphenated compound that contains one ("one-off") stays.
 */
export function withoutStopwords(text: string, language: string): string {
  const analyzer = cachedAnalyzer(language);
  return text
    .split(/\s+/)
    .filter((token) => {
      const trimmed = token.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      if (isEnglish(language) && CONTRACTION.test(trimmed)) return false;
      const bare = trimmed.replace(/['’]/g, '');
      if (bare === '') return false;
      return !analyzer.isStopword(bare.toLowerCase()) || isNamedInCapitals(bare, text);
    })
    .join(' ');
}

/**
 * A stop word written in capitals inside text that is not all capitals is a name, not a function word: "a GET
 * request", "the HEAD method". Kept, the question can be matched on it; the search index keeps it too unless
 * PostgreSQL's own list drops it.
 */
function isNamedInCapitals(token: string, text: string): boolean {
  return /^\p{Lu}{2,}$/u.test(token) && /\p{Ll}/u.test(text);
}

const analyzers = new Map<string, Analyzer>();
function cachedAnalyzer(language: string): Analyzer {
  let analyzer = analyzers.get(language);
  if (!analyzer) {
    analyzer = createAnalyzer(language);
    analyzers.set(language, analyzer);
  }
  return analyzer;
}

const SEPARATORS = /[._-]+/;

/** "trailingComma" → ["trailing", "Comma"]; "HTMLParser" → ["HTML", "Parser"]. */
export function camelParts(word: string): string[] {
  return word.split(/(?<=[\p{Ll}\p{N}])(?=\p{Lu})|(?<=\p{Lu})(?=\p{Lu}\p{Ll})/u);
}

export function createAnalyzer(language: string): Analyzer {
  const tools = languageTools(language);
  const english = isEnglish(language);
  const stopwords = new Set([...tools.stopwords, ...(english ? ENGLISH_EXTRA : [])]);
  const isStopword = (word: string) => stopwords.has(word);
  const stemWord = (word: string) => (/\d/.test(word) ? word : tools.stem(word));

  const related = new Map<string, Set<string>>();
  if (english) {
    for (const group of ENGLISH_SYNONYMS) {
      const stems = group.map(stemWord);
      for (const stem of stems) related.set(stem, new Set([...(related.get(stem) ?? [stem]), ...stems]));
    }
  }
  // Derived once: phrases are compared by it for every unit of every answer.
  const canonical = new Map([...related].map(([stem, group]) => [stem, [...group].sort()[0] ?? stem]));

  function terms(text: string): string[] {
    const result: string[] = [];
    const read = english ? withSwitchVerbs(text) : text;
    for (const match of read.matchAll(IDENTIFIER)) {
      const raw = match[0];
      // "Vite's" is about Vite; "don't" is a stop word either way.
      if (english && CONTRACTION.test(raw)) continue;
      // The scheme of an address ("http" of "http://localhost:4001") is how every link starts, not a word the text
      // says: counted, "Open http://localhost:4001 in the browser" was about "graphql-http" as much as the sentence
      // that says how to serve it.
      if (read.startsWith('://', match.index + raw.length)) continue;
      const token = raw.replace(/['’]s$/i, '').replace(/['’]/g, '');
      const lower = token.toLowerCase();
      // A command-line option named by a stop word (--all, --not, -a) is a name: the option, not the word.
      const dashes = isStopword(lower) ? OPTION_DASHES.exec(read.slice(Math.max(0, match.index - 3), match.index))?.[1] : undefined;
      if (dashes) {
        result.push(`${dashes}${lower}`);
        continue;
      }
      const segments = token.split(SEPARATORS).filter(Boolean);
      const parts = segments.flatMap(camelParts).filter(Boolean);
      // Like the search index (askbase_search_text), only a name with letters in it is split: a version or an
      // address ("4.0.0", "127.0.0.1") is one term, not "4", "0" and a joined "400" that reads as a status code.
      if (parts.length > 1 && /\p{L}{2}/u.test(token)) {
        result.push(lower);
        if (segments.length > 1) {
          for (const segment of segments) if (camelParts(segment).length > 1) result.push(segment.toLowerCase());
        }
        for (const part of parts) {
          const word = part.toLowerCase();
          if (!isStopword(word)) result.push(stemWord(word));
        }
        const joined = parts.join('').toLowerCase();
        if (joined !== lower) result.push(joined);
      } else if (!isStopword(lower) || isNamedInCapitals(token, text)) result.push(stemWord(lower));
    }
    return result;
  }

  return {
    language,
    terms,
    related: (term) => related.get(term) ?? new Set([term]),
    canonical: (term) => canonical.get(term) ?? term,
    isStopword,
  };
}
