import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

export interface ZipEntry {
  /** Path inside the archive. */
  name: string;
  /** The file's bytes, produced on demand: the zip pulls them only when it reaches this entry. */
  content(): AsyncIterable<string | Buffer>;
}

async function* asBuffers(pieces: AsyncIterable<string | Buffer>): AsyncIterable<Buffer> {
  for await (const piece of pieces) yield typeof piece === 'string' ? Buffer.from(piece, 'utf8') : piece;
}

/**
 * Streams a zip of `entries` into `destination` (yazl, deflate), one entry after another, pulling each entry's
 * content only as fast as the destination takes the compressed bytes: nothing is ever whole in memory.
 * `onEntryDone(index)` runs as each entry's content has been read. Rejects with the first failure of an entry's
 * content, the zip, or the destination (which may refuse, e.g., past a size limit); everything is torn down then.
 */
export async function writeZip(
  entries: readonly ZipEntry[],
  destination: Writable,
  onEntryDone: (index: number) => void = () => undefined,
): Promise<void> {
  const zip = new ZipFile();
  let fail: (error: unknown) => void = () => undefined;
  const failed = new Promise<never>((_resolve, reject) => {
    fail = reject;
  });
  // A failure after the race settled must not become an unhandled rejection.
  failed.catch(() => undefined);
  const mtime = new Date();
  entries.forEach((entry, index) => {
    zip.addReadStreamLazy(entry.name, { mtime }, (callback) => {
      const source = Readable.from(asBuffers(entry.content()), { objectMode: false });
      // yazl pipes the source but does not listen for its errors: a failed query must fail the archive.
      source.on('error', fail);
      source.on('end', () => onEntryDone(index));
      callback(null, source);
    });
  });
  zip.on('error', fail);
  zip.end();
  const piped = pipeline(zip.outputStream, destination);
  try {
    await Promise.race([piped, failed]);
  } catch (error) {
    (zip.outputStream as Readable).destroy();
    destination.destroy();
    await piped.catch(() => undefined);
    throw error;
  }
}
