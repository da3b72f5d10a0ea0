import { AppError, BadUserInputError, ConflictError, ErrorCode, ForbiddenError } from '../../errors/app-error';

export class SlugTakenError extends ConflictError {
  constructor() {
    super('This address is already used by another workspace. Pick another.', 'slug');
  }
}

/** A workspace always keeps exactly one owner: the owner's role only moves by transferOwnership. */
export class OwnerRequiredError extends ConflictError {
  constructor(message = 'A workspace must keep its owner: transfer ownership first.') {
    super(message);
  }
}

export class AlreadyMemberError extends ConflictError {
  constructor() {
    super('This person is already a member of the workspace.', 'email');
  }
}

export class AlreadyInvitedError extends ConflictError {
  constructor() {
    super('This address already has a pending invitation. Resend it instead.', 'email');
  }
}

export class InvitationUnusableError extends AppError {
  constructor(reason: 'expired' | 'used' | 'revoked' | 'unknown') {
    const messages = {
      expired: 'This invitation has expired. Ask for a new one.',
      used: 'This invitation has already been used.',
      revoked: 'This invitation was withdrawn.',
      unknown: 'This invitation link is not valid.',
    };
    super(reason === 'unknown' ? ErrorCode.NOT_FOUND : ErrorCode.BAD_USER_INPUT, messages[reason], { reason });
  }
}

export class InvitationEmailMismatchError extends ForbiddenError {
  constructor(invitedEmail: string) {
    super(`This invitation is for ${invitedEmail}. Log in with that address to accept it.`);
  }
}

export class ConfirmNameMismatchError extends BadUserInputError {
  constructor() {
    super(
      [{ field: 'confirmName', message: "Type the workspace's name exactly to confirm." }],
      "Type the workspace's name exactly to confirm.",
    );
  }
}
