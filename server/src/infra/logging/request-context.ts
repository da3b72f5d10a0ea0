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

/** Runs `next` (and everything it awaits) inside the request's context. */
export function runInRequestContext<T>(context: RequestContext, next: () => T): T {
  return storage.run(context, next);
}

/** The context of the request this code runs for, if any (background jobs have none). */
export function currentRequestContext(): RequestContext | undefined {
  return storage.getStore();
}
