import { afterKey, keysetPages, listSection, type PageKey, withoutSortKey } from './section';

/** The questions the user saved, page by page. */
export const savedQueriesSection = listSection(
  'saved-queries.json',
  'The questions you saved, with the conversation and workspace of each.',
  ({ em, userId }) =>
    keysetPages<PageKey>((after, limit) => {
      const { sql, params } = afterKey(after, 'm');
      return em.execute(
        `select m."id", m."created_at"::text as "sortKey", m."conversation_id" as "conversationId",
                m."workspace_id" as "workspaceId", m."content" as "question", m."created_at" as "createdAt"
           from "messages" m join "conversations" c on c."id" = m."conversation_id"
          where c."user_id" = ? and m."saved"${sql}
          order by m."created_at", m."id" limit ?`,
        [userId, ...params, limit],
      );
    }),
  withoutSortKey,
);
