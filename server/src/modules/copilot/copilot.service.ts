import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, NotFoundError } from '../../errors/app-error';
import type { AppPubSub } from '../../infra/pubsub/pubsub';
import { isUuid } from '../../shared/ids';
import type { User } from '../account/user.entity';
import type { UsageService } from '../billing/usage.service';
import { viewerMembershipIn } from '../workspace/workspace-access';
import type { PublishedAnswerEvent } from './answer-event-log';
import type { AnswerGenerator } from './answer-generator';
import { answerEvents } from './answer-stream';
import { Conversation } from './conversation.entity';
import { FINAL_STATUSES, MessageRole, MessageStatus } from './copilot.enums';
import { AfterSeqOutOfRangeError, AnswerAlreadyFinishedError } from './copilot.errors';
import type { AskInput } from './copilot.inputs';
import { Message } from './message.entity';
import { failIfStale } from './stale-answers';

export interface AskResult {
  conversation: Conversation;
  question: Message;
  answer: Message;
}

const TITLE_LENGTH = 80;
const STOP_WAIT_MS = 5_000;

/** Titles come from the first question: its first line, cut at a word boundary. */
export function titleFromQuestion(question: string): string {
  const line = question.trim().split('\n')[0]?.trim() ?? '';
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.slice(0, TITLE_LENGTH);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), 40)).trimEnd()}…`;
}

export class CopilotService {
  constructor(
    private readonly em: EntityManager,
    private readonly pubSub: AppPubSub,
    private readonly generator: AnswerGenerator,
    private readonly usage: UsageService,
  ) {}

  /**
   * Stores the question and a STREAMING answer, returns at once, and has the answer produced in the background.
   * The plan's question limit is checked first: an answer counts once, when it is asked for.
   */
  async ask(viewer: User, input: AskInput): Promise<AskResult> {
    const result = await this.em.transactional(async (tx) => {
      await viewerMembershipIn(tx, viewer.id, input.workspaceId, 'Workspace');
      await this.usage.assertRoomForQuestion(tx, input.workspaceId);
      const conversation = input.conversationId
        ? await this.ownConversation(tx, viewer, input.conversationId, input.workspaceId)
        : tx.create(Conversation, { workspace: input.workspaceId, user: viewer, title: titleFromQuestion(input.question) });
      conversation.updatedAt = new Date();
      const question = tx.create(Message, {
        conversation,
        workspace: input.workspaceId,
        role: MessageRole.USER,
        content: input.question.trim(),
        status: MessageStatus.DONE,
      });
      const answer = this.newAnswer(tx, conversation, question);
      tx.persist([conversation, question, answer]);
      await tx.flush();
      return { conversation, question, answer };
    });
    this.generator.start(result.answer.id);
    this.usage.notifyChanged(input.workspaceId);
    return result;
  }

  /** A new answer to the same question, in the same conversation; the old answer stays in the history. */
  async regenerate(viewer: User, messageId: string): Promise<AskResult> {
    const result = await this.em.transactional(async (tx) => {
      const answer = await this.ownMessage(tx, viewer, messageId);
      if (answer.role !== MessageRole.ASSISTANT || !answer.question)
        throw BadUserInputError.field('messageId', 'Only an answer can be regenerated.');
      if (!FINAL_STATUSES.has(answer.status))
        throw BadUserInputError.field('messageId', 'Wait for this answer to finish, or stop it, first.');
      await this.usage.assertRoomForQuestion(tx, answer.workspace.id);
      const conversation = answer.conversation.getEntity();
      const question = await tx.findOneOrFail(Message, answer.question.id);
      conversation.updatedAt = new Date();
      const fresh = this.newAnswer(tx, conversation, question);
      tx.persist(fresh);
      await tx.flush();
      return { conversation, question, answer: fresh };
    });
    this.generator.start(result.answer.id);
    this.usage.notifyChanged(result.conversation.workspace.id);
    return result;
  }

  /**
   * Asks the producing instance (any of them) to stop and waits briefly for it to keep the partial answer as
   * STOPPED. An answer whose instance died is failed on the spot instead.
   */
  async stop(viewer: User, messageId: string): Promise<Message> {
    const answer = await this.ownMessage(this.em, viewer, messageId);
    if (answer.role !== MessageRole.ASSISTANT) throw BadUserInputError.field('messageId', 'Only an answer can be stopped.');
    if (FINAL_STATUSES.has(answer.status)) throw new AnswerAlreadyFinishedError(answer.status);
    const deadline = Date.now() + STOP_WAIT_MS;
    while (Date.now() < deadline) {
      this.generator.requestStop(messageId);
      await new Promise((resolve) => setTimeout(resolve, 100));
      const current = await this.em.fork().findOneOrFail(Message, messageId);
      if (FINAL_STATUSES.has(current.status)) return current;
      if (await failIfStale(this.em.fork(), this.pubSub, messageId)) break;
    }
    return this.em.fork().findOneOrFail(Message, messageId);
  }

  /** For answerStream: checks the viewer wrote it and that afterSeq is not past its end, then streams. */
  async streamFor(
    viewer: User,
    messageId: string,
    afterSeq: number,
    fork: () => EntityManager,
  ): Promise<AsyncGenerator<PublishedAnswerEvent>> {
    const answer = await this.ownMessage(this.em, viewer, messageId);
    if (answer.role !== MessageRole.ASSISTANT) throw BadUserInputError.field('messageId', 'Only answers stream.');
    if (afterSeq < 0) throw BadUserInputError.field('afterSeq', 'Use 0 or a seq you received.');
    const [row] = await this.em.execute<Array<{ last: number | null }>>('select max(seq) as last from answer_events where message_id = ?', [
      messageId,
    ]);
    const lastSeq = row?.last ?? 0;
    // A client cannot have seen an event that does not exist yet, whether or not the answer is finished.
    if (afterSeq > lastSeq) throw new AfterSeqOutOfRangeError(afterSeq, lastSeq);
    return answerEvents(fork(), this.pubSub, messageId, afterSeq, (id) => this.generator.publishedSeq(id));
  }

  private newAnswer(tx: EntityManager, conversation: Conversation, question: Message): Message {
    return tx.create(Message, {
      conversation,
      workspace: conversation.workspace,
      role: MessageRole.ASSISTANT,
      status: MessageStatus.STREAMING,
      question,
      // A conversation lists its messages by (createdAt, id), and a question and its answer are created in the same
      // millisecond: with random ids, about half the answers were listed above their question. Never before it.
      createdAt: new Date(Math.max(Date.now(), question.createdAt.getTime() + 1)),
    });
  }

  /** The viewer's own conversation in that workspace; anyone else's (or another workspace's) is NOT_FOUND. */
  async ownConversation(em: EntityManager, viewer: User, conversationId: string, workspaceId?: string): Promise<Conversation> {
    const conversation = isUuid(conversationId) ? await em.findOne(Conversation, { id: conversationId, user: viewer.id }) : null;
    if (!conversation || (workspaceId && conversation.workspace.id !== workspaceId)) throw new NotFoundError('Conversation');
    // Still a member? A removed member keeps no access to what they wrote there.
    await viewerMembershipIn(em, viewer.id, conversation.workspace.id, 'Conversation');
    return conversation;
  }

  /** A message of one of the viewer's own conversations. */
  async ownMessage(em: EntityManager, viewer: User, messageId: string): Promise<Message> {
    const message = isUuid(messageId)
      ? await em.findOne(Message, { id: messageId, conversation: { user: viewer.id } }, { populate: ['conversation'] })
      : null;
    if (!message) throw new NotFoundError('Message');
    await viewerMembershipIn(em, viewer.id, message.workspace.id, 'Message');
    return message;
  }
}
