import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { describe, expect, it } from 'vitest';
import { ErrorCode } from './app-error';
import { appErrorFromDatabase } from './database-errors';

const unique = (constraint: string) =>
  new UniqueConstraintViolationException(Object.assign(new Error('duplicate key value violates unique constraint'), { constraint }));

describe('appErrorFromDatabase', () => {
  it('answers a lost race on a unique index with CONFLICT and what it means', () => {
    const known = appErrorFromDatabase(unique('memberships_workspace_id_user_id_unique'));
    expect(known?.code).toBe(ErrorCode.CONFLICT);
    expect(known?.message).toBe('This person is already a member of the workspace.');
    expect(appErrorFromDatabase(unique('some_future_index'))?.message).toMatch(/Someone else changed this at the same moment/);
  });

  it('answers a full pool and a statement that ran out of time with SERVICE_UNAVAILABLE', () => {
    const poolFull = Object.assign(new Error('Knex: Timeout acquiring a connection. The pool is probably full.'), {
      name: 'KnexTimeoutError',
    });
    expect(appErrorFromDatabase(poolFull)?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
    const cancelled = Object.assign(new Error('canceling statement due to statement timeout'), { code: '57014' });
    expect(appErrorFromDatabase(cancelled)?.code).toBe(ErrorCode.SERVICE_UNAVAILABLE);
  });

  it('leaves everything else to be masked', () => {
    expect(appErrorFromDatabase(new Error('syntax error at or near "selec"'))).toBeNull();
    expect(appErrorFromDatabase(undefined)).toBeNull();
  });
});
