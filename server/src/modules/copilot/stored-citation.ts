/** A citation as stored with an answer: a snapshot, so it still reads right after the document changes. */
export interface StoredCitation {
  index: number;
  passageId: string;
  documentId: string;
  documentTitle: string;
  heading: string | null;
  passage: string;
  /** The passage's sentences the answer used, to highlight; absent in answers stored before quotes existed. */
  quotes?: string[];
  /** The PDF page the passage starts on; null for other formats, absent in older answers. */
  page?: number | null;
  /** The passage's position in its document, for links to it; absent in older answers. */
  position?: number | null;
}
