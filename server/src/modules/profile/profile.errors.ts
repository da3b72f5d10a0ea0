import { AppError, BadUserInputError, ConflictError, ErrorCode } from '../../errors/app-error';

/** The avatar's content is not a PNG, JPEG or WebP image (whatever its name or declared type says). */
export class AvatarNotAnImageError extends BadUserInputError {
  constructor() {
    const message = 'Choose a PNG, JPEG or WebP image.';
    super([{ field: 'file', message }], message);
  }
}

/** An image whose pixel count is over the cap: a decompression bomb, or simply far more than an avatar needs. */
export class AvatarTooManyPixelsError extends BadUserInputError {
  constructor(maxPixels: number) {
    const message = `This image is too large in pixels: use one of at most ${Math.round(maxPixels / 1_000_000)} megapixels.`;
    super([{ field: 'file', message }], message);
  }
}

/** Over the avatar's byte cap; the same code and shape as the transport's own cap (`maxBytes`). */
export class AvatarTooLargeError extends AppError {
  constructor(maxBytes: number) {
    super(ErrorCode.PAYLOAD_TOO_LARGE, `Choose an image of at most ${maxBytes / 1024 / 1024} MB.`, {
      maxBytes,
      fieldErrors: [{ field: 'file', message: `Choose an image of at most ${maxBytes / 1024 / 1024} MB.` }],
    });
  }
}

/** The new address already belongs to an account (see EmailChangeService for why this is said plainly). */
export class EmailInUseError extends ConflictError {
  constructor() {
    super('Another account already uses this email address.', 'newEmail');
  }
}

/** The new address is the one the account already has. */
export class SameEmailError extends BadUserInputError {
  constructor() {
    const message = 'This is already your email address.';
    super([{ field: 'newEmail', message }], message);
  }
}

/** A confirmation link that cannot be used: one message per reason, on `token`. */
export class EmailChangeTokenUnusableError extends BadUserInputError {
  constructor(reason: 'unknown' | 'used' | 'expired') {
    const messages = {
      unknown:
        'This confirmation link is not valid. Check that you copied the whole link, and that you are signed in to the account that asked for the change.',
      used: 'This confirmation link was already used or replaced by a newer one.',
      expired: 'This confirmation link has expired. Ask for the change again from your profile.',
    };
    super([{ field: 'token', message: messages[reason] }], messages[reason]);
  }
}
