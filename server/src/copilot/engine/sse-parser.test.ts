import { describe, expect, it } from 'vitest';
import { SseParser } from './sse-parser';

function parseAll(pieces: string[]) {
  const parser = new SseParser();
  return [...pieces.flatMap((piece) => parser.push(piece)), ...parser.end()];
}

describe('SseParser', () => {
  it('parses events split at any point, with any line ending', () => {
    const stream = 'data: {"a":1}\r\n\r\ndata: {"b":2}\n\ndata: [DONE]\r\r';
    const whole = parseAll([stream]);
    expect(whole).toEqual([
      { event: 'message', data: '{"a":1}' },
      { event: 'message', data: '{"b":2}' },
      { event: 'message', data: '[DONE]' },
    ]);
    for (let cut = 1; cut < stream.length; cut++) {
      expect(parseAll([stream.slice(0, cut), stream.slice(cut)])).toEqual(whole);
    }
    expect(parseAll(stream.split(''))).toEqual(whole);
  });

  it('joins multi-line data, reads event names, skips comments and unknown fields', () => {
    expect(parseAll([': keep-alive\n\nevent: error\ndata: first\ndata:second\nid: 7\nretry: 10\n\n'])).toEqual([
      { event: 'error', data: 'first\nsecond' },
    ]);
  });

  it('ignores lines that are not fields and events without data', () => {
    expect(parseAll(['this is not sse\n\nevent: ping\n\n'])).toEqual([]);
  });

  it('dispatches a last event that lacks its blank line', () => {
    expect(parseAll(['data: [DONE]'])).toEqual([{ event: 'message', data: '[DONE]' }]);
  });
});
