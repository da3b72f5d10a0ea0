import { newStemmer } from 'snowball-stemmers';

import stopwordLists = require('stopword');

/**
 * How the built-in engine reads words in the workspace's search language (SEARCH_LANGUAGE, a PostgreSQL text search
 * configuration): the same Snowball stemmers PostgreSQL uses, and that language's stop words. A configuration
 * without a stemmer here ("simple", or one this table does not know) compares words as they are, without stop words.
 */
interface LanguageTools {
  stem: (word: string) => string;
  stopwords: ReadonlySet<string>;
}

// PostgreSQL configuration → [Snowball algorithm, ISO 639-3 code of the `stopword` package's list].
const LANGUAGES: Record<string, [string, string]> = {
  english: ['english', 'eng'],
  german: ['german', 'deu'],
  french: ['french', 'fra'],
  spanish: ['spanish', 'spa'],
  italian: ['italian', 'ita'],
  dutch: ['dutch', 'nld'],
  portuguese: ['portuguese', 'por'],
  russian: ['russian', 'rus'],
  swedish: ['swedish', 'swe'],
  norwegian: ['norwegian', 'nob'],
  danish: ['danish', 'dan'],
  finnish: ['finnish', 'fin'],
  hungarian: ['hungarian', 'hun'],
  romanian: ['romanian', 'ron'],
  turkish: ['turkish', 'tur'],
  arabic: ['arabic', 'ara'],
  armenian: ['armenian', 'hye'],
  basque: ['basque', 'eus'],
  catalan: ['catalan', 'cat'],
  irish: ['irish', 'gle'],
};

const cache = new Map<string, LanguageTools>();

export function languageTools(language: string): LanguageTools {
  const cached = cache.get(language);
  if (cached) return cached;
  const known = LANGUAGES[language];
  let tools: LanguageTools;
  if (known) {
    const stemmer = newStemmer(known[0]);
    const list = stopwordLists[known[1]];
    tools = {
      stem: (word) => stemmer.stem(word),
      stopwords: new Set(Array.isArray(list) ? list.map((word) => word.toLowerCase()) : []),
    };
  } else tools = { stem: (word) => word, stopwords: new Set() };
  cache.set(language, tools);
  return tools;
}

/** Whether a language has English's question words and stemming (intent patterns are written in English). */
export function isEnglish(language: string): boolean {
  return language === 'english';
}
