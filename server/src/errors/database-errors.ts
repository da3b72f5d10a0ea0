import { UniqueConstraintViolationException } from '@mikro-orm/core';
import { type AppError, ConflictError, ServiceUnavailableError } from './app-error';

/**
 * What a unique index means to the person who hit it. Services check before they insert, but two requests can pass
 * the same check at once: the index decides, and the loser hears CONFLICT with one of these messages.
 */
const UNIQUE_MESSAGES: Record<string, { message: string; field?: string }> = {
  users_email_unique: { message: 'An account with this email already exists. Log in instead.', field: 'email' },
  workspaces_slug_unique: { message: 'This address is already used by another workspace. Pick another.', field: 'slug' },
  memberships_workspace_id_user_id_unique: { message: 'This person is already a member of the workspace.' },
  memberships_one_owner_per_workspace: { message: 'This workspace already has an owner: ownership was just transferred.' },
  invitations_one_open_per_email: { message: 'This address already has a pending invitation. Resend it instead.', field: 'email' },
};

const GENERIC_CONFLICT = 'Someone else changed this at the same moment. Reload and try again.';

// PostgreSQL SQLSTATEs of a stalled or overloaded database: the statement ran out of time, not the request out of luck.
const STATEMENT_TIMEOUT = '57014';
const IDLE_IN_TRANSACTION_TIMEOUT = '25P03';

/**
 * Database failures that are not bugs, as the typed errors clients understand; null for anything else (which stays
 * masked as INTERNAL_SERVER_ERROR). Used by the one error formatter, for every operation and transport.
 */
export function appErrorFromDatabase(error: unknown): AppError | null {
  if (error instanceof UniqueConstraintViolationException) {
    const constraint = (error as { constraint?: string }).constraint ?? '';
    const known = UNIQUE_MESSAGES[constraint];
    return new ConflictError(known?.message ?? GENERIC_CONFLICT, known?.field);
  }
  if (!error || typeof error !== 'object') return null;
  const { name, code, message } = error as { name?: string; code?: string; message?: string };
  if (name === 'KnexTimeoutError' || /Timeout acquiring a connection/.test(message ?? '')) {
    return new ServiceUnavailableError('The service is busy right now (no database connection was free). Try again in a few seconds.');
  }
  if (code === STATEMENT_TIMEOUT || code === IDLE_IN_TRANSACTION_TIMEOUT) {
    return new ServiceUnavailableError('The database took too long to answer. Try again in a few seconds.');
  }
  return null;
}
