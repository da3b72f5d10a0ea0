import type { EntityManager } from '@mikro-orm/postgresql';
import { UnauthenticatedError } from '../errors/app-error';
import type { RequestContext } from '../infra/logging/request-context';
import type { InFlightLimiter } from '../infra/rate-limit/in-flight-limiter';
import type { User } from '../modules/account/user.entity';
import type { ApiToken } from '../modules/api-tokens/api-token.entity';
import { BrowserSessionRequiredError } from '../modules/api-tokens/api-token.errors';
import { looksLikeApiTokenSecret } from '../modules/api-tokens/api-token-secret';
import type { Session } from '../modules/auth/session.entity';
import type { ClientInfo } from '../modules/auth/session.service';
import { type AppDeps, createServices, type Services } from '../services';
import { createLoaders, type Loaders } from './loaders';
import type { ConnectionAccess } from './subscription-access';

/** Who is calling: a signed-in browser (a session) or a third-party client (an API token). */
export interface Viewer {
  user: User;
  /** The browser session; null when an API token authenticated the request. */
  session: Session | null;
  /** The API token that authenticated the request; null for a browser session. */
  apiToken: ApiToken | null;
  /** Set for a workspace-restricted API token: the one workspace this viewer has a role in. */
  workspaceId: string | null;
  /** A read-only API token: every mutation is refused (permissions.ts). */
  readOnly: boolean;
}

/** The credential that opened a connection: access events name it when it ends (logOut, revokeSession, revokeApiToken). */
export const credentialIdOf = (viewer: Viewer): string => viewer.session?.id ?? viewer.apiToken?.id ?? '';

/** Whether the viewer may see this workspace at all: a restricted API token sees only its own. */
export const inViewerScope = (viewer: Viewer | null, workspaceId: string): boolean =>
  !viewer?.workspaceId || viewer.workspaceId === workspaceId;

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
  /** Over HTTP: the request's log and error-report fields (user, workspace, operation), filled in as they are known. */
  logFields?: RequestContext;
}

export interface ContextSource {
  rootEm: EntityManager;
  deps: AppDeps;
  /** Session token from the cookie, or a session or API token from the Authorization header or connectionParams. */
  token: string | undefined;
  client: ClientInfo;
  requestId: string;
  sessionCookie: SessionCookieWriter;
  /** False for re-checks that are not the user's activity: the session's idle expiry does not slide. */
  touchSession?: boolean;
}

export const noCookieWriter: SessionCookieWriter = { set: () => undefined, clear: () => undefined };

/**
 * The request's context. Its entity manager, services and loaders are made when first used: `{ __typename }` or a
 * refused anonymous request never needs them, and forking an entity manager and wiring two dozen services was a
 * visible share of such a request's time (bench/profile.ts). The getters live on the prototype because Apollo
 * copies the context's own properties into a new object per operation (which would call getters defined on it).
 */
class RequestGraphQLContext implements GraphQLContext {
  private entityManager: EntityManager | undefined;
  private requestServices: Services | undefined;
  private requestLoaders: Loaders | undefined;
  viewer: Viewer | null = null;
  readonly client: ClientInfo;
  readonly requestId: string;
  readonly sessionCookie: SessionCookieWriter;
  readonly inFlight: InFlightLimiter;
  subscriptionAccess?: ConnectionAccess;
  logFields?: RequestContext;

  constructor(private readonly source: ContextSource) {
    this.client = source.client;
    this.requestId = source.requestId;
    this.sessionCookie = source.sessionCookie;
    this.inFlight = source.deps.inFlight;
  }

  get em(): EntityManager {
    this.entityManager ??= this.source.rootEm.fork();
    return this.entityManager;
  }

  get services(): Services {
    this.requestServices ??= createServices(this.em, this.source.deps);
    return this.requestServices;
  }

  get loaders(): Loaders {
    this.requestLoaders ??= createLoaders(this.em, this.viewer?.user.id ?? null, this.viewer?.workspaceId ?? null);
    return this.requestLoaders;
  }

  // Own properties, not methods: resolvers pass `ctx.forkEntityManager` on as a function.
  readonly forkEntityManager = (): EntityManager => this.source.rootEm.fork();
  readonly refreshed = (): Promise<GraphQLContext> => buildContext({ ...this.source, touchSession: false });
}

export async function buildContext(source: ContextSource): Promise<GraphQLContext> {
  const context = new RequestGraphQLContext(source);
  if (source.token) context.viewer = await authenticateViewer(context.services, source.token, source.touchSession ?? true);
  return context;
}

/** An API token (`askb_…`) or a session token, resolved to its viewer; null when it names nothing live. */
export async function authenticateViewer(services: Services, token: string, touch: boolean): Promise<Viewer | null> {
  if (looksLikeApiTokenSecret(token)) {
    const apiToken = await services.apiTokens.authenticate(token, { touch });
    if (!apiToken) return null;
    return {
      user: apiToken.user.getEntity(),
      session: null,
      apiToken,
      workspaceId: apiToken.workspace?.id ?? null,
      readOnly: apiToken.readOnly,
    };
  }
  const session = await services.sessions.authenticate(token, { touch });
  return session ? { user: session.user.getEntity(), session, apiToken: null, workspaceId: null, readOnly: false } : null;
}

/** "Bearer <token>" → token; anything else → undefined. */
export function bearerToken(authorization: unknown): string | undefined {
  if (typeof authorization !== 'string') return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(authorization.trim());
  return match?.[1];
}

/**
 * The viewer signed in through a browser session: account management (sessions, API tokens, the password) is never
 * open to API tokens. The permission map's `isBrowserSession` refuses them first; this is the second lock.
 */
export function requireBrowserSession(ctx: GraphQLContext): Viewer & { session: Session } {
  const viewer = requireViewer(ctx);
  if (!viewer.session) throw new BrowserSessionRequiredError();
  return viewer as Viewer & { session: Session };
}

/** The signed-in viewer; the permission map already requires one, this is the second lock on the door. */
export function requireViewer(ctx: GraphQLContext): Viewer {
  if (!ctx.viewer) throw new UnauthenticatedError();
  return ctx.viewer;
}
