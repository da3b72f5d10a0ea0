/**
 * The `next` query parameter comes from the URL, so anyone can craft it: accept only paths on this origin
 * ("/w/acme"), never "//evil.example" or "https://..." which would turn log-in into an open redirect.
 */
export function safeNextPath(next: string | null): string | null {
  if (!next?.startsWith('/') || next.startsWith('//') || next.startsWith('/\\')) return null;
  return next;
}

export function loginPathFor(location: { pathname: string; search: string }): string {
  const here = location.pathname + location.search;
  return here === '/' ? '/login' : `/login?next=${encodeURIComponent(here)}`;
}
