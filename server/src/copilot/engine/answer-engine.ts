import { AnswerAbortedError } from './engine-errors';

/** A passage found for the question, as the retrieval hands it to an engine (best first). */
export interface RetrievedPassage {
  id: string;
  documentId: string;
  documentTitle: string;
  /** Heading path ("Billing > Refunds"), null for text before the first heading. */
  heading: string | null;
  content: string;
  /** 0-based position of the passage in its document (for links to it). */
  position?: number;
  /** The PDF page the passage starts on (1-based); null for formats without pages. */
  page?: number | null;
  /** Retrieval score, higher is better (BM25 over the workspace). Engines rely on the array order, not on its scale. */
  rank: number;
}

/** A word of the question as the workspace's own statistics see it: how rare, or whether it is there at all. */
export interface QuestionTerm {
  /** As asked: "MongoDB", "server.port", "defaults". */
  word: string;
  /** Passages of the workspace whose text holds it; 0 when the workspace never mentions it in any text. */
  passages: number;
  /** Passages whose document title or heading path holds it. */
  inTitles: number;
  /** Its inverse document frequency in the workspace: rare words weigh more, a word found nowhere the most. */
  weight: number;
}

export interface AnswerRequest {
  question: string;
  passages: RetrievedPassage[];
  /** The question's words with the workspace's statistics, when retrieval knows them (for deciding "not found"). */
  terms?: QuestionTerm[];
  /** Earlier turns of the conversation, oldest first. */
  history?: Array<{ role: 'user' | 'assistant'; content: string }>;
  signal: AbortSignal;
}

export interface Citation {
  /** The number used in the answer text: "[1]" is index 1. */
  index: number;
  passageId: string;
  /**
   * The exact texts of the passage's units the answer used (whitespace collapsed, code blocks left out), in passage
   * order, so a reader can see them highlighted in the passage. Engines that cannot tell leave it out.
   */
  quotes?: string[];
}

export type AnswerChunk = { type: 'delta'; text: string } | { type: 'citations'; citations: Citation[] };

/**
 * Turns a question and its passages into a streamed answer.
 *
 * The contract every engine keeps:
 * - `delta` chunks carry the answer text in order; joined, they are the whole answer.
 * - Citations in the text are "[n]" markers numbered 1..n in order of first use. Exactly one `citations` chunk
 *   ends a completed answer, mapping each number used to its passage (empty when nothing is cited).
 * - Abort: once `signal` aborts, the iterable throws AnswerAbortedError (name "AbortError") promptly, before any
 *   further chunk, and releases what it holds (timers, HTTP requests). Stopping the iteration early (`break`) also
 *   releases them.
 * - Other failures throw EngineFailedError, whose message is written for the person who asked.
 */
export interface AnswerEngine {
  readonly name: string;
  answer(request: AnswerRequest): AsyncIterable<AnswerChunk>;
}

export function throwIfAborted(signal: AbortSignal): void {
  if (signal.aborted) throw new AnswerAbortedError();
}

/**
 * Lets the event loop run (I/O, timers, the abort itself) before the next chunk: `delayMs` 0 waits one
 * setImmediate turn, more waits that long. Rejects as soon as the signal aborts.
 */
export function pause(delayMs: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) {
      reject(new AnswerAbortedError());
      return;
    }
    const onAbort = () => {
      clear();
      reject(new AnswerAbortedError());
    };
    const done = () => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    };
    const handle = delayMs > 0 ? setTimeout(done, delayMs) : setImmediate(done);
    const clear = () => (delayMs > 0 ? clearTimeout(handle as NodeJS.Timeout) : clearImmediate(handle as NodeJS.Immediate));
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
