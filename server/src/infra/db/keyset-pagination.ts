import { BadUserInputError } from '../../errors/app-error';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

export interface Keyset {
  createdAt: Date;
  id: string;
}

/** Opaque to clients; it is the (createdAt, id) of the last row seen, so pages stay stable while rows are added. */
export function encodeCursor(row: Keyset): string {
  return Buffer.from(JSON.stringify([row.createdAt.toISOString(), row.id])).toString('base64url');
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

/** The MikroORM condition for "after this cursor" in (createdAt, id) order, ascending or descending. */
export function afterCursor(cursor: string | null | undefined, order: 'asc' | 'desc'): Record<string, unknown> {
  if (!cursor) return {};
  const { createdAt, id } = decodeCursor(cursor);
  const beyond = order === 'asc' ? '$gt' : '$lt';
  return { $or: [{ createdAt: { [beyond]: createdAt } }, { createdAt, id: { [beyond]: id } }] };
}

/** Turns `size + 1` fetched rows into a page: the extra row only tells that a next page exists. */
export function toPage<T extends Keyset>(rows: T[], size: number, totalCount: number) {
  const nodes = rows.slice(0, size);
  const edges = nodes.map((node) => ({ cursor: encodeCursor(node), node }));
  return { edges, pageInfo: { hasNextPage: rows.length > size, endCursor: edges.at(-1)?.cursor ?? null }, totalCount };
}
