import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { DocumentRejectedError } from './document-rejected-error';
import type { ExtractedText, ExtractTextInput } from './extract-text';
import type { WorkerReply, WorkerRequest } from './extract-worker-protocol';

export interface ExtractionLimits {
  /** Extracted text longer than this is refused. */
  maxTextChars: number;
  /** A parse that takes longer is stopped and the document refused. */
  timeoutMs?: number;
  /** The worker's heap; a parse that needs more is stopped and the document refused. */
  maxHeapMb?: number;
}

const DEFAULT_TIMEOUT_MS = 10_000;
/**
 * Loading the worker's code is not parsing: on a busy machine (or under vitest, which transpiles the sources) it
 * can take seconds, so the parse limit starts once the worker is ready, and this separate, generous limit bounds
 * the start itself.
 */
const START_TIMEOUT_MS = 60_000;
const DEFAULT_MAX_HEAP_MB = 512;

/**
 * How to start the worker. Compiled (dist/…/extract-worker.js), Node runs it as it is. From the TypeScript sources
 * (vitest runs those; Node 20 cannot), the worker first installs a require hook that transpiles .ts files with the
 * TypeScript compiler, a devDependency, so tests exercise the same worker code without a build.
 */
function workerSource(): { source: string; eval: boolean } {
  const fromSources = __filename.endsWith('.ts');
  const entry = path.join(__dirname, `extract-worker.${fromSources ? 'ts' : 'js'}`);
  if (!fromSources) return { source: entry, eval: false };
  const hook = path.join(__dirname, 'testing', 'require-typescript.cjs');
  return { source: `require(${JSON.stringify(hook)}); require(${JSON.stringify(entry)});`, eval: true };
}

function refusal(filename: string, why: 'too-large' | 'too-slow'): DocumentRejectedError {
  const name = `“${filename}”`;
  return why === 'too-large'
    ? new DocumentRejectedError('too-large', `${name} expands to more text than a document may hold. Split it into smaller files.`)
    : new DocumentRejectedError('too-slow', `${name} took too long to read. Split it into smaller files or export it again.`);
}

/**
 * `extractText` in a worker thread with a time limit, a heap limit and a cap on the text it yields: a hostile or
 * pathological file (a PDF stream that inflates to 80 MB, HTML nested 100,000 deep) can neither block the event
 * loop that serves every other tenant nor take the process's memory. Refusals are DocumentRejectedErrors.
 */
export function extractTextInWorker(input: ExtractTextInput, limits: ExtractionLimits): Promise<ExtractedText> {
  const { source, eval: isEval } = workerSource();
  const request: WorkerRequest = {
    filename: input.filename,
    mimeType: input.mimeType ?? null,
    bytes: new Uint8Array(input.bytes),
    maxTextChars: limits.maxTextChars,
  };
  const maxHeapMb = limits.maxHeapMb ?? DEFAULT_MAX_HEAP_MB;
  return new Promise<ExtractedText>((resolve, reject) => {
    const worker = new Worker(source, {
      eval: isEval,
      resourceLimits: { maxOldGenerationSizeMb: maxHeapMb, maxYoungGenerationSizeMb: 64 },
      stdout: false,
      stderr: false,
    });
    let settled = false;
    const settle = (outcome: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      outcome();
      void worker.terminate();
    };
    let timer = setTimeout(
      () => settle(() => reject(new Error(`The text extraction worker did not start within ${START_TIMEOUT_MS} ms.`))),
      START_TIMEOUT_MS,
    );
    worker.on('message', (reply: WorkerReply) => {
      if (reply.kind === 'ready') {
        clearTimeout(timer);
        timer = setTimeout(() => settle(() => reject(refusal(input.filename, 'too-slow'))), limits.timeoutMs ?? DEFAULT_TIMEOUT_MS);
        worker.postMessage(request, [request.bytes.buffer as ArrayBuffer]);
        return;
      }
      settle(() => {
        if (reply.kind === 'ok') resolve(reply.extracted);
        else if (reply.kind === 'rejected') reject(new DocumentRejectedError(reply.reason, reply.message));
        else if (reply.kind === 'too-large') reject(refusal(input.filename, 'too-large'));
        else reject(new Error(`Text extraction failed: ${reply.message}`));
      });
    });
    worker.on('error', (error: Error & { code?: string }) => {
      settle(() => reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? refusal(input.filename, 'too-large') : error));
    });
    worker.on('exit', (code) => {
      settle(() => reject(new Error(`The text extraction worker stopped (exit code ${code}) without an answer.`)));
    });
  });
}
