import { afterKey, keysetPages, listSection, type PageKey, withoutSortKey } from './section';

/** The answers the user rated, with the rating, their comment, and the question and answer it was about. */
export const ratingsSection = listSection(
  'ratings.json',
  'Your ratings of answers (up or down) and the comments you left, with the question and answer each is about.',
  ({ em, userId }) =>
    keysetPages<PageKey>((after, limit) => {
      const { sql, params } = afterKey(after, 'a');
      return em.execute(
        `select a."id", a."created_at"::text as "sortKey", a."id" as "messageId", a."conversation_id" as "conversationId",
                a."rating", a."rating_comment" as "comment", q."content" as "question", a."content" as "answer",
                a."created_at" as "answeredAt"
           from "messages" a join "conversations" c on c."id" = a."conversation_id"
           left join "messages" q on q."id" = a."question_id"
          where c."user_id" = ? and a."rating" is not null${sql}
          order by a."created_at", a."id" limit ?`,
        [userId, ...params, limit],
      );
    }),
  ({ id: _id, ...row }) => withoutSortKey(row),
);
