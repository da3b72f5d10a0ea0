import { describe, expect, it } from 'vitest';
import { RRF_K, reciprocalRankFusion } from './reciprocal-rank-fusion';

const fuse = (rankings: string[][], k?: number) => reciprocalRankFusion(rankings, (id) => id, k);

describe('reciprocal rank fusion', () => {
  it('sums 1 / (k + rank) over the lists, rank counted from 1', () => {
    const fused = fuse([
      ['a', 'b', 'c'],
      ['c', 'a'],
    ]);
    expect(fused.map(({ item }) => item)).toEqual(['a', 'c', 'b']);
    expect(fused[0]?.score).toBeCloseTo(1 / (RRF_K + 1) + 1 / (RRF_K + 2), 12);
    expect(fused[1]?.score).toBeCloseTo(1 / (RRF_K + 3) + 1 / (RRF_K + 1), 12);
    expect(fused[2]?.score).toBeCloseTo(1 / (RRF_K + 2), 12);
  });

  it('lets agreement between the lists beat one list’s top item', () => {
    // "both" is only 5th in each list, "top" 1st in one: 2/65 > 1/61.
    const lexical = ['top', 'l2', 'l3', 'l4', 'both'];
    const semantic = ['s1', 's2', 's3', 's4', 'both'];
    expect(fuse([lexical, semantic])[0]?.item).toBe('both');
  });

  it('breaks ties by best rank, then the earlier list, then the key: the same order whatever the input order', () => {
    // x and y: 1st in one list each (equal scores); the lexical (first) list's wins. m and n: tied in one list.
    expect(
      fuse([
        ['x', 'q'],
        ['y', 'p'],
      ]).map(({ item }) => item),
    ).toEqual(['x', 'y', 'q', 'p']);
    expect(fuse([['y'], ['x']]).map(({ item }) => item)).toEqual(['y', 'x']);
    const a = fuse([
      ['m', 'z'],
      ['z', 'm'],
    ]).map(({ item }) => item);
    const b = fuse([
      ['z', 'm'],
      ['m', 'z'],
    ]).map(({ item }) => item);
    expect(a).toEqual(['m', 'z']);
    expect(b).toEqual(['m', 'z']);
  });

  it('keeps the item of the first list that holds it, and handles empty lists', () => {
    const fused = reciprocalRankFusion(
      [
        [{ id: '1', from: 'lexical' }],
        [
          { id: '1', from: 'semantic' },
          { id: '2', from: 'semantic' },
        ],
      ],
      (item) => item.id,
    );
    expect(fused.map(({ item }) => item)).toEqual([
      { id: '1', from: 'lexical' },
      { id: '2', from: 'semantic' },
    ]);
    expect(fuse([[], []])).toEqual([]);
    expect(fuse([[], ['a']]).map(({ item }) => item)).toEqual(['a']);
  });
});
