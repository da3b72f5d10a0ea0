import { describe, expect, it } from 'vitest';
import { isOrdinaryWord, spellingVariant } from './common-words';

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

describe('isOrdinaryWord', () => {
  it.each(['untrusted', 'unparsed', 'nonexistent', 'misconfigured', 'README', 'CPU', 'IDs'])(
    'takes %s as ordinary: a negation of an English word, or an everyday thing of software',
    (word) => {
      expect(isOrdinaryWord(word, 'english')).toBe(true);
    },
  );

  it.each(['submodule', 'subtree', 'prebuild', 'unbrotli', 'heroku'])('does not take %s as ordinary English', (word) => {
    expect(isOrdinaryWord(word, 'english')).toBe(false);
  });
});
