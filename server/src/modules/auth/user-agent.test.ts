import { describe, expect, it } from 'vitest';
import { describeUserAgent } from './user-agent';

describe('describeUserAgent', () => {
  it('names the browser and the operating system of a desktop browser', () => {
    expect(
      describeUserAgent(
        'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0.0.0 Safari/537.36',
      ),
    ).toEqual({ device: 'Mac OS 10.15.7 · Apple Macintosh', browser: 'Chrome 131' });
  });

  it('names the phone', () => {
    const summary = describeUserAgent(
      'Mozilla/5.0 (iPhone; CPU iPhone OS 17_1 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.1 Mobile/15E148 Safari/604.1',
    );
    expect(summary.device).toBe('iOS 17.1 · Apple iPhone');
    expect(summary.browser).toBe('Mobile Safari 17');
  });

  it('names command-line clients and says nothing for a missing header', () => {
    expect(describeUserAgent('curl/8.5.0').browser).toBe('curl 8');
    expect(describeUserAgent(null)).toEqual({ device: null, browser: null });
    expect(describeUserAgent('')).toEqual({ device: null, browser: null });
  });
});
