import { describe, expect, it } from 'vitest';
import { spellingVariant } from './common-words';

describe('spellingVariant', () => {
  it.each([
    ['colour', 'color'],
    ['colours', 'colors'],
    ['behaviour', 'behavior'],
    ['initialised', 'initialized'],
    ['analyse', 'analyze'],
    ['centre', 'center'],
    ['catalogue', 'catalog'],
    ['cancelled', 'canceled'],
    ['color', 'colour'],
    ['initialize', 'initialise'],
  ])('spells %s as %s in the other national spelling', (word, variant) => {
    expect(spellingVariant(word, 'english')).toBe(variant);
  });

  it.each(['hour', 'four', 'doctor', 'filter', 'promise', 'exercise', 'license', 'repository'])(
    'leaves %s alone: the same in both spellings, or no variant both dictionaries agree on',
    (word) => {
      expect(spellingVariant(word, 'english')).toBeNull();
    },
  );

  it('has no variants outside English', () => {
    expect(spellingVariant('colour', 'german')).toBeNull();
  });
});
