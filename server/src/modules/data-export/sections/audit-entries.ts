import { afterKey, keysetPages, listSection, type PageKey, withoutSortKey } from './section';

/**
 * Audit entries about the user: the ones they did (actor), and the ones done to them — their memberships, and
 * invitations or other records labelled with their address. A left join: entries that belong to no workspace (a
 * per-user security log) are about the user too.
 */
export const auditEntriesSection = listSection(
  'audit-entries.json',
  'Audit entries about you: what you did in workspaces, what was done to your membership or invitations, and your security log (sessions, API tokens, password, email).',
  ({ em, userId, email }) =>
    keysetPages<PageKey>((after, limit) => {
      const { sql, params } = afterKey(after, 'e');
      return em.execute(
        `select e."id", e."created_at"::text as "sortKey", e."workspace_id" as "workspaceId", w."name" as "workspaceName",
                e."action", e."actor_id" = ? as "byYou", e."target_type" as "targetType", e."target_id" as "targetId",
                e."target_label" as "targetLabel", e."details", e."created_at" as "createdAt"
           from "audit_events" e left join "workspaces" w on w."id" = e."workspace_id"
          where (e."actor_id" = ?
                 or e."subject_user_id" = ?
                 or e."target_label" = ?
                 or e."target_id" in (select "id" from "memberships" where "user_id" = ?))${sql}
          order by e."created_at", e."id" limit ?`,
        [userId, userId, userId, email, userId, ...params, limit],
      );
    }),
  withoutSortKey,
);
