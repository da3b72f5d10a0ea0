import type { EntityManager } from '@mikro-orm/postgresql';

/** What every section builder gets: a read-only view of one user's data. */
export interface ExportContext {
  em: EntityManager;
  userId: string;
  /** The address now; audit entries name users by the address they had then. */
  email: string;
}

/**
 * One JSON file of the archive. A section is one small module in this folder, registered in `index.ts`: a feature
 * that stores something about a person (cookie consent, billing) adds its own file there, and the export, its
 * progress and its tests take it in without further changes.
 */
export interface ExportSection {
  /** The file's name in the archive, e.g. `conversations.json`. */
  file: string;
  /** One sentence for the archive's manifest: what the file holds. */
  description: string;
  /** The file's text, in pieces: large sections yield page by page, so the archive never holds them whole. */
  render(context: ExportContext): AsyncIterable<string>;
}

/** Rows per query for list sections: large enough to keep the query count low, small enough to bound memory. */
export const EXPORT_PAGE_SIZE = 200;

const json = (value: unknown) => JSON.stringify(value, null, 2);

/** A file holding one JSON object (the profile, say). */
export function objectSection(file: string, description: string, read: (context: ExportContext) => Promise<unknown>): ExportSection {
  return {
    file,
    description,
    async *render(context) {
      yield `${json(await read(context))}\n`;
    },
  };
}

/**
 * A file holding a JSON array, written a page at a time. `pages` yields lists of rows; each is written (through
 * `toItem`, when given) as it comes, so memory holds one page, whatever the user's history.
 */
export function listSection<Row>(
  file: string,
  description: string,
  pages: (context: ExportContext) => AsyncIterable<readonly Row[]>,
  toItem: (row: Row) => unknown = (row) => row,
): ExportSection {
  return {
    file,
    description,
    async *render(context) {
      let first = true;
      yield '[';
      for await (const page of pages(context)) {
        for (const item of page) {
          // Each item indented like the rest of the file, so the archive reads well in an editor.
          yield `${first ? '\n' : ',\n'}  ${json(toItem(item)).replaceAll('\n', '\n  ')}`;
          first = false;
        }
      }
      yield first ? ']\n' : '\n]\n';
    },
  };
}

/** A list section that fits one query (memberships, sessions, API tokens: each bounded per user). */
export function singleQuerySection(
  file: string,
  description: string,
  read: (context: ExportContext) => Promise<readonly unknown[]>,
): ExportSection {
  return listSection(file, description, async function* (context) {
    yield await read(context);
  });
}

/** Where the previous page ended: `created_at` as PostgreSQL's text (microseconds intact) and the id. */
export interface PageKey {
  sortKey: string;
  id: string;
}

/**
 * Keyset pages of rows ordered by (`created_at`, `id`): `query` receives the previous page's last key (or null) and
 * the page size, and returns the next page; rows carry `sortKey` (`"created_at"::text`, so no precision is lost in
 * a JavaScript Date). Stops at the first short page.
 */
export async function* keysetPages<Row extends PageKey>(
  query: (after: PageKey | null, limit: number) => Promise<Row[]>,
): AsyncIterable<Row[]> {
  let after: PageKey | null = null;
  for (;;) {
    const rows = await query(after, EXPORT_PAGE_SIZE);
    if (rows.length > 0) yield rows;
    const last = rows.at(-1);
    if (rows.length < EXPORT_PAGE_SIZE || !last) return;
    after = { sortKey: last.sortKey, id: last.id };
  }
}

/** SQL for "after this key" in a (`created_at`, `id`) ordering, with its parameters; empty for the first page. */
export function afterKey(after: PageKey | null, alias: string): { sql: string; params: unknown[] } {
  if (!after) return { sql: '', params: [] };
  return { sql: ` and (${alias}."created_at", ${alias}."id") > (?::timestamptz, ?::uuid)`, params: [after.sortKey, after.id] };
}

/** Drops the paging key from a row before it is written. */
export function withoutSortKey<Row extends { sortKey?: string }>({ sortKey: _sortKey, ...rest }: Row): Omit<Row, 'sortKey'> {
  return rest;
}
