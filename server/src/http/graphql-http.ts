import type { ApolloServer } from '@apollo/server';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type RequestHandler, type Response, type Router } from 'express';
import { ErrorCode } from '../errors/app-error';
import { bearerToken, buildContext, type ContextSource, type GraphQLContext, type SessionCookieWriter } from '../graphql/context';
import type { IntrospectionAccess } from '../graphql/introspection-access';
import type { RateLimiter } from '../infra/rate-limit/rate-limiter';
import { readSessionCookie, serializeClearedSessionCookie, serializeSessionCookie } from '../modules/auth/session-cookie';
import { createServices } from '../services';
import { requestContextOf } from './access-log';
import { handlerChain } from './handler-chain';

/** The largest JSON body /graphql reads: 1 MB. */
export const GRAPHQL_BODY_MAX_BYTES = 1024 * 1024;

export interface GraphQLHttpOptions {
  apollo: ApolloServer<GraphQLContext>;
  allowedOrigins: string[];
  secureCookies: boolean;
  rateLimiter: RateLimiter;
  requestsPerMinute: number;
  contextSource: Pick<ContextSource, 'rootEm' | 'deps'>;
  /** Serves GraphiQL to a browser that opens /graphql. */
  playground: RequestHandler;
  /** `signed-in`: the playground page is for signed-in users only (anonymous browsers go to /login). */
  introspection: IntrospectionAccess;
}

/** GraphiQL for signed-in browsers only, when introspection is not public: without a schema it is no use anyway. */
function playgroundFor(options: GraphQLHttpOptions): RequestHandler {
  if (options.introspection === 'public') return options.playground;
  const signedInOnly: RequestHandler = async (req, res, next) => {
    const token = readSessionCookie(req.headers.cookie, options.secureCookies);
    const session = token
      ? await createServices(options.contextSource.rootEm.fork(), options.contextSource.deps).sessions.authenticate(token)
      : null;
    if (!session) {
      res.redirect(303, '/login');
      return;
    }
    options.playground(req, res, next);
  };
  // Synchronous for API calls (every POST): an async handler is one more promise per request.
  return (req, res, next) => {
    if (req.method !== 'GET' || req.accepts(['json', 'html']) !== 'html') return next();
    return signedInOnly(req, res, next);
  };
}

/** Per-IP budget for the API as a whole; individual mutations (log in, sign up) have tighter ones of their own. */
export function apiRateLimit(rateLimiter: RateLimiter, perMinute: number): RequestHandler {
  return async (req, res, next) => {
    const result = await rateLimiter.hit(`api:ip:${req.ip}`, perMinute, 60);
    if (result.allowed) return next();
    res.setHeader('Retry-After', String(result.retryAfterSeconds));
    res.status(429).json({
      errors: [
        {
          message: `Too many requests. Try again in ${result.retryAfterSeconds} seconds.`,
          extensions: { code: ErrorCode.RATE_LIMITED, retryAfterSeconds: result.retryAfterSeconds },
        },
      ],
    });
  };
}

/** Sets the session cookie on the response: a class, so a request makes one object, not two closures. */
class ResponseSessionCookie implements SessionCookieWriter {
  constructor(
    private readonly res: Response,
    private readonly secure: boolean,
  ) {}

  set(value: string, rememberMe: boolean): void {
    this.res.append('Set-Cookie', serializeSessionCookie(value, { secure: this.secure, rememberMe }));
  }

  clear(): void {
    this.res.append('Set-Cookie', serializeClearedSessionCookie(this.secure));
  }
}

export function graphqlHttpRouter(options: GraphQLHttpOptions): Router {
  const router = express.Router();
  const { contextSource, secureCookies } = options;
  router.use(
    '/graphql',
    handlerChain(
      playgroundFor(options),
      cors({ origin: options.allowedOrigins, credentials: true, maxAge: 600 }),
      apiRateLimit(options.rateLimiter, options.requestsPerMinute),
      // Files go through POST /uploads (streamed, size checked as they arrive); base64 in addDocument stays for small
      // files from third-party clients. A larger body is refused before it is parsed: 413 PAYLOAD_TOO_LARGE.
      express.json({ limit: GRAPHQL_BODY_MAX_BYTES }),
      expressMiddleware(options.apollo, {
        context: async ({ req, res }) => {
          // An explicit Authorization header (an API token, say, from the playground's Headers tab) wins over the cookie.
          const token = bearerToken(req.headers.authorization) ?? readSessionCookie(req.headers.cookie, secureCookies);
          const context = await buildContext({
            rootEm: contextSource.rootEm,
            deps: contextSource.deps,
            token,
            client: { ip: req.ip ?? null, userAgent: req.headers['user-agent'] ?? null },
            requestId: String(req.id),
            sessionCookie: new ResponseSessionCookie(res, secureCookies),
          });
          // The request's log line names the user; the operation plugin adds the operation and workspace.
          const fields = requestContextOf(req);
          if (fields) {
            fields.userId = context.viewer?.user.id;
            context.logFields = fields;
          }
          return context;
        },
      }),
    ),
  );
  return router;
}
