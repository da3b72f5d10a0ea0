import { describe, expect, it } from 'vitest';
import { SLUG_MAX_LENGTH, slugify, slugWithSuffix } from './slug';

describe('slugify', () => {
  it.each([
    ["Ada's workspace", 'adas-workspace'],
    ['Ünïcode & Co. — Research', 'unicode-co-research'],
    ['  --Hello   World--  ', 'hello-world'],
    ['日本語', 'workspace'],
    ['A', 'workspace-a'],
  ])('%s → %s', (name, slug) => {
    expect(slugify(name)).toBe(slug);
  });

  it('leaves room for a suffix within the length limit', () => {
    const long = slugify('x'.repeat(200));
    expect(slugWithSuffix(long, 'abcdef').length).toBeLessThanOrEqual(SLUG_MAX_LENGTH);
    expect(slugWithSuffix(long, 'abcdef')).toMatch(/^x+-abcdef$/);
  });
});
