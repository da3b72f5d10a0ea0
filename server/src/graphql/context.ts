import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../errors/app-error';
import type { InFlightLimiter } from '../infra/rate-limit/in-flight-limiter';
import type { User } from '../modules/account/user.entity';
import type { Session } from '../modules/auth/session.entity';
import type { ClientInfo } from '../modules/auth/session.service';
import { type AppDeps, createServices, type Services } from '../services';
import { createLoaders, type Loaders } from './loaders';
import type { ConnectionAccess } from './subscription-access';

export interface Viewer {
  user: User;
  session: Session;
}

/** Sets or clears the session cookie; over WebSocket there is no response to carry one, so it does nothing. */
export interface SessionCookieWriter {
  set(token: string, rememberMe: boolean): void;
  clear(): void;
}

/** The same shape for HTTP requests and WebSocket operations, so resolvers and rules never care which. */
export interface GraphQLContext {
  em: EntityManager;
  viewer: Viewer | null;
  client: ClientInfo;
  requestId: string;
  sessionCookie: SessionCookieWriter;
  services: Services;
  loaders: Loaders;
  /** Bounds the expensive operations one user runs at once (see graphql/expensive.ts). */
  inFlight: InFlightLimiter;
  /** A fresh entity manager, for long-lived subscriptions that load data again per event. */
  forkEntityManager(): EntityManager;
  /**
   * The same credentials looked up again on a fresh entity manager: a subscription re-checks access with it, and
   * finds `viewer` null once the session ended. (The original context's identity map would keep an old role.)
   */
  refreshed(): Promise<GraphQLContext>;
  /** Over WebSocket: the connection's access state, which caches re-checks briefly and hears when access changes. */
  subscriptionAccess?: ConnectionAccess;
}

export interface ContextSource {
  rootEm: EntityManager;
  deps: AppDeps;
  /** Session token from the cookie, the Authorization header or connectionParams. */
  token: string | undefined;
  client: ClientInfo;
  requestId: string;
  sessionCookie: SessionCookieWriter;
  /** False for re-checks that are not the user's activity: the session's idle expiry does not slide. */
  touchSession?: boolean;
}

export const noCookieWriter: SessionCookieWriter = { set: () => undefined, clear: () => undefined };

export async function buildContext(source: ContextSource): Promise<GraphQLContext> {
  const em = source.rootEm.fork();
  const services = createServices(em, source.deps);
  const session = source.token ? await services.sessions.authenticate(source.token, { touch: source.touchSession ?? true }) : null;
  const viewer = session ? { user: session.user.getEntity(), session } : null;
  return {
    em,
    viewer,
    client: source.client,
    requestId: source.requestId,
    sessionCookie: source.sessionCookie,
    services,
    loaders: createLoaders(em, viewer?.user.id ?? null),
    inFlight: source.deps.inFlight,
    forkEntityManager: () => source.rootEm.fork(),
    refreshed: () => buildContext({ ...source, touchSession: false }),
  };
}

/** "Bearer <token>" → token; anything else → undefined. */
export function bearerToken(authorization: unknown): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1];
}

/** The signed-in viewer; the permission map already requires one, this is the second lock on the door. */
export function requireViewer(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}
