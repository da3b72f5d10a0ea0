import { AppError, ErrorCode } from '../../../errors/app-error';

/** Why an uploaded document was refused; each reason has its own user-facing message. */
export type DocumentRejectionReason =
  | 'unsupported-type'
  | 'mismatched-content'
  | 'encrypted-pdf'
  | 'unreadable-pdf'
  | 'no-text'
  | 'empty'
  | 'too-large'
  | 'too-slow';

/**
 * A document the user uploaded cannot become searchable text. It is the user's to fix (another file, another
 * export), so it is a BAD_USER_INPUT on the `file` field: an AppError, so the GraphQL layer's one error mapper shows
 * the message in place on the upload form without knowing about this module.
 */
export class DocumentRejectedError extends AppError {
  readonly field = 'file';

  constructor(
    readonly reason: DocumentRejectionReason,
    message: string,
  ) {
    super(ErrorCode.BAD_USER_INPUT, message, { fieldErrors: [{ field: 'file', message }], reason });
  }
}
