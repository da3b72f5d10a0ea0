import qs from 'qs';
import { invalidRequest, missingParam } from './errors';

/**
 * Stripe's v1 API takes `application/x-www-form-urlencoded` bodies (and query strings for GET) with bracket
 * notation: `line_items[0][price]=…`, `metadata[plan]=…`, `expand[]=…`. `qs` is what the SDK's own encoding mirrors.
 * Limits keep a hostile body from building huge objects.
 */
export function parseForm(text: string): Record<string, unknown> {
  return qs.parse(text, { depth: 5, arrayLimit: 100, parameterLimit: 1_000, allowDots: false, allowPrototypes: false });
}

export type Metadata = Record<string, string>;

/** Typed reads of one request's parameters, with Stripe's error for each kind of bad value. */
export class Params {
  constructor(readonly raw: Record<string, unknown>) {}

  /** Stripe rejects parameters it does not know; so does the emulator, which catches typos in Askbase early. */
  allowOnly(names: readonly string[]): this {
    for (const name of Object.keys(this.raw)) {
      if (!names.includes(name)) throw invalidRequest(`Received unknown parameter: ${name}`, name, 'parameter_unknown');
    }
    return this;
  }

  has(name: string): boolean {
    return this.raw[name] !== undefined;
  }

  string(name: string): string | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'string') throw invalidRequest(`Invalid string: ${name}`, name);
    return value;
  }

  requiredString(name: string): string {
    const value = this.string(name);
    if (value === undefined || value === '') throw missingParam(name);
    return value;
  }

  boolean(name: string): boolean | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (value !== 'true' && value !== 'false') throw invalidRequest(`Invalid boolean: ${value}`, name);
    return value === 'true';
  }

  integer(name: string): number | undefined {
    const value = this.string(name);
    if (value === undefined) return undefined;
    if (!/^\d+$/.test(value)) throw invalidRequest(`Invalid integer: ${value}`, name);
    return Number(value);
  }

  /** A nested object (`subscription_data[metadata][k]=v`) as its own Params, or undefined. */
  object(name: string): Params | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidRequest(`Invalid object: ${name}`, name);
    return new Params(value as Record<string, unknown>);
  }

  /** A list sent as `name[0][…]` or `name[]=…`; qs turns both into an array (or an index-keyed object past the limit). */
  list(name: string): unknown[] | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (value === '') return [];
    if (Array.isArray(value)) return value;
    if (typeof value === 'object' && value !== null) return Object.values(value);
    throw invalidRequest(`Invalid array: ${name}`, name);
  }

  /** `expand[]=a&expand[]=b`: the object paths to inline. */
  expand(): string[] {
    const list = this.list('expand') ?? [];
    return list.map((entry) => {
      if (typeof entry !== 'string') throw invalidRequest('Invalid array: expand', 'expand');
      return entry;
    });
  }

  /**
   * Stripe's metadata update rules: `metadata[key]=value` sets, `metadata[key]=` removes that key, `metadata=`
   * clears all; keys up to 40 characters, values up to 500, at most 50 keys.
   */
  metadata(name = 'metadata', current: Metadata = {}): Metadata | undefined {
    const value = this.raw[name];
    if (value === undefined) return undefined;
    if (value === '') return {};
    if (typeof value !== 'object' || value === null || Array.isArray(value)) throw invalidRequest(`Invalid hash: ${name}`, name);
    const next: Metadata = { ...current };
    for (const [key, entry] of Object.entries(value)) {
      if (typeof entry !== 'string') throw invalidRequest(`Invalid string: ${name}[${key}]`, `${name}[${key}]`);
      if (key.length > 40) throw invalidRequest('Metadata keys can have up to 40 characters', `${name}[${key}]`);
      if (entry.length > 500) throw invalidRequest('Metadata values can have up to 500 characters', `${name}[${key}]`);
      if (entry === '') delete next[key];
      else next[key] = entry;
    }
    if (Object.keys(next).length > 50) throw invalidRequest('Metadata can have up to 50 keys', name);
    return next;
  }
}
