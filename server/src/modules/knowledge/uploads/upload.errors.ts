import { AppError, ErrorCode } from '../../../errors/app-error';

/**
 * An `uploadId` that `addDocument` cannot use. Someone else's upload (another user, another workspace) is "not
 * found", exactly like one that never existed: ids must not reveal anything.
 */
export class UploadUnusableError extends AppError {
  constructor(reason: 'unknown' | 'expired') {
    const message =
      reason === 'expired' ? 'This upload has expired: upload the file again.' : 'This upload was not found: upload the file again.';
    super(reason === 'expired' ? ErrorCode.BAD_USER_INPUT : ErrorCode.NOT_FOUND, message, {
      reason,
      fieldErrors: [{ field: 'uploadId', message }],
    });
  }
}
