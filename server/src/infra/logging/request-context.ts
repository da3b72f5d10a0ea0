import { AsyncLocalStorage } from 'node:async_hooks';

/**
 * Who is doing what in the request being served: the request's completion log line carries these fields, and an
 * unexpected error reported to Sentry is tagged with them. Filled in as they become known (the user once the
 * session is read, the operation once GraphQL has parsed it).
 */
export interface RequestContext {
  requestId: string;
  userId?: string;
  workspaceId?: string;
  operation?: string;
}

const storage = new AsyncLocalStorage<RequestContext>();

/**
 * Whether code far from the request (an error report, a span of a database query) needs to find the request's
 * context on its own. Only Sentry and tracing do, and only once started; the access log and GraphQL carry the
 * context on the request itself. On Node 20 a single AsyncLocalStorage.run turns on promise hooks that tax every
 * `await` of the process from then on (a few percent of a small request, bench/profile.ts), so without Sentry or
 * tracing it is never entered. (Both SDKs keep an AsyncLocalStorage of their own anyway.)
 */
let ambient = false;

/** Called when Sentry or tracing starts: from then on each request runs inside its context. */
export function keepRequestContextAmbient(): void {
  ambient = true;
}

/** Runs `next` (and everything it awaits) inside the request's context, when something reads it from afar. */
export function runInRequestContext<T>(context: RequestContext, next: () => T): T {
  return ambient ? storage.run(context, next) : next();
}

/**
 * The context of the request this code runs for, for Sentry and tracing (undefined before either started, and in
 * background jobs). Request handlers read theirs from the request instead (access-log.ts `requestContextOf`).
 */
export function currentRequestContext(): RequestContext | undefined {
  return ambient ? storage.getStore() : undefined;
}
