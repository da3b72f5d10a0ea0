import { afterKey, keysetPages, listSection, type PageKey, withoutSortKey } from './section';

/** The reports the user filed about answers, with what the admins decided. */
export const reportsSection = listSection(
  'reports.json',
  'The reports you filed about answers: category, your comment, the answer as reported, and the outcome.',
  ({ em, userId }) =>
    keysetPages<PageKey>((after, limit) => {
      const { sql, params } = afterKey(after, 'r');
      return em.execute(
        `select r."id", r."created_at"::text as "sortKey", r."workspace_id" as "workspaceId", w."name" as "workspaceName",
                r."message_id" as "messageId", r."category", r."comment", r."snapshot", r."status",
                r."resolution_note" as "resolutionNote", r."resolved_at" as "resolvedAt", r."created_at" as "createdAt"
           from "reports" r join "workspaces" w on w."id" = r."workspace_id"
          where r."reporter_id" = ?${sql}
          order by r."created_at", r."id" limit ?`,
        [userId, ...params, limit],
      );
    }),
  withoutSortKey,
);
