/** A citation as stored with an answer: a snapshot, so it still reads right after the document changes. */
export interface StoredCitation {
  index: number;
  passageId: string;
  documentId: string;
  documentTitle: string;
  heading: string | null;
  passage: string;
}
