import { readFile } from 'node:fs/promises';
import { buffer } from 'node:stream/consumers';
import yauzl from 'yauzl';

/** Every file of a downloaded zip as text, by its path: what the user sees after unzipping. */
export async function unzipFile(path: string): Promise<Map<string, string>> {
  const zip = await yauzl.fromBufferPromise(await readFile(path), { lazyEntries: true });
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
