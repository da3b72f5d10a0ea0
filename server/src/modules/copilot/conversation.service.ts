import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, nullIfNotFound } from '../../errors/app-error';
import { afterCursor, pageSize, toPage } from '../../infra/db/keyset-pagination';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import type { Page } from '../../shared/pagination';
import type { User } from '../account/user.entity';
import { Conversation } from './conversation.entity';
import { MessageRole } from './copilot.enums';
import type { CopilotService } from './copilot.service';
import { Message } from './message.entity';
import { failStaleInConversation } from './stale-answers';

export interface ConversationFilter {
  search?: string | null;
  favoritesOnly?: boolean | null;
}

/** History: the viewer's own conversations in a workspace, newest activity first. */
export class ConversationService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubSub: AppPubSub,
    private readonly copilot: CopilotService,
  ) {}

  async list(
    viewer: User,
    workspaceId: string,
    first: number | null | undefined,
    after: string | null | undefined,
    filter: ConversationFilter,
  ): Promise<Page<Conversation>> {
    const size = pageSize(first);
    const where: Record<string, unknown> = { workspace: workspaceId, user: viewer.id };
    if (filter.favoritesOnly) where.favorite = true;
    const search = filter.search?.trim();
    if (search) {
      if (search.length > 200) throw BadUserInputError.field('search', 'Search for at most 200 characters.');
      // Titles by substring; message texts through their full-text index.
      const ids = await this.em.execute<Array<{ id: string }>>(
        `select c.id from conversations c
         where c.workspace_id = ? and c.user_id = ?
           and (askbase_unaccent(c.title) ilike '%' || askbase_unaccent(?) || '%'
                or exists (select 1 from messages m where m.conversation_id = c.id
                           and to_tsvector('simple', askbase_unaccent(m.content)) @@ websearch_to_tsquery('simple', askbase_unaccent(?))))`,
        [workspaceId, viewer.id, search.replace(/[\\%_]/g, (c) => `\\${c}`), search],
      );
      where.id = { $in: ids.map((row) => row.id) };
    }
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        Conversation,
        { ...where, ...afterCursor(after, 'desc', 'updatedAt') },
        { orderBy: { updatedAt: 'desc', id: 'desc' }, limit: size + 1 },
      ),
      this.em.count(Conversation, where),
    ]);
    return toPage(rows, size, totalCount, 'updatedAt');
  }

  /** The viewer's conversation, or null: someone else's answers null too, revealing nothing. */
  async find(viewer: User, id: string): Promise<Conversation | null> {
    return nullIfNotFound(this.copilot.ownConversation(this.em, viewer, id));
  }

  /** Messages oldest first; answers whose instance died are failed first, so none shows as streaming forever. */
  async messages(conversation: Conversation, first: number | null | undefined, after: string | null | undefined): Promise<Page<Message>> {
    await failStaleInConversation(this.em, this.pubSub, conversation.id);
    const size = pageSize(first ?? 50);
    const where = { conversation: conversation.id };
    const [rows, totalCount] = await Promise.all([
      this.em.find(
        Message,
        { ...where, ...afterCursor(after, 'asc') },
        { orderBy: { createdAt: 'asc', id: 'asc' }, limit: size + 1, refresh: true },
      ),
      this.em.count(Message, where),
    ]);
    return toPage(rows, size, totalCount);
  }

  async rename(viewer: User, id: string, title: string): Promise<Conversation> {
    const trimmed = title.trim();
    if (!trimmed || trimmed.length > 200) throw BadUserInputError.field('title', 'Use 1 to 200 characters.');
    const conversation = await this.copilot.ownConversation(this.em, viewer, id);
    conversation.title = trimmed;
    conversation.updatedAt = new Date();
    await this.em.flush();
    return conversation;
  }

  async setFavorite(viewer: User, id: string, favorite: boolean): Promise<Conversation> {
    const conversation = await this.copilot.ownConversation(this.em, viewer, id);
    conversation.favorite = favorite;
    await this.em.flush();
    return conversation;
  }

  async delete(viewer: User, id: string): Promise<void> {
    const conversation = await this.copilot.ownConversation(this.em, viewer, id);
    await this.em.nativeDelete(Conversation, { id: conversation.id });
  }

  /** The viewer's saved questions in a workspace, newest first. */
  async savedQueries(viewer: User, workspaceId: string): Promise<Message[]> {
    return this.em.find(
      Message,
      { workspace: workspaceId, saved: true, role: MessageRole.USER, conversation: { user: viewer.id } },
      { orderBy: { createdAt: 'desc', id: 'desc' }, limit: 200 },
    );
  }

  async setQuerySaved(viewer: User, messageId: string, saved: boolean): Promise<Message> {
    const message = await this.copilot.ownMessage(this.em, viewer, messageId);
    if (message.role !== MessageRole.USER) throw BadUserInputError.field('messageId', 'Only questions can be saved.');
    message.saved = saved;
    await this.em.flush();
    return message;
  }
}
