/**
 * Access logs keep paths, not secrets: an invitation link carries its token in the path (`/invite/<token>`), and any
 * query string may carry one (a token in a link, a GET /graphql with variables). Paths keep their shape and query
 * strings their parameter names, so a log line still says what was asked for.
 */
const TOKEN_IN_PATH = /^(\/invite\/)[^/?#]+/;

export function redactUrl(url: string | undefined): string | undefined {
  if (!url) return url;
  const [path = '', query] = url.split(/\?(.*)/s, 2);
  const safePath = path.replace(TOKEN_IN_PATH, '$1[redacted]');
  if (query === undefined) return safePath;
  const names = query
    .split('&')
    .filter(Boolean)
    .map((pair) => `${pair.split('=')[0]}=[redacted]`);
  return `${safePath}?${names.join('&')}`;
}

interface SerializedRequest {
  url?: string;
  query?: Record<string, unknown>;
  headers?: Record<string, unknown>;
}

/** pino-http's request serializer, applied after the standard one. */
export function redactRequest<T extends SerializedRequest>(req: T): T {
  req.url = redactUrl(req.url);
  if (req.query && Object.keys(req.query).length > 0) {
    req.query = Object.fromEntries(Object.keys(req.query).map((name) => [name, '[redacted]']));
  }
  // The page a request came from can be an invitation link too.
  if (req.headers && typeof req.headers.referer === 'string') {
    req.headers = { ...req.headers, referer: redactUrl(req.headers.referer.replace(/^https?:\/\/[^/]+/, '')) };
  }
  return req;
}
