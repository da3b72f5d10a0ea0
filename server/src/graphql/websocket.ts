import type { IncomingMessage, Server } from 'node:http';
import { GraphQLError, type GraphQLSchema, parse, specifiedRules, validate } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import proxyAddr from 'proxy-addr';
import { WebSocketServer } from 'ws';
import { AppError, ErrorCode, RateLimitedError } from '../errors/app-error';
import type { Logger } from '../infra/logging/logger';
import type { AppMetrics } from '../infra/metrics/app-metrics';
import type { RateLimiter } from '../infra/rate-limit/rate-limiter';
import { readSessionCookie } from '../modules/auth/session-cookie';
import { type AccessDatabaseOptions, openAccessDatabase } from './access-database';
import { accessQuery } from './access-verdicts';
import { bearerToken, buildContext, type ContextSource, credentialIdOf, noCookieWriter } from './context';
import { createErrorFormatter } from './format-error';
import { hasIntrospection, type IntrospectionAccess, introspectionRefusal, withoutSuggestions } from './introspection-access';
import { parseOptions, queryLimitRules } from './query-limits';
import { oversizedBy, responseTooLarge } from './response-size';
import { type ConnectionAccess, SubscriptionAccessHub } from './subscription-access';
import { asRequestError, invalidTextError } from './text-input';

export const MAX_SUBSCRIPTIONS_PER_CONNECTION = 20;

export interface WebSocketOptions {
  httpServer: Server;
  schema: GraphQLSchema;
  logger: Logger;
  allowedOrigins: string[];
  secureCookies: boolean;
  /** Express's compiled `trust proxy` (`app.get('trust proxy fn')`): the client IP is derived exactly as req.ip. */
  trustProxy: (address: string, hop: number) => boolean;
  /** The HTTP API's limiter and budget: an operation over WebSocket counts like a request over HTTP. */
  rateLimiter: RateLimiter;
  requestsPerMinute: number;
  introspection: IntrospectionAccess;
  responseMaxBytes: number;
  /** How long a subscription's access re-check is reused before it runs again (access events clear it at once). */
  subscriptionAccessCacheMs: number;
  contextSource: Pick<ContextSource, 'rootEm' | 'deps'>;
  metrics: AppMetrics;
  /** Where the subscriptions' access read connects (a connection of its own, see access-database.ts). */
  accessDatabase: Omit<AccessDatabaseOptions, 'logQuery'>;
}

/**
 * What Express's req.ip is for this request: proxy-addr walks X-Forwarded-For from the right, past the proxies
 * TRUST_PROXY trusts. (Taking the leftmost entry, as before, let any client pick its own address.)
 */
function clientIp(request: IncomingMessage, trustProxy: WebSocketOptions['trustProxy']): string | null {
  return request.socket.remoteAddress ? proxyAddr(request, trustProxy) : null;
}

/**
 * graphql-ws on the HTTP server's /graphql path. Browsers are held to the same origin allow-list as CORS (a foreign
 * page must not ride the user's cookie); clients without an Origin (servers, CLIs) authenticate with a token.
 */
