import { pgArray } from '../../../infra/db/pgArray';
import { afterKey, keysetPages, listSection, withoutSortKey } from './section';

interface ConversationRow {
  id: string;
  sortKey: string;
  workspaceId: string;
  workspaceName: string;
  title: string;
  favorite: boolean;
  createdAt: Date;
  updatedAt: Date;
}

interface MessageRow {
  id: string;
  conversationId: string;
  role: string;
  content: string;
  status: string;
  questionId: string | null;
  citations: unknown[];
  saved: boolean;
  rating: string | null;
  ratingComment: string | null;
  createdAt: Date;
}

/**
 * Every conversation with its messages and their citations. Two queries per page of conversations (the page, then
 * all their messages at once), never one per conversation.
 */
export const conversationsSection = listSection(
  'conversations.json',
  'Your conversations with the copilot: every question and answer, with the citations each answer gave and your ratings.',
  async function* ({ em, userId }) {
    const pages = keysetPages<ConversationRow>((after, limit) => {
      const { sql, params } = afterKey(after, 'c');
      return em.execute(
        `select c."id", c."created_at"::text as "sortKey", w."id" as "workspaceId", w."name" as "workspaceName", c."title",
                  c."favorite", c."created_at" as "createdAt", c."updated_at" as "updatedAt"
             from "conversations" c join "workspaces" w on w."id" = c."workspace_id"
            where c."user_id" = ?${sql}
            order by c."created_at", c."id" limit ?`,
        [userId, ...params, limit],
      );
    });
    for await (const conversations of pages) {
      const ids = pgArray(conversations.map((conversation) => conversation.id));
      const messages: MessageRow[] = await em.execute(
        `select "id", "conversation_id" as "conversationId", "role", "content", "status", "question_id" as "questionId",
                  "citations", "saved", "rating", "rating_comment" as "ratingComment", "created_at" as "createdAt"
             from "messages" where "conversation_id" = any(?::uuid[])
            order by "conversation_id", "created_at", "id"`,
        [ids],
      );
      const byConversation = new Map<string, MessageRow[]>();
      for (const message of messages) {
        const list = byConversation.get(message.conversationId);
        if (list) list.push(message);
        else byConversation.set(message.conversationId, [message]);
      }
      yield conversations.map((conversation) => ({
        ...withoutSortKey(conversation),
        messages: (byConversation.get(conversation.id) ?? []).map(({ conversationId: _conversationId, ...message }) => message),
      }));
    }
  },
);
