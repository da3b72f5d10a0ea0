import { zodResolver } from '@hookform/resolvers/zod';
import type { Resolver } from 'react-hook-form';
import { z } from 'zod/mini';
import { lazyResolver, VALIDATION_UNAVAILABLE_MESSAGE } from './lazyResolver';

const schema = z.object({ email: z.email({ error: 'Enter a valid email address' }) });
type Values = z.infer<typeof schema>;
const options = { fields: {}, shouldUseNativeValidation: false } as const;

describe('lazyResolver', () => {
  it('validates with the loaded resolver, fetching it once', async () => {
    let loads = 0;
    const resolver = lazyResolver<Values>(async () => {
      loads += 1;
      return zodResolver(schema) as Resolver<Values>;
    });

    const invalid = await resolver({ email: 'nope' }, undefined, options);
    expect(invalid.errors.email?.message).toBe('Enter a valid email address');
    const valid = await resolver({ email: 'ada@example.com' }, undefined, options);
    expect(valid.values).toEqual({ email: 'ada@example.com' });
    await resolver.preload();
    expect(loads).toBe(1);
  });

  it('tries the fetch again after it failed (a flaky network must not leave the form unable to submit)', async () => {
    let attempts = 0;
    const resolver = lazyResolver<Values>(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk failed to load');
      return zodResolver(schema) as Resolver<Values>;
    });

    await expect(resolver.preload()).rejects.toThrow('chunk failed to load');
    const result = await resolver({ email: 'ada@example.com' }, undefined, options);
    expect(result.values).toEqual({ email: 'ada@example.com' });
    expect(attempts).toBe(2);
  });

  it('answers a failed fetch with a form-level error instead of throwing (react-hook-form would drop the throw unseen)', async () => {
    let attempts = 0;
    const resolver = lazyResolver<Values>(async () => {
      attempts += 1;
      if (attempts === 1) throw new Error('chunk failed to load');
      return zodResolver(schema) as Resolver<Values>;
    });

    const unavailable = await resolver({ email: 'ada@example.com' }, undefined, options);
    expect(unavailable.values).toEqual({});
    expect(unavailable.errors.root?.message).toBe(VALIDATION_UNAVAILABLE_MESSAGE);
    const retried = await resolver({ email: 'ada@example.com' }, undefined, options);
    expect(retried).toEqual({ values: { email: 'ada@example.com' }, errors: {} });
  });
});
