import { describe, expect, it } from 'vitest';
import { answersAsJson } from './json-status';

describe('answersAsJson', () => {
  it('follows the Accept header the way Apollo picks the response type', () => {
    expect(answersAsJson(undefined)).toBe(true);
    expect(answersAsJson('application/json')).toBe(true);
    expect(answersAsJson('*/*')).toBe(true);
    expect(answersAsJson('application/graphql-response+json')).toBe(false);
    expect(answersAsJson('application/graphql-response+json, application/json;q=0.9')).toBe(false);
    expect(answersAsJson('application/graphql-response+json;q=0.5, application/json')).toBe(true);
  });
});
