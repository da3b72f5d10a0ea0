import cors from 'cors';
import express, { type Router } from 'express';
import { AppError, ErrorCode, NotFoundError, UnauthenticatedError } from '../errors/app-error';
import { authenticateViewer, bearerToken, type ContextSource, type Viewer } from '../graphql/context';
import type { Logger } from '../infra/logging/logger';
import type { RateLimiter } from '../infra/rate-limit/rate-limiter';
import { BrowserSessionRequiredError } from '../modules/api-tokens/api-token.errors';
import { readSessionCookie } from '../modules/auth/session-cookie';
import { AVATAR_MAX_BYTES } from '../modules/profile/avatar-image';
import { AvatarTooLargeError } from '../modules/profile/profile.errors';
import { createServices } from '../services';
import { isUuid } from '../shared/ids';
import { sendError } from './errors';
import { apiRateLimit } from './graphql-http';
import { MULTIPART_OVERHEAD_BYTES, readMultipartFile } from './multipart-file';
import { CsrfHeaderMissingError, refuse } from './uploads-http';

/** New avatars per user per hour: each one is decoded and re-encoded, the costliest thing a profile does. */
const AVATAR_UPLOADS_PER_USER_PER_HOUR = 20;
const AVATAR_FILE = /^([0-9a-f]{64})\.webp$/;

export interface AvatarHttpOptions {
  allowedOrigins: string[];
  secureCookies: boolean;
  rateLimiter: RateLimiter;
  requestsPerMinute: number;
  contextSource: Pick<ContextSource, 'rootEm' | 'deps'>;
  logger: Logger;
}

/**
 * `POST /avatar` sets the signed-in user's picture from one image file (multipart/form-data, part `file`);
 * `GET /avatars/:userId/:hash.webp` serves a picture to people who share a workspace with its owner.
 *
 * Avatars are not public by unguessable URL: a face is personal data, and a URL travels (pasted, logged, kept in
 * history) where an access check does not. The check costs one indexed query per picture, once per browser:
 * the URL carries the content hash, so the answer is cached privately for a year and a new picture has a new URL.
 */
export function avatarHttpRouter(options: AvatarHttpOptions): Router {
  const router = express.Router();
  const { logger, rateLimiter } = options;
  const viewerOf = async (req: express.Request) => {
    const token = bearerToken(req.headers.authorization) ?? readSessionCookie(req.headers.cookie, options.secureCookies);
    const services = createServices(options.contextSource.rootEm.fork(), options.contextSource.deps);
    const viewer: Viewer | null = token ? await authenticateViewer(services, token, true) : null;
    return { viewer, services };
  };

  router.use('/avatar', cors({ origin: options.allowedOrigins, credentials: true, maxAge: 600 }));
  router.post('/avatar', apiRateLimit(rateLimiter, options.requestsPerMinute), async (req, res) => {
    try {
      if (!req.headers['apollo-require-preflight']) throw new CsrfHeaderMissingError();
      const { viewer, services } = await viewerOf(req);
      if (!viewer) throw new UnauthenticatedError();
      // Profile changes are account management: a browser session only, as updateProfile.
      if (!viewer.session) throw new BrowserSessionRequiredError();
      const userId = viewer.user.id;
      const limited = await rateLimiter.hit(`avatar:user:${userId}`, AVATAR_UPLOADS_PER_USER_PER_HOUR, 3600);
      if (!limited.allowed) {
        const { retryAfterSeconds } = limited;
        throw new AppError(ErrorCode.RATE_LIMITED, `Too many new pictures. Try again in ${retryAfterSeconds} seconds.`, {
          retryAfterSeconds,
        });
      }
      const declared = Number(req.headers['content-length']);
      if (Number.isFinite(declared) && declared > AVATAR_MAX_BYTES + MULTIPART_OVERHEAD_BYTES)
        throw new AvatarTooLargeError(AVATAR_MAX_BYTES);
      // Reading (≤ 2 MB held) and decoding hold memory and CPU: counted with the user's other expensive operations.
      const user = await options.contextSource.deps.inFlight.run(`user:${userId}`, async () => {
        const file = await readMultipartFile(req, {
          maxBytes: AVATAR_MAX_BYTES,
          tooLarge: () => new AvatarTooLargeError(AVATAR_MAX_BYTES),
        });
        return services.profile.setAvatar(userId, file.bytes);
      });
      res.status(200).json({ avatarUrl: user.avatarUrl });
    } catch (error) {
      refuse(req, res, error, logger);
    }
  });

  router.get('/avatars/:userId/:file', apiRateLimit(rateLimiter, options.requestsPerMinute), async (req, res) => {
    try {
      const userId = String(req.params.userId);
      const hash = AVATAR_FILE.exec(String(req.params.file))?.[1];
      const { viewer, services } = await viewerOf(req);
      if (!viewer) throw new UnauthenticatedError();
      const content =
        isUuid(userId) && hash
          ? await services.profile.readAvatar({ userId: viewer.user.id, workspaceId: viewer.workspaceId }, userId, hash)
          : null;
      if (!content) throw new NotFoundError('Avatar');
      res.setHeader('Content-Type', 'image/webp');
      res.setHeader('X-Content-Type-Options', 'nosniff');
      // Private: the answer depends on who asks, so shared caches must not keep it. Immutable: the URL names the bytes.
      res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
      res.setHeader('Content-Security-Policy', "default-src 'none'; sandbox");
      res.setHeader('Content-Length', String(content.length));
      res.status(200).end(content);
    } catch (error) {
      sendError(res, error, logger);
    }
  });
  return router;
}
