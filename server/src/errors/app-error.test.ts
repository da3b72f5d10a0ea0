import { describe, expect, it } from 'vitest';
import { ForbiddenError, NotFoundError, nullIfNotFound } from './app-error';

describe('nullIfNotFound', () => {
  it('turns NOT_FOUND into null and passes values through', async () => {
    expect(await nullIfNotFound(Promise.reject(new NotFoundError('Conversation')))).toBeNull();
    expect(await nullIfNotFound(Promise.resolve('found'))).toBe('found');
  });

  it('lets every other failure through, so an outage is not reported as "nothing there"', async () => {
    await expect(nullIfNotFound(Promise.reject(new Error('connection refused')))).rejects.toThrow('connection refused');
    await expect(nullIfNotFound(Promise.reject(new ForbiddenError()))).rejects.toBeInstanceOf(ForbiddenError);
  });
});
