// Type declarations for two small CommonJS packages that ship none.
declare module 'snowball-stemmers' {
  export interface Stemmer {
    stem(word: string): string;
  }
  export function newStemmer(algorithm: string): Stemmer;
  export function algorithms(): string[];
}

declare module 'stopword' {
  /** Stop word lists by ISO 639-3 code ("eng", "deu", …). */
  const lists: Record<string, string[] | undefined>;
  export = lists;
}

declare module 'nspell' {
  namespace nspell {
    interface Dictionary {
      aff: Buffer | string;
      dic?: Buffer | string;
    }
    interface Checker {
      correct(word: string): boolean;
    }
  }
  function nspell(dictionary: nspell.Dictionary): nspell.Checker;
  export = nspell;
}
