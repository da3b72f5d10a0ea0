import type { Citation, RetrievedPassage } from '../../copilot/engine/answer-engine';

/**
 * A citation as stored with an answer: the engine's Citation (index, passageId, quotes) plus a snapshot of the
 * passage it points at, so it still reads right after the document changes. The GraphQL `Citation` implements
 * this shape, so renaming a field here breaks compilation from the engine to the API.
 */
export interface StoredCitation extends Citation, Pick<RetrievedPassage, 'documentId' | 'documentTitle' | 'heading'> {
  /** The passage's text when the answer was given (RetrievedPassage.content). */
  passage: string;
  /** The PDF page the passage starts on; null for other formats, absent in older answers. */
  page?: number | null;
  /** The passage's position in its document, for links to it; absent in older answers. */
  position?: number | null;
}
