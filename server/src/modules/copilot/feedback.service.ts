import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError } from '../../errors/app-error';
import type { User } from '../account/user.entity';
import { MessageRole, type Rating } from './copilot.enums';
import type { CopilotService } from './copilot.service';
import { Message } from './message.entity';

const COMMENT_MAX = 2_000;

/** A rating's or report's comment: trimmed, null when empty, at most COMMENT_MAX characters. */
export function cleanComment(comment: string | null | undefined): string | null {
  const trimmed = comment?.trim() ?? '';
  if (trimmed.length > COMMENT_MAX) throw BadUserInputError.field('comment', `A comment has at most ${COMMENT_MAX} characters.`);
  return trimmed || null;
}

/** Thumbs up or down on answers (reports are modules/reports). */
export class FeedbackService {
  constructor(
    private readonly em: EntityManager,
    private readonly copilot: CopilotService,
  ) {}

  /** A new vote replaces the old one; a null rating clears it (and its comment). */
  async rate(viewer: User, messageId: string, rating: Rating | null, comment: string | null | undefined): Promise<Message> {
    const answer = await this.ownAnswer(viewer, messageId);
    answer.rating = rating;
    answer.ratingComment = rating ? cleanComment(comment) : null;
    await this.em.flush();
    return answer;
  }

  /** The viewer's own answer (not a question): what can be rated or reported. */
  async ownAnswer(viewer: User, messageId: string): Promise<Message> {
    const message = await this.copilot.ownMessage(this.em, viewer, messageId);
    if (message.role !== MessageRole.ASSISTANT) throw BadUserInputError.field('messageId', 'Only answers can be rated or reported.');
    return message;
  }
}
