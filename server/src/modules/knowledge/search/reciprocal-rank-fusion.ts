/**
 * Reciprocal rank fusion (Cormack, Clarke & Büttcher, 2009): each ranking gives an item 1 / (k + rank), rank from 1,
 * and the sums decide. It needs no common scale between BM25 scores and cosine similarities, which have none, and
 * k = 60 (the paper's) keeps one list's top item from outweighing agreement between the lists.
 */
export const RRF_K = 60;

export interface Fused<T> {
  item: T;
  score: number;
}

/**
 * The items of all rankings (best first in each), fused, best first, in a fixed order: score, then the best rank
 * the item had in any list, then the earlier list (callers put the lexical ranking first: on a tie, an exact word
 * match wins), then the key. The first list that holds an item provides it.
 */
export function reciprocalRankFusion<T>(rankings: T[][], key: (item: T) => string, k = RRF_K): Array<Fused<T>> {
  const entries = new Map<string, { item: T; score: number; bestRank: number; firstList: number }>();
  rankings.forEach((ranking, list) => {
    ranking.forEach((item, index) => {
      const id = key(item);
      const rank = index + 1;
      const entry = entries.get(id);
      if (entry) {
        entry.score += 1 / (k + rank);
        entry.bestRank = Math.min(entry.bestRank, rank);
      } else {
        entries.set(id, { item, score: 1 / (k + rank), bestRank: rank, firstList: list });
      }
    });
  });
  return [...entries.entries()]
    .sort(
      ([keyA, a], [keyB, b]) =>
        b.score - a.score || a.bestRank - b.bestRank || a.firstList - b.firstList || (keyA < keyB ? -1 : keyA > keyB ? 1 : 0),
    )
    .map(([, { item, score }]) => ({ item, score }));
}
