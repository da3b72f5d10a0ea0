/** The kinds of file the server extracts text from. */
export const ACCEPTED_EXTENSIONS = ['.txt', '.md', '.csv', '.html', '.htm', '.pdf'] as const;
export const ACCEPT_ATTRIBUTE = [...ACCEPTED_EXTENSIONS, 'text/plain', 'text/markdown', 'text/csv', 'text/html', 'application/pdf'].join(
  ',',
);

export function hasAcceptedExtension(filename: string): boolean {
  const lower = filename.toLowerCase();
  return ACCEPTED_EXTENSIONS.some((extension) => lower.endsWith(extension));
}

/**
 * Pasted text up to this size goes inline in `addDocument`; beyond it, it is uploaded as a Markdown file. The
 * server reads at most 1 MB of JSON per request, and escaping (quotes, line breaks, non-ASCII) can double the text.
 */
export const INLINE_TEXT_MAX_BYTES = 512 * 1024;

/** Text too large to send inline, as the Markdown file it is uploaded as; null when it fits inline. */
export function pastedTextAsFile(text: string, title: string): File | null {
  const blob = new Blob([text], { type: 'text/markdown' });
  if (blob.size <= INLINE_TEXT_MAX_BYTES) return null;
  return new File([blob], `${title.trim() || 'Pasted text'}.md`.replace(/[\\/]/g, '-'), { type: 'text/markdown' });
}

const units = ['B', 'KB', 'MB', 'GB'];

export function formatBytes(bytes: number): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${unit === 0 ? value : value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
