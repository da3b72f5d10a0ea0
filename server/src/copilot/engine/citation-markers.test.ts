import { describe, expect, it } from 'vitest';
import { CitationRenumberer } from './citation-markers';

const IDS = ['p-a', 'p-b', 'p-c'];

function run(pieces: string[]): { text: string; emitted: string[]; renumberer: CitationRenumberer } {
  const renumberer = new CitationRenumberer(IDS);
  const emitted = pieces.map((piece) => renumberer.push(piece));
  emitted.push(renumberer.flush());
  return { text: emitted.join(''), emitted, renumberer };
}

describe('CitationRenumberer', () => {
  it('renumbers citations in order of first use', () => {
    const { text, renumberer } = run(['Annual plans are prorated [3]. Monthly plans are not [1]. See also [3].']);
    expect(text).toBe('Annual plans are prorated [1]. Monthly plans are not [2]. See also [1].');
    expect(renumberer.citations()).toEqual([
      { index: 1, passageId: 'p-c' },
      { index: 2, passageId: 'p-a' },
    ]);
  });

  it('holds back a marker split across pieces until it completes', () => {
    const { text, emitted, renumberer } = run(['Refunds take 5 days [', '2', '] and more', ' [', '3', ', 1', ']', '.']);
    expect(text).toBe('Refunds take 5 days [1] and more [2][3].');
    expect(emitted[0]).toBe('Refunds take 5 days ');
    expect(emitted[1]).toBe('');
    expect(renumberer.citations().map((citation) => citation.passageId)).toEqual(['p-b', 'p-c', 'p-a']);
  });

  it('releases a bracket that turns out not to be a marker', () => {
    const { text, emitted, renumberer } = run(['Use the [', 'settings] page [4] or array[0].']);
    expect(text).toBe('Use the [settings] page [4] or array[0].');
    expect(emitted.slice(0, 2)).toEqual(['Use the ', '[settings] page [4] or array[0].']);
    expect(renumberer.citations()).toEqual([]);
  });

  it('understands footnote-style markers and drops unknown numbers from a group', () => {
    const { text, renumberer } = run(['Yes [^2]. Also [2, 9].']);
    expect(text).toBe('Yes [1]. Also [1].');
    expect(renumberer.citations()).toEqual([{ index: 1, passageId: 'p-b' }]);
  });

  it('flushes a dangling bracket at the end', () => {
    expect(run(['The end [', '1']).text).toBe('The end [1');
  });
});
