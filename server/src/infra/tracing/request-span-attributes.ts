import { type Context, SpanKind, trace } from '@opentelemetry/api';
import type { ReadableSpan, Span, SpanProcessor } from '@opentelemetry/sdk-trace-node';
import { redactUrl } from '../logging/redact-url';
import { currentRequestContext, type RequestContext } from '../logging/request-context';
import { sqlWithoutValues } from './sql-without-values';

/** Where instrumentations put a request's URL (old and stable HTTP conventions): paths and queries may hold tokens. */
const PATH_ATTRIBUTES = ['http.target', 'url.path'];
const FULL_URL_ATTRIBUTES = ['http.url', 'url.full'];
/** Statement text (stable and old database conventions). */
const STATEMENT_ATTRIBUTES = ['db.query.text', 'db.statement'];

/**
 * Stamps every span of a request with the request's ids (askbase.request_id, enduser.id, askbase.workspace_id), the
 * HTTP server span included; redacts tokens from URLs the way access logs do, and values from SQL statements.
 *
 * The ids are written when a span ends, not when it starts: the request context is filled in while the request
 * runs (the user once the session is read, the workspace once GraphQL has parsed the operation), and the HTTP server
 * span starts before the context exists at all. So each span remembers its local root (the server span), and the
 * first span started inside the request hands the context to that root.
 */
export class RequestSpanAttributes implements SpanProcessor {
  private readonly localRoot = new WeakMap<object, Span>();
  private readonly requestOf = new WeakMap<object, RequestContext>();

  onStart(span: Span, parentContext: Context): void {
    const parent = trace.getSpan(parentContext);
    const root = (parent && this.localRoot.get(parent)) ?? span;
    this.localRoot.set(span, root);
    const request = currentRequestContext();
    if (!request) return;
    this.requestOf.set(span, request);
    if (!this.requestOf.has(root)) this.requestOf.set(root, request);
  }

  onEnding(span: Span): void {
    const request = this.requestOf.get(span);
    if (request) {
      span.setAttribute('askbase.request_id', request.requestId);
      if (request.userId) span.setAttribute('enduser.id', request.userId);
      if (request.workspaceId) span.setAttribute('askbase.workspace_id', request.workspaceId);
    }
    for (const name of PATH_ATTRIBUTES) {
      const value = span.attributes[name];
      if (typeof value === 'string') span.setAttribute(name, redactUrl(value) ?? '');
    }
    for (const name of FULL_URL_ATTRIBUTES) {
      const value = span.attributes[name];
      if (typeof value === 'string') span.setAttribute(name, redactFullUrl(value));
    }
    for (const name of STATEMENT_ATTRIBUTES) {
      const value = span.attributes[name];
      if (typeof value === 'string') span.setAttribute(name, sqlWithoutValues(value));
    }
    const query = span.attributes['url.query'];
    if (typeof query === 'string') span.setAttribute('url.query', (redactUrl(`/?${query}`) ?? '').slice(2));
    // "POST /graphql" rather than "POST": express sets the route after the span was named.
    const route = span.attributes['http.route'];
    const method = span.attributes['http.request.method'] ?? span.attributes['http.method'];
    if (span.kind === SpanKind.SERVER && typeof route === 'string' && typeof method === 'string') span.updateName(`${method} ${route}`);
    // GraphQL's validation errors quote the document, literal values included ("found \"hunter2\""): the type stays.
    if (span.instrumentationScope.name.includes('graphql')) {
      for (const event of span.events) {
        if (event.name === 'exception' && event.attributes) {
          event.attributes = { 'exception.type': event.attributes['exception.type'] ?? 'GraphQLError' };
        }
      }
    }
  }

  onEnd(_span: ReadableSpan): void {}

  forceFlush(): Promise<void> {
    return Promise.resolve();
  }

  shutdown(): Promise<void> {
    return Promise.resolve();
  }
}

function redactFullUrl(url: string): string {
  const origin = /^[a-z][a-z0-9+.-]*:\/\/[^/?#]*/i.exec(url)?.[0] ?? '';
  return origin + (redactUrl(url.slice(origin.length)) ?? '');
}
