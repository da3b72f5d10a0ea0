import type { EntityManager } from '@mikro-orm/postgresql';
import type { Logger } from '../../infra/logging/logger';

/** What a heartbeat saves of a live answer: the text so far. */
export interface LiveAnswer {
  readonly text: string;
}

/**
 * One UPDATE every `intervalMs` touches the heartbeat (and saves the partial text) of every answer this instance is
 * producing. It was one statement per answer every 2 s: a thousand answers made 500 a second, half of all the
 * statements of the streaming bench, queued on the pool ahead of everything else. Only answers still PENDING or
 * STREAMING are touched; a tick that finds the previous one still running is skipped.
 */
export class AnswerHeartbeats {
  private readonly live = new Map<string, LiveAnswer>();
  private timer: NodeJS.Timeout | undefined;
  private writing = false;

  constructor(
    private readonly em: EntityManager,
    private readonly logger: Logger,
    private readonly intervalMs: number,
  ) {}

  /** Keeps `messageId`'s heartbeat until the returned function is called. */
  keep(messageId: string, answer: LiveAnswer): () => void {
    this.live.set(messageId, answer);
    if (!this.timer) {
      this.timer = setInterval(() => void this.beat(), this.intervalMs);
      this.timer.unref();
    }
    return () => {
      if (this.live.get(messageId) !== answer) return;
      this.live.delete(messageId);
      if (this.live.size === 0 && this.timer) {
        clearInterval(this.timer);
        this.timer = undefined;
      }
    };
  }

  private async beat(): Promise<void> {
    if (this.writing || this.live.size === 0) return;
    this.writing = true;
    const answers = [...this.live].map(([id, answer]) => ({ id, content: answer.text }));
    try {
      // The rows travel as one JSON parameter: any number of answers, any text, one statement.
      await this.em.getConnection().execute(
        `update messages m set content = v.content, heartbeat_at = ?
         from json_to_recordset(?::json) as v(id uuid, content text)
         where m.id = v.id and m.status in ('PENDING', 'STREAMING')`,
        [new Date(), JSON.stringify(answers)],
      );
    } catch (error) {
      this.logger.warn({ err: error, answers: answers.length }, 'answer heartbeats not written');
    } finally {
      this.writing = false;
    }
  }
}
