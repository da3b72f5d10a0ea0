import { AppError, ConflictError, ErrorCode, RateLimitedError } from '../../errors/app-error';

/** A second export asked for within a minute of the last: nothing is started. */
export class DataExportRequestedRecentlyError extends RateLimitedError {
  constructor(retryAfterSeconds: number) {
    super(retryAfterSeconds);
    this.message = `You asked for an export less than a minute ago. Try again in ${retryAfterSeconds} seconds.`;
  }
}

/** The export's archive is gone: its 7 days are over (or it failed). The page offers a new one. */
export class DataExportExpiredError extends AppError {
  constructor() {
    super(ErrorCode.NOT_FOUND, 'This download has expired. Ask for a new export from your account page.', { reason: 'expired' });
  }
}

/** The archive is still being prepared. */
export class DataExportNotReadyError extends ConflictError {
  constructor() {
    super('This export is still being prepared. Try again when it is ready.');
  }
}
