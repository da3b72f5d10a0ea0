import { GraphQLError } from 'graphql';
import pino from 'pino';
import { describe, expect, it } from 'vitest';
import { BadUserInputError, RateLimitedError } from '../errors/app-error';
import { createErrorFormatter } from './format-error';

const logged: unknown[] = [];
const logger = pino({ level: 'error' }, { write: (line: string) => void logged.push(JSON.parse(line)) });
const format = createErrorFormatter(logger);
const wrap = (original: Error) => new GraphQLError(original.message, { path: ['field'], originalError: original });

describe('createErrorFormatter', () => {
  it('keeps a domain error’s code and details', () => {
    expect(format(wrap(new RateLimitedError(42)).toJSON(), wrap(new RateLimitedError(42)))).toEqual({
      message: 'Too many attempts. Try again in 42 seconds.',
      path: ['field'],
      extensions: { code: 'RATE_LIMITED', retryAfterSeconds: 42 },
    });
    expect(
      format(wrap(BadUserInputError.field('email', 'Bad')).toJSON(), wrap(BadUserInputError.field('email', 'Bad'))).extensions,
    ).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'email', message: 'Bad' }],
    });
  });

  it('masks anything unexpected, logs it, and leaks no message or stack', () => {
    const error = wrap(new Error('connection to 10.0.0.5 refused: password authentication failed'));
    const formatted = format({ ...error.toJSON(), extensions: { stacktrace: ['at secret.ts:1'] } }, error);
    expect(formatted).toEqual({ message: 'Internal server error', path: ['field'], extensions: { code: 'INTERNAL_SERVER_ERROR' } });
    expect(logged).toHaveLength(1);
  });

  it('passes validation and parse errors through with their code only', () => {
    const error = new GraphQLError('Cannot query field "x" on type "Query".', { extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    expect(format(error.toJSON(), error).extensions).toEqual({ code: 'GRAPHQL_VALIDATION_FAILED' });
  });

  it('turns class-validator errors into BAD_USER_INPUT field errors', () => {
    const error = new GraphQLError('Argument Validation Error', {
      extensions: {
        code: 'BAD_USER_INPUT',
        validationErrors: [{ property: 'password', constraints: { minLength: 'Too short.' }, children: [] }],
      },
    });
    expect(format(error.toJSON(), error)).toMatchObject({
      message: 'Too short.',
      extensions: { code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'password', message: 'Too short.' }] },
    });
  });

  it('answers a request Apollo refused with a 4xx (a persisted query hash mismatch) as BAD_REQUEST, without logging it', () => {
    logged.length = 0;
    const mismatch = new GraphQLError('provided sha does not match query', { extensions: { http: { status: 400, headers: new Map() } } });
    expect(format(mismatch.toJSON(), mismatch)).toEqual({
      message: 'provided sha does not match query',
      extensions: { code: 'BAD_REQUEST' },
    });
    expect(logged).toEqual([]);
  });
});
