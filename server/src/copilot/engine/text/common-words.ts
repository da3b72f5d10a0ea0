import { readFileSync } from 'node:fs';
import path from 'node:path';

import nspell = require('nspell');

import { isEnglish } from './language';

/**
 * Whether a word is ordinary English, by the Hunspell English dictionary (SCOWL, via `dictionary-en`): "chatty",
 * "phone" and "wiping" are; "brotli", "heroku" and "mongodb" are not. A question word the workspace never mentions
 * that is not ordinary English names something (a product, a format, a tool) the documents do not cover; an
 * ordinary one is more likely the asker's own wording for something they do cover.
 *
 * The dictionary (~50k stems with affix rules) is read once, on first use (~0.4 s, ~20 MB). For other languages
 * there is no dictionary here, and every word counts as ordinary (no refusal rests on it).
 */
let english: nspell.Checker | undefined;

function englishDictionary(): nspell.Checker {
  if (!english) {
    // `dictionary-en` is an ES module whose only export reads these two files; reading them here keeps this CommonJS.
    const folder = path.dirname(require.resolve('dictionary-en'));
    english = nspell({ aff: readFileSync(path.join(folder, 'index.aff')), dic: readFileSync(path.join(folder, 'index.dic')) });
  }
  return english;
}

export function isOrdinaryWord(word: string, language: string): boolean {
  if (!isEnglish(language)) return true;
  const dictionary = englishDictionary();
  return dictionary.correct(word) || dictionary.correct(word.toLowerCase());
}
