import { describe, expect, it } from 'vitest';
import { holdsQuantity, namesDefault } from './score-sentences';

describe('what a unit says of a value', () => {
  it('names a default: a default with its value, or a value marked as the default in a list of choices', () => {
    expect(namesDefault('Default: 5173')).toBe(true);
    expect(namesDefault('- both (default): Will register both /prefix and /prefix/.')).toBe(true);
    expect(namesDefault('Valid values are try (the default), on, and off.')).toBe(true);
    expect(namesDefault('Setting this parameter to zero (which is the default) disables the feature.')).toBe(true);
    expect(namesDefault('The default can be changed in the settings.')).toBe(false);
    expect(namesDefault('Logging is off by default.')).toBe(false);
  });

  it('holds a quantity in figures or in words, but not "one", which is as often a pronoun', () => {
    expect(holdsQuantity('The default is 20 seconds.')).toBe(true);
    expect(holdsQuantity('Major releases are supported for six months.')).toBe(true);
    expect(holdsQuantity('The request is retried twice.')).toBe(true);
    expect(holdsQuantity('Pick the one which results in the fewest escapes.')).toBe(false);
  });
});
