/** What the document page gets from a citation's "Open" link beyond its URL: the sentences to mark. */
export interface PassageLinkState {
  quotes: string[];
}

/** The document page scrolled to one of its passages: `/w/acme/documents/<id>?passage=3`. */
export function passagePath(workspaceSlug: string, documentId: string, position: number | null | undefined): string {
  const path = `/w/${workspaceSlug}/documents/${documentId}`;
  return position === null || position === undefined ? path : `${path}?passage=${position}`;
}

/** The position in `?passage=`, or null when absent or not a position (a hand-edited URL). */
export function passageParam(search: URLSearchParams): number | null {
  const raw = search.get('passage');
  return raw !== null && /^\d{1,9}$/.test(raw) ? Number(raw) : null;
}

/** Quotes handed over in the router's location state; anything else (a reload from elsewhere, a forged state) is none. */
export function quotesFromState(state: unknown): string[] {
  const quotes = (state as Partial<PassageLinkState> | null)?.quotes;
  return Array.isArray(quotes) ? quotes.filter((quote): quote is string => typeof quote === 'string') : [];
}
