import type { EntityManager } from '@mikro-orm/postgresql';
import type { JobQueue } from './infra/jobs/job-queue';
import type { Mailer } from './infra/mail/mailer';
import type { AppPubSub } from './infra/pubsub/pubsub';
import type { RateLimiter } from './infra/rate-limit/rate-limiter';
import { AuthService } from './modules/auth/auth.service';
import { SessionService } from './modules/auth/session.service';
import { WorkspaceService } from './modules/workspace/workspace.service';

/** Long-lived parts the services share; one set per running app. */
export interface AppDeps {
  pubSub: AppPubSub;
  rateLimiter: RateLimiter;
  authAttemptsPerMinute: number;
  /** Queues mail in the caller's transaction; a durable job delivers it. */
  mailer: Mailer;
  jobs: JobQueue;
}

export type Services = ReturnType<typeof createServices>;

/** The use cases, bound to one request's entity manager. Cheap: plain objects, no I/O. */
export function createServices(em: EntityManager, deps: AppDeps) {
  const sessions = new SessionService(em);
  const workspaces = new WorkspaceService(em, deps.pubSub);
  const auth = new AuthService({
    em,
    sessions,
    workspaces,
    rateLimiter: deps.rateLimiter,
    authAttemptsPerMinute: deps.authAttemptsPerMinute,
  });
  return { sessions, workspaces, auth };
}
