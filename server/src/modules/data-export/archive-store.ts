import { Readable, Writable } from 'node:stream';
import type { EntityManager } from '@mikro-orm/postgresql';

/** Bytes per stored row: big enough that a 100 MB archive is a hundred rows, small enough to stream. */
export const ARCHIVE_CHUNK_BYTES = 1024 * 1024;

/** The archive grew past the cap: the export fails rather than fill the database. */
export class ArchiveTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`The archive is larger than ${maxBytes} bytes.`);
  }
}

/**
 * The archive of one export in `data_export_chunks` (bytea rows numbered from 0), so every instance reads what any
 * instance wrote. Raw SQL through knex with bound parameters: the bytes travel as a real bytea parameter, not as
 * text inlined into the statement.
 */
export class ArchiveStore {
  constructor(private readonly em: EntityManager) {}

  /** A stream that stores what is written to it, chunk by chunk; past `maxBytes` it fails with ArchiveTooLargeError. */
  writer(exportId: string, maxBytes: number): Writable & { bytesWritten(): number } {
    const knex = this.em.getKnex();
    let pending: Buffer[] = [];
    let pendingBytes = 0;
    let total = 0;
    let seq = 0;
    const store = async () => {
      if (pendingBytes === 0) return;
      const bytes = Buffer.concat(pending);
      pending = [];
      pendingBytes = 0;
      await knex.raw('insert into "data_export_chunks" ("export_id", "seq", "content") values (?, ?, ?)', [exportId, seq++, bytes]);
    };
    const writable = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        total += chunk.length;
        if (total > maxBytes) return callback(new ArchiveTooLargeError(maxBytes));
        pending.push(chunk);
        pendingBytes += chunk.length;
        if (pendingBytes < ARCHIVE_CHUNK_BYTES) return callback();
        store().then(() => callback(), callback);
      },
      final(callback) {
        store().then(() => callback(), callback);
      },
    });
    return Object.assign(writable, { bytesWritten: () => total });
  }

  /** The stored archive as a stream, one chunk (one query) at a time. */
  reader(exportId: string): Readable {
    const knex = this.em.getKnex();
    async function* chunks(): AsyncIterable<Buffer> {
      for (let seq = 0; ; seq++) {
        const result: { rows: Array<{ content: Buffer }> } = await knex.raw(
          'select "content" from "data_export_chunks" where "export_id" = ? and "seq" = ?',
          [exportId, seq],
        );
        const row = result.rows[0];
        if (!row) return;
        yield row.content;
      }
    }
    return Readable.from(chunks(), { objectMode: false });
  }

  /** Removes the archive's bytes (the export's row stays). */
  async remove(exportIds: string[]): Promise<void> {
    if (exportIds.length === 0) return;
    // knex.raw binds a JS array as one parameter (node-postgres writes the array), unlike em.execute: see pgArray.
    await this.em.getKnex().raw('delete from "data_export_chunks" where "export_id" = any(?::uuid[])', [exportIds]);
  }
}
