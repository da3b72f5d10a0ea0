import cors from 'cors';
import express, { type Request, type Response, type Router } from 'express';
import { AppError, ErrorCode, NotFoundError, UnauthenticatedError } from '../errors/app-error';
import { authenticateViewer, bearerToken, type ContextSource, inViewerScope } from '../graphql/context';
import type { Logger } from '../infra/logging/logger';
import type { RateLimiter } from '../infra/rate-limit/rate-limiter';
import { ReadOnlyTokenError } from '../modules/api-tokens/api-token.errors';
import { readSessionCookie } from '../modules/auth/session-cookie';
import { PlanLimitReachedError } from '../modules/billing/billing.errors';
import { createServices } from '../services';
import { sendError } from './errors';
import { apiRateLimit } from './graphql-http';
import { MULTIPART_OVERHEAD_BYTES, readMultipartFile } from './multipart-file';

/** Uploads one user may start per minute, on top of the per-IP API budget. */
const UPLOADS_PER_USER_PER_MINUTE = 30;

export interface UploadsHttpOptions {
  allowedOrigins: string[];
  secureCookies: boolean;
  rateLimiter: RateLimiter;
  requestsPerMinute: number;
  contextSource: Pick<ContextSource, 'rootEm' | 'deps'>;
  logger: Logger;
}

/** Apollo's CSRF prevention, mirrored: a cross-site form can post multipart, but it cannot set this header. */
export class CsrfHeaderMissingError extends AppError {
  constructor() {
    super(
      ErrorCode.BAD_USER_INPUT,
      'This upload has been blocked as a potential Cross-Site Request Forgery: send a non-empty `apollo-require-preflight` header.',
    );
  }
}

/**
 * `POST /uploads?workspaceId=…`: one file as multipart/form-data (part `file`), for `addDocument(input: { uploadId })`.
 * Everything that can refuse the request does so before the body is read: the CSRF header, the rate limits, the
 * session or API token, the role in the workspace, and the plan's size limit against the Content-Length. Then the
 * body is streamed and counted, and cut off the moment the file passes the limit (a chunked body has no length).
 */
export function uploadsHttpRouter(options: UploadsHttpOptions): Router {
  const router = express.Router();
  const { logger } = options;
  router.use('/uploads', cors({ origin: options.allowedOrigins, credentials: true, maxAge: 600 }));
  router.post('/uploads', apiRateLimit(options.rateLimiter, options.requestsPerMinute), async (req, res) => {
    try {
      if (!req.headers['apollo-require-preflight']) throw new CsrfHeaderMissingError();
      const token = bearerToken(req.headers.authorization) ?? readSessionCookie(req.headers.cookie, options.secureCookies);
      const em = options.contextSource.rootEm.fork();
      const services = createServices(em, options.contextSource.deps);
      const signedIn = token ? await authenticateViewer(services, token, true) : null;
      if (!signedIn) throw new UnauthenticatedError();
      // An upload is a write: as for mutations, a read-only API token may not, and a restricted one only in its workspace.
      if (signedIn.readOnly) throw new ReadOnlyTokenError();
      const viewer = signedIn.user;
      const limited = await options.rateLimiter.hit(`uploads:user:${viewer.id}`, UPLOADS_PER_USER_PER_MINUTE, 60);
      if (!limited.allowed) {
        const { retryAfterSeconds } = limited;
        throw new AppError(ErrorCode.RATE_LIMITED, `Too many uploads. Try again in ${retryAfterSeconds} seconds.`, { retryAfterSeconds });
      }

      const workspaceId = typeof req.query.workspaceId === 'string' ? req.query.workspaceId : '';
      if (!inViewerScope(signedIn, workspaceId)) throw new NotFoundError('Workspace');
      const { maxBytes, plan } = await services.uploads.admit(viewer, workspaceId);
      const tooLarge = () => new PlanLimitReachedError('documentBytes', plan, maxBytes);
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes + MULTIPART_OVERHEAD_BYTES) throw tooLarge();

      // Each upload holds up to a plan's worth of bytes in memory and a database write: counted with the
      // other expensive operations of this user.
      const upload = await options.contextSource.deps.inFlight.run(`user:${viewer.id}`, async () => {
        const file = await readMultipartFile(req, { maxBytes, tooLarge });
        return services.uploads.store(viewer, workspaceId, file);
      });
      res.status(201).json({
        uploadId: upload.id,
        filename: upload.filename,
        mimeType: upload.mimeType,
        sizeBytes: upload.sizeBytes,
        expiresAt: upload.expiresAt.toISOString(),
      });
    } catch (error) {
      refuse(req, res, error, logger);
    }
  });
  return router;
}

/**
 * Answers, and when the body was not read to its end, closes the connection after the answer: Node would otherwise
 * keep a keep-alive connection open, unread, until its keep-alive time-out, and the client would go on sending.
 */
export function refuse(req: Request, res: Response, error: unknown, logger: Logger): void {
  if (!req.complete) res.setHeader('Connection', 'close');
  sendError(res, error, logger);
}
