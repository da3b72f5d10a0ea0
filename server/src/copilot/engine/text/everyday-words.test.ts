import { describe, expect, it } from 'vitest';
import { everydayShare } from './everyday-words';

describe('everydayShare', () => {
  it('keeps less of the weight of the words people say all day, the more they say them', () => {
    expect(everydayShare('go', 'english')).toBeLessThan(everydayShare('keep', 'english'));
    expect(everydayShare('keep', 'english')).toBeLessThan(everydayShare('write', 'english'));
    expect(everydayShare('write', 'english')).toBeLessThan(1);
    expect(everydayShare('Go', 'english')).toBe(everydayShare('go', 'english'));
  });

  it('keeps the whole weight of rarer and technical words, of words it does not know, and in other languages', () => {
    for (const word of ['port', 'proxy', 'configure', 'keepAliveTimeout', 'brotli', 'server.port']) {
      expect(everydayShare(word, 'english')).toBe(1);
    }
    expect(everydayShare('go', 'german')).toBe(1);
  });
});
