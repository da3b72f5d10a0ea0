/**
 * Okapi BM25's parts, with the usual constants. Kept beside the SQL that uses them so the two read together.
 * k1 bounds how much repeating a word adds; b how much a long passage is discounted.
 */
export const BM25_K1 = 1.2;
export const BM25_B = 0.75;

/** Inverse document frequency: rare in the workspace = heavy. Always positive (the "+1" variant). */
export function inverseDocumentFrequency(passagesInWorkspace: number, passagesWithTerm: number): number {
  return Math.log(1 + (passagesInWorkspace - passagesWithTerm + 0.5) / (passagesWithTerm + 0.5));
}
