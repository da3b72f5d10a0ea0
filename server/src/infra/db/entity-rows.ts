import { type EntityClass, type EntityData, type EntityDictionary, type EntityMetadata, ReferenceKind } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

/**
 * Hot read paths in plain SQL, with the rows still turned into managed entities as `em.find` does: the same objects, the
 * same identity map, the same resolvers and permission rules afterwards. Building a statement through `em.find`
 * (criteria → QueryBuilder → knex → SQL) cost more CPU than the statement itself on the signed-in members page:
 * about 1 ms per statement on this machine, four statements per request (bench/profile.ts, issue 13 item 1).
 */

/** The columns `em.find` loads for an entity: every persisted column but lazy ones (e.g. a password hash) and formulas. */
function loadedColumns(meta: EntityMetadata): string[] {
  return meta.props
    .filter(
      (prop) =>
        prop.persist !== false &&
        !prop.lazy &&
        !prop.formula &&
        (prop.kind === ReferenceKind.SCALAR ||
          prop.kind === ReferenceKind.MANY_TO_ONE ||
          (prop.kind === ReferenceKind.ONE_TO_ONE && prop.owner)),
    )
    .flatMap((prop) => prop.fieldNames);
}

const columnsCache = new WeakMap<EntityMetadata, string[]>();

function columnsOf(em: EntityManager, entity: EntityClass<object>): string[] {
  const meta = em.getMetadata().get(entity.name);
  let columns = columnsCache.get(meta);
  if (!columns) {
    columns = loadedColumns(meta);
    columnsCache.set(meta, columns);
  }
  return columns;
}

/** `alias."col" as "prefixcol", …` for a select list; `prefix` keeps two joined tables' columns apart. */
export function selectColumns(em: EntityManager, entity: EntityClass<object>, alias: string, prefix = ''): string {
  return columnsOf(em, entity)
    .map((column) => `${alias}."${column}" as "${prefix}${column}"`)
    .join(', ');
}

/**
 * The entity in `row` (its columns named `prefix` + column), merged into `em` as `em.find` would have loaded it: an
 * entity the request already loaded is the one returned (with its unchanged fields refreshed), never a second copy.
 * Many-to-one columns become references, to the managed entity when the request already loaded it (map a joined
 * row's related entity first, and its reference is the loaded one).
 */
export function mapRow<T extends object>(em: EntityManager, entity: EntityClass<T>, row: Record<string, unknown>, prefix = ''): T {
  const data: Record<string, unknown> = {};
  for (const column of columnsOf(em, entity)) data[column] = row[`${prefix}${column}`];
  // What `em.find` does with each row it reads (columns to properties, then the factory with `merge`), not `em.map`:
  // that validates and cascades a merge on top, a fifth of the members page's CPU when it was used here.
  const properties = em.getDriver().mapResult(data as EntityDictionary<T>, em.getMetadata().get(entity.name));
  return em.getEntityFactory().create(entity, properties as EntityData<T>, { merge: true, convertCustomTypes: true });
}
