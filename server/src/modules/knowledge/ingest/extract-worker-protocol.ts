import type { DocumentRejectionReason } from './document-rejected-error';
import type { ExtractedText } from './extract-text';

/** What the main thread hands the extraction worker. */
export interface WorkerRequest {
  filename: string;
  mimeType: string | null;
  bytes: Uint8Array;
  /** Longer extracted text is refused: a small file can expand enormously (a PDF stream that inflates 400-fold). */
  maxTextChars: number;
}

export type WorkerReply =
  /** The worker's code is loaded: the request may be sent, and the time limit starts. */
  | { kind: 'ready' }
  | { kind: 'ok'; extracted: ExtractedText }
  | { kind: 'rejected'; reason: DocumentRejectionReason; message: string }
  | { kind: 'too-large' }
  | { kind: 'failed'; message: string };
