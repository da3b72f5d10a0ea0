import type { EntityManager } from '@mikro-orm/postgresql';

/** What audit logs say instead of a deleted user's name or address: the same for every entry, and for everyone. */
export const DELETED_USER_LABEL = 'Deleted user';

/**
 * Takes a user out of every audit log, inside the deletion's transaction: entries they made lose their actor (the
 * app shows "A deleted user"), and their address, wherever an entry copied it (the target's label, values in the
 * details such as an ownership transfer's `from`/`to`), becomes DELETED_USER_LABEL. The entries themselves stay:
 * the workspace's history keeps what happened, not who it was.
 */
export async function anonymiseAuditEntries(tx: EntityManager, user: { id: string; email: string }): Promise<void> {
  await tx.execute('update "audit_events" set "actor_id" = null where "actor_id" = ?', [user.id]);
  await tx.execute('update "audit_events" set "target_label" = ? where "target_label" = ?', [DELETED_USER_LABEL, user.email]);
  await tx.execute(
    `update "audit_events"
        set "details" = (select jsonb_object_agg("key", case when "value" = to_jsonb(?::text) then to_jsonb(?::text) else "value" end)
                           from jsonb_each("details"))
      where jsonb_typeof("details") = 'object'
        and exists (select 1 from jsonb_each("details") as entry where entry."value" = to_jsonb(?::text))`,
    [user.email, DELETED_USER_LABEL, user.email],
  );
}
