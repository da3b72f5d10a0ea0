import express, { type Router } from 'express';
import { UnauthenticatedError } from '../errors/app-error';
import type { ContextSource } from '../graphql/context';
import type { Logger } from '../infra/logging/logger';
import type { RateLimiter } from '../infra/rate-limit/rate-limiter';
import { BrowserSessionRequiredError } from '../modules/api-tokens/api-token.errors';
import { readSessionCookie } from '../modules/auth/session-cookie';
import { DataExportExpiredError } from '../modules/data-export/data-export.errors';
import { createServices } from '../services';
import { sendError } from './errors';
import { apiRateLimit } from './graphql-http';

export interface DataExportHttpOptions {
  secureCookies: boolean;
  rateLimiter: RateLimiter;
  requestsPerMinute: number;
  contextSource: Pick<ContextSource, 'rootEm' | 'deps'>;
  logger: Logger;
}

/**
 * `GET /data-exports/:id/download`: the archive, streamed from the database, to its owner's browser session only.
 * The link alone is not enough (it travels by mail): no session is 401 (a browser is sent to log in first), an API
 * token is 403, someone else's export 404, an expired one 410.
 */
export function dataExportHttpRouter(options: DataExportHttpOptions): Router {
  const router = express.Router();
  router.get('/data-exports/:id/download', apiRateLimit(options.rateLimiter, options.requestsPerMinute), async (req, res) => {
    try {
      // A token holder must not walk away with everything about the user: the archive is for the browser.
      if (req.headers.authorization) throw new BrowserSessionRequiredError();
      const token = readSessionCookie(req.headers.cookie, options.secureCookies);
      const services = createServices(options.contextSource.rootEm.fork(), options.contextSource.deps);
      const session = token ? await services.sessions.authenticate(token) : null;
      if (!session) {
        // Opened from the mail in a signed-out browser: log in, then the account page offers the download.
        if (req.accepts(['json', 'html']) === 'html') {
          res.redirect(303, `/login?next=${encodeURIComponent('/account/privacy')}`);
          return;
        }
        throw new UnauthenticatedError();
      }
      const { dataExport, stream } = await services.dataExports.openDownload(session.user.id, String(req.params.id));
      const day = (dataExport.completedAt ?? dataExport.createdAt).toISOString().slice(0, 10);
      res.status(200);
      res.setHeader('Content-Type', 'application/zip');
      res.setHeader('Content-Disposition', `attachment; filename="askbase-data-${day}.zip"`);
      if (dataExport.sizeBytes !== null) res.setHeader('Content-Length', String(dataExport.sizeBytes));
      // Personal data: no shared cache may keep it.
      res.setHeader('Cache-Control', 'private, no-store');
      stream.on('error', (error: Error) => {
        options.logger.error({ err: error }, 'data export download failed mid-way');
        res.destroy(error);
      });
      stream.pipe(res);
    } catch (error) {
      // 410 Gone rather than 404: the link was real, its time is over.
      if (error instanceof DataExportExpiredError && !res.headersSent) {
        res.status(410).json({ errors: [{ message: error.message, extensions: { code: error.code, ...error.details } }] });
        return;
      }
      sendError(res, error, options.logger);
    }
  });
  return router;
}
