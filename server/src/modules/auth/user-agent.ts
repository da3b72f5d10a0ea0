import { UAParser } from 'ua-parser-js';

/** What a person recognises a session by: "Chrome 131 on macOS 10.15", "Mobile · iPhone". */
export interface DeviceSummary {
  /** Operating system and device: "macOS 10.15", "iOS 18.1 · Apple iPhone"; null when the header says nothing. */
  device: string | null;
  /** Browser or client and its major version: "Chrome 131", "curl 8"; null when unknown. */
  browser: string | null;
}

const join = (...parts: Array<string | undefined>) => parts.filter((part) => part && part.trim() !== '').join(' ') || null;

/**
 * Parsed with ua-parser-js 1.0.x (MIT; the 2.x line is AGPL). Only the first 512 characters are stored, and the
 * parser's patterns are linear on that length.
 */
export function describeUserAgent(userAgent: string | null): DeviceSummary {
  if (!userAgent) return { device: null, browser: null };
  const result = new UAParser(userAgent.slice(0, 512)).getResult();
  const os = join(result.os.name, result.os.version);
  const hardware = join(result.device.vendor, result.device.model);
  const device = os && hardware ? `${os} · ${hardware}` : (os ?? hardware);
  const browser = join(result.browser.name, result.browser.major) ?? cliClient(userAgent);
  return { device, browser };
}

/** Command-line clients the parser does not name: "curl/8.5.0" → "curl 8". */
function cliClient(userAgent: string): string | null {
  const match = /^([A-Za-z][\w.-]{0,30})\/(\d+)/.exec(userAgent);
  return match ? `${match[1]} ${match[2]}` : null;
}
