import { parentPort } from 'node:worker_threads';
import { DocumentRejectedError } from './document-rejected-error';
import { type ExtractTextInput, extractText } from './extract-text';
import type { WorkerReply, WorkerRequest } from './extract-worker-protocol';

/**
 * Runs in a worker thread (see extract-in-worker.ts): says it is ready once its code is loaded, then reads one
 * document, sends one reply, and the thread ends.
 */
async function run(request: WorkerRequest): Promise<WorkerReply> {
  const input: ExtractTextInput = { filename: request.filename, mimeType: request.mimeType, bytes: Buffer.from(request.bytes) };
  try {
    const extracted = await extractText(input);
    if (extracted.text.length > request.maxTextChars) return { kind: 'too-large' };
    return { kind: 'ok', extracted };
  } catch (error) {
    if (error instanceof DocumentRejectedError) return { kind: 'rejected', reason: error.reason, message: error.message };
    return { kind: 'failed', message: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}

parentPort?.once('message', (request: WorkerRequest) => {
  run(request).then(
    (reply) => parentPort?.postMessage(reply),
    (error: unknown) => parentPort?.postMessage({ kind: 'failed', message: String(error) } satisfies WorkerReply),
  );
});
parentPort?.postMessage({ kind: 'ready' } satisfies WorkerReply);
