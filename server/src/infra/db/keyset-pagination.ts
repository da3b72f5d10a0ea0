import { BadUserInputError } from '../../errors/app-error';
import type { Page } from '../../shared/pagination';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Keyset {
  createdAt: Date;
  id: string;
}

/** The timestamp a list is ordered by: createdAt by default, updatedAt for "recently active" lists. */
export type KeyField = 'createdAt' | 'updatedAt';

/** Opaque to clients; it is the (timestamp, id) of the last row seen, so pages stay stable while rows are added. */
export function encodeCursor(row: { id: string } & Partial<Record<KeyField, Date>>, key: KeyField = 'createdAt'): string {
  return Buffer.from(JSON.stringify([(row[key] as Date).toISOString(), row.id])).toString('base64url');
}

export function decodeCursor(cursor: string): Keyset {
  try {
    const [createdAt, id] = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as [string, string];
    const date = new Date(createdAt);
    if (Number.isNaN(date.getTime()) || typeof id !== 'string' || !/^[0-9a-f-]{36}$/i.test(id)) throw new Error('bad cursor');
    return { createdAt: date, id };
  } catch {
    throw BadUserInputError.field('after', 'This cursor is not valid: use an endCursor from an earlier page.');
  }
}

export function pageSize(first: number | null | undefined): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE_SIZE) {
    throw BadUserInputError.field('first', `Ask for between 1 and ${MAX_PAGE_SIZE} items.`);
  }
  return first;
}

/** The MikroORM condition for "after this cursor" in (key, id) order, ascending or descending. */
export function afterCursor(
  cursor: string | null | undefined,
  order: 'asc' | 'desc',
  key: KeyField = 'createdAt',
): Record<string, unknown> {
  if (!cursor) return {};
  const { createdAt: at, id } = decodeCursor(cursor);
  const beyond = order === 'asc' ? '$gt' : '$lt';
  return { $or: [{ [key]: { [beyond]: at } }, { [key]: at, id: { [beyond]: id } }] };
}

/**
 * The same condition as `afterCursor` for a plain SQL statement over `alias` (ordered by its created_at and id):
 * an `and (…) > (?, ?)` clause and its parameters, or nothing without a cursor.
 */
export function afterCursorSql(
  cursor: string | null | undefined,
  order: 'asc' | 'desc',
  alias: string,
): { sql: string; params: unknown[] } {
  if (!cursor) return { sql: '', params: [] };
  const { createdAt, id } = decodeCursor(cursor);
  return { sql: `and (${alias}."created_at", ${alias}."id") ${order === 'asc' ? '>' : '<'} (?, ?)`, params: [createdAt, id] };
}

/** Turns `size + 1` fetched rows into a page: the extra row only tells that a next page exists. */
export function toPage<T extends { id: string } & Partial<Record<KeyField, Date>>>(
  rows: T[],
  size: number,
  totalCount: number,
  key: KeyField = 'createdAt',
): Page<T> {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node, key), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
