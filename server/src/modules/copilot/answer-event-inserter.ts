import type { EntityManager } from '@mikro-orm/postgresql';
import type { PublishedAnswerEvent } from './answer-event-log';

export type AnswerEventRow = PublishedAnswerEvent & { message: string };

/** Rows per statement: they travel as one JSON parameter, so this only keeps each statement modest. */
const MAX_ROWS = 1_000;

/**
 * The rows as one JSON parameter (as the heartbeats write theirs). `em.insertMany` built the same statement through
 * the ORM's query builder and knex, 6 bind parameters a row inlined into the SQL text: at 1,000 streaming answers
 * that was a tenth of the instance's CPU while it streamed, on the path to every publish.
 */
const INSERT_SQL = `insert into "answer_events" ("message_id", "seq", "delta", "citations", "status", "error")
  select v.message_id, v.seq, v.delta, v.citations, v.status, v.error
  from json_to_recordset(?::json) as v(message_id uuid, seq int, delta text, citations jsonb, status message_status, error text)`;

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
    const values = rows.map(({ message, seq, delta, citations, status, error }) => ({
      message_id: message,
      seq,
      delta,
      citations,
      status,
      error,
    }));
    await this.em.getConnection().execute(INSERT_SQL, [JSON.stringify(values)]);
  }
}
