import type { EntityManager } from '@mikro-orm/postgresql';
import DataLoader from 'dataloader';
import type { GraphQLContext } from '../graphql/context';
import { isUuid } from '../shared/ids';

/** The records whose rules depend on the record itself: its workspace, and who wrote it. */
export type RecordKind = 'document' | 'conversation' | 'message' | 'invitation' | 'membership' | 'report';

export interface RecordScope {
  workspaceId: string;
  /** Who the record belongs to: the document's uploader, the conversation's (or message's) author, ... */
  authorId: string | null;
}

/** One statement per kind and request, whatever the number of records asked about. */
const SCOPE_SQL: Record<RecordKind, string> = {
  document: 'select id, workspace_id, added_by_id as author_id from documents where id in (?)',
  conversation: 'select id, workspace_id, user_id as author_id from conversations where id in (?)',
  // A message is its conversation's: answers and questions alike belong to whoever asked.
  message:
    'select m.id, c.workspace_id, c.user_id as author_id from messages m join conversations c on c.id = m.conversation_id where m.id in (?)',
  invitation: 'select id, workspace_id, invited_by_id as author_id from invitations where id in (?)',
  membership: 'select id, workspace_id, user_id as author_id from memberships where id in (?)',
  report: 'select id, workspace_id, reporter_id as author_id from reports where id in (?)',
};

type ScopeRow = { id: string; workspace_id: string; author_id: string | null };

function scopeLoader(em: EntityManager) {
  return new DataLoader<`${RecordKind}:${string}`, RecordScope | null>(async (keys) => {
    const idsByKind = new Map<RecordKind, string[]>();
    for (const key of keys) {
      const [kind, id] = key.split(':') as [RecordKind, string];
      if (isUuid(id)) idsByKind.set(kind, [...(idsByKind.get(kind) ?? []), id]);
    }
    const found = new Map<string, RecordScope>();
    for (const [kind, ids] of idsByKind) {
      const rows = await em.getConnection().execute<ScopeRow[]>(SCOPE_SQL[kind], [ids]);
      for (const row of rows) found.set(`${kind}:${row.id}`, { workspaceId: row.workspace_id, authorId: row.author_id });
    }
    return keys.map((key) => found.get(key) ?? null);
  });
}

const loaders = new WeakMap<GraphQLContext, ReturnType<typeof scopeLoader>>();

/**
 * The workspace and author of a record named by an argument, cached for the request: a rule and the next rule on
 * the same record cost one statement. Null for an id that names nothing (or is not an id).
 */
export function recordScope(ctx: GraphQLContext, kind: RecordKind, id: unknown): Promise<RecordScope | null> {
  if (!isUuid(id)) return Promise.resolve(null);
  let loader = loaders.get(ctx);
  if (!loader) {
    loader = scopeLoader(ctx.em);
    loaders.set(ctx, loader);
  }
  return loader.load(`${kind}:${id}`);
}
