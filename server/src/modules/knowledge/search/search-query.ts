import { codeWordsOf } from '../../../copilot/engine/question';

/**
 * What a person typed into the question box, read the way web search reads it: "quoted words" must appear as a
 * phrase, -word must not appear, everything else is a plain word that helps the rank. Unlike
 * websearch_to_tsquery, plain words are not all required (a natural question rarely has all its words in one
 * passage): they are ranked by BM25 instead. Quotes and negation keep their meaning.
 */
export interface SearchQuery {
  /** The question without its quoted phrases' quotes and without its exclusions. */
  text: string;
  /** Phrases the passage must hold, word for word (after stemming). */
  phrases: string[];
  /** Words the passage must not hold. */
  excluded: string[];
  /** Single words written as code (`define`, `base`): names of settings or functions, however plain they look. */
  codeWords: string[];
}

// A quoted stretch, or a minus directly before a word at the start or after a space. "--flag" and "-p" (command-line
// options) are words, not exclusions: an exclusion names a word of at least two letters.
const QUOTED = /"([^"]+)"/g;
const EXCLUSION = /(^|\s)-(?!-)(\p{L}[\p{L}\p{N}_]+)/gu;

export function parseSearchQuery(question: string): SearchQuery {
  const phrases: string[] = [];
  const excluded: string[] = [];
  let text = question.replace(QUOTED, (_match, phrase: string) => {
    if (phrase.trim()) phrases.push(phrase.trim());
    return ` ${phrase} `;
  });
  text = text.replace(EXCLUSION, (_match, before: string, word: string) => {
    excluded.push(word);
    return before;
  });
  return { text: text.replace(/\s+/g, ' ').trim(), phrases, excluded, codeWords: codeWordsOf(question) };
}

/** A tsquery literal for one lexeme, quoted so PostgreSQL takes it as it is (no second stemming, no operators). */
export function lexemeLiteral(lexeme: string): string {
  return `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;
}
