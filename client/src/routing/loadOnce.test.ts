import { describe, expect, it, vi } from 'vitest';
import { loadOnce } from './loadOnce';

describe('loadOnce', () => {
  it('loads once for concurrent and later callers, and keeps the value', async () => {
    const load = vi.fn(async () => 'chunk');
    const onLoaded = vi.fn();
    const once = loadOnce(load, onLoaded);
    expect(once.current()).toBeUndefined();
    await expect(Promise.all([once.load(), once.load()])).resolves.toEqual(['chunk', 'chunk']);
    await once.load();
    expect(load).toHaveBeenCalledTimes(1);
    expect(onLoaded).toHaveBeenCalledTimes(1);
    expect(once.current()).toBe('chunk');
  });

  it('forgets a failed load, so the next call tries again', async () => {
    const load = vi.fn().mockRejectedValueOnce(new Error('chunk gone')).mockResolvedValueOnce('chunk');
    const once = loadOnce(load);
    await expect(once.load()).rejects.toThrow('chunk gone');
    expect(once.current()).toBeUndefined();
    await expect(once.load()).resolves.toBe('chunk');
    expect(load).toHaveBeenCalledTimes(2);
  });
});
