import type { GraphQLFormattedError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { sizeLimitedStringify } from './response-size';

describe('sizeLimitedStringify', () => {
  it('sends a result that fits as Apollo would (JSON and a newline), and hears of no refusal', () => {
    const refused: GraphQLFormattedError[] = [];
    const result = { data: { name: 'é'.repeat(40) } };
    expect(sizeLimitedStringify(100, (error) => refused.push(error))(result)).toBe(`${JSON.stringify(result)}\n`);
    expect(refused).toEqual([]);
  });

  it('counts bytes, not characters: a result of 60 characters and 100 bytes is over a limit of 90', () => {
    const refused: GraphQLFormattedError[] = [];
    // {"data":{"name":"ééé…"}} with 40 two-byte characters: 60 characters, 100 bytes.
    const result = { data: { name: 'é'.repeat(40) } };
    const sent = JSON.parse(sizeLimitedStringify(90, (error) => refused.push(error))(result));
    expect(sent).toEqual({ errors: [expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT' }) })] });
    expect(sent.data).toBeUndefined();
    expect(refused).toEqual(sent.errors);
  });
});
