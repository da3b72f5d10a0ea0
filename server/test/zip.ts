import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';

/** Every file of a zip archive as text, by its path: tests read what a user would after unzipping. */
export async function unzipText(archive: Buffer): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(archive, { lazyEntries: true });
  const files = new Map<string, string>();
  try {
    for await (const entry of zip.eachEntry()) {
      files.set(entry.fileName, (await buffer(await zip.openReadStreamPromise(entry))).toString('utf8'));
    }
  } finally {
    zip.close();
  }
  return files;
}