export function attachGraphQLWebSocket(options: WebSocketOptions) {
  const wsServer = new WebSocketServer({
    server: options.httpServer,
    path: '/graphql',
    maxPayload: 1024 * 1024,
    verifyClient: ({ origin }: { origin?: string }) => !origin || options.allowedOrigins.includes(origin),
  });
  const formatError = createErrorFormatter(options.logger);
  const { openWebSockets, activeSubscriptions } = options.metrics;
  wsServer.on('connection', (socket) => {
    openWebSockets.inc();
    socket.once('close', () => openWebSockets.dec());
  });
  const tokenOf = (request: IncomingMessage, connectionParams: Readonly<Record<string, unknown>> | undefined) =>
    bearerToken(connectionParams?.authorization) ?? readSessionCookie(request.headers.cookie, options.secureCookies);

  const isAnonymous = (ctx: { extra: { request: IncomingMessage }; connectionParams?: Readonly<Record<string, unknown>> }) =>
    options.introspection === 'signed-in' && !tokenOf(ctx.extra.request, ctx.connectionParams);

  // Per connection: subscription ids in flight. A WeakMap, so a closed connection's entry goes with it.
  const active = new WeakMap<object, Set<string>>();
  const untrack = (ctx: object, id: string) => {
    if (active.get(ctx)?.delete(id)) activeSubscriptions.dec();
  };
  const ormLogger = options.contextSource.rootEm.config.getLogger();
  const accessDatabase = openAccessDatabase(
    { ...options.accessDatabase, logQuery: (query, took) => ormLogger.logQuery({ query, took, level: 'info' }) },
    options.logger,
  );
  // Per authenticated connection: its session and user, for per-event re-checks and for closing it when they end.
  const hub = new SubscriptionAccessHub(
    options.contextSource.deps.pubSub,
    options.subscriptionAccessCacheMs,
    options.logger,
    accessQuery(accessDatabase),
  );
  const accessOf = new WeakMap<object, ConnectionAccess>();

  const server = useServer(
    {
      schema: options.schema,
      // Coded like Apollo's, so the one error formatter shows them instead of masking them.
      validate: (schema, document) =>
        validate(schema, document, [...specifiedRules, ...queryLimitRules()]).map(
          (error) => new GraphQLError(error.message, { nodes: error.nodes, extensions: { code: ErrorCode.GRAPHQL_VALIDATION_FAILED } }),
        ),
      // A token that does not resolve to a live session closes the connection (4403) instead of silently
      // continuing as anonymous.
      onConnect: async (ctx) => {
        const token = tokenOf(ctx.extra.request, ctx.connectionParams);
        if (!token) return true;
        const context = await buildContext({
          ...options.contextSource,
          token,
          client: { ip: null, userAgent: null },
          requestId: 'ws-connect',
          sessionCookie: noCookieWriter,
        });
        if (!context.viewer) return false;
        const { socket } = ctx.extra;
        accessOf.set(
          ctx,
          hub.open(
            {
              id: credentialIdOf(context.viewer),
              kind: context.viewer.session ? 'session' : 'api-token',
              userId: context.viewer.user.id,
            },
            (code, reason) => socket.close(code, reason),
          ),
        );
        return true;
      },
      onClose: (ctx) => {
        const access = accessOf.get(ctx);
        if (access) hub.close(access);
        const left = active.get(ctx);
        if (left) {
          activeSubscriptions.dec(left.size);
          left.clear();
        }
      },
      context: async (ctx, id) => {
        const context = await buildContext({
          ...options.contextSource,
          token: tokenOf(ctx.extra.request, ctx.connectionParams),
          client: { ip: clientIp(ctx.extra.request, options.trustProxy), userAgent: ctx.extra.request.headers['user-agent'] ?? null },
          requestId: `ws-${id}`,
          sessionCookie: noCookieWriter,
        });
        context.subscriptionAccess = accessOf.get(ctx);
        return context;
      },
      // A connection may hold at most MAX_SUBSCRIPTIONS_PER_CONNECTION operations at once: each one holds a
      // database-polling stream, and a client that never completes them must not pile them up.
      onSubscribe: async (ctx, id, payload) => {
        const limit = await options.rateLimiter.hit(
          `api:ip:${clientIp(ctx.extra.request, options.trustProxy)}`,
          options.requestsPerMinute,
          60,
        );
        if (!limit.allowed) {
          const refusal = new RateLimitedError(limit.retryAfterSeconds);
          return [new GraphQLError(refusal.message, { originalError: refusal })];
        }
        // The same token limit as over HTTP, before graphql-ws parses the document without one.
        try {
          const document = parse(payload.query, parseOptions());
          const invalidText = invalidTextError(document, payload.variables);
          if (invalidText) return [asRequestError(invalidText)];
          // A connection with a token is signed in: onConnect closed it otherwise.
          if (isAnonymous(ctx) && hasIntrospection(document)) return [introspectionRefusal()];
        } catch (error) {
          const message = error instanceof GraphQLError ? error.message : 'The query could not be parsed.';
          return [new GraphQLError(message, { extensions: { code: ErrorCode.GRAPHQL_PARSE_FAILED } })];
        }
        const ids = active.get(ctx) ?? new Set<string>();
        active.set(ctx, ids);
        if (ids.size >= MAX_SUBSCRIPTIONS_PER_CONNECTION) {
          const refusal = new AppError(
            ErrorCode.RATE_LIMITED,
            `At most ${MAX_SUBSCRIPTIONS_PER_CONNECTION} operations at once on one connection: complete some first.`,
            { retryAfterSeconds: 1 },
          );
          return [new GraphQLError(refusal.message, { originalError: refusal })];
        }
        ids.add(id);
        activeSubscriptions.inc();
        return undefined;
      },
      onComplete: (ctx, id) => untrack(ctx, id),
      onNext: (_ctx, _id, _payload, _args, result) => {
        const formatted = result.errors ? { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error)) } : result;
        const bytes = oversizedBy(formatted, options.responseMaxBytes);
        return bytes === null ? formatted : { errors: [responseTooLarge(bytes, options.responseMaxBytes)] };
      },
      onError: (ctx, id, _payload, errors) => {
        // An operation that errors before it runs (validation, a refused subscribe) does not complete.
        untrack(ctx, id);
        const formatted = errors.map((error) => formatError(error.toJSON(), error));
        return isAnonymous(ctx) ? formatted.map(withoutSuggestions) : formatted;
      },
    },
    wsServer,
  );
  return {
    dispose: async () => {
      await server.dispose();
      await hub.dispose();
      await accessDatabase.close();
    },
  };
}
