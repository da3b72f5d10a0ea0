import type { EntityManager } from '@mikro-orm/postgresql';
import { AnswerEventRecord } from './answer-event.entity';
import type { PublishedAnswerEvent } from './answer-event-log';

export type AnswerEventRow = PublishedAnswerEvent & { message: string };

/** Rows per statement: well under PostgreSQL's 65,535 bind parameters at 6 a row. */
const MAX_ROWS = 1_000;

interface Waiting {
  rows: AnswerEventRow[];
  resolve: () => void;
  reject: (error: unknown) => void;
}

/**
 * Group commit for every answer this instance produces: batches handed in while an INSERT runs wait and then go
 * together in the next one. A thousand answers at a model's pace are tens of statements a second instead of
 * thousands; an idle instance writes a lone batch at once. A failed group is retried one answer at a time, so a
 * row that cannot be written (its answer deleted meanwhile) fails only its own answer.
 */
export class AnswerEventInserter {
  private waiting: Waiting[] = [];
  private running = false;

  constructor(private readonly em: EntityManager) {}

  insert(rows: AnswerEventRow[]): Promise<void> {
    return new Promise((resolve, reject) => {
      this.waiting.push({ rows, resolve, reject });
      if (!this.running) void this.drain();
    });
  }

  private async drain(): Promise<void> {
    this.running = true;
    try {
      while (this.waiting.length > 0) {
        const group = this.takeGroup();
        try {
          await this.write(group.flatMap((batch) => batch.rows));
          for (const batch of group) batch.resolve();
        } catch {
          for (const batch of group) await this.write(batch.rows).then(batch.resolve, batch.reject);
        }
      }
    } finally {
      this.running = false;
    }
  }

  /** The waiting batches that fit one statement (at least one, whatever its size). */
  private takeGroup(): Waiting[] {
    let rows = 0;
    let count = 0;
    for (const batch of this.waiting) {
      if (count > 0 && rows + batch.rows.length > MAX_ROWS) break;
      rows += batch.rows.length;
      count += 1;
    }
    return this.waiting.splice(0, count);
  }

  private async write(rows: AnswerEventRow[]): Promise<void> {
    await this.em.insertMany(AnswerEventRecord, rows);
  }
}
