/**
 * Access logs keep paths, not secrets: an invitation link carries its token in the path (`/invite/<token>`), and any
 * query string may carry one (a token in a link, a GET /graphql with variables). Paths keep their shape and query
 * strings their parameter names, so a log line still says what was asked for.
 */
const TOKEN_IN_PATH = /^(\/invite\/)[^/?#]+/;

export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  // Most paths have neither (every POST /graphql): no need to split them.
  if (!url.includes('?') && !url.startsWith('/invite/')) return url;
  const [path = '', query] = url.split(/\?(.*)/s, 2);
  const safePath = path.replace(TOKEN_IN_PATH, '$1[redacted]');
  if (query === undefined) return safePath;
  const names = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=[redacted]`);
  return `${safePath}?${names.join('&')}`;
}
