import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { notifications } from '@mantine/notifications';
import { type ErrorCode, errorCodeOf } from './serverErrors';

// Already announced by the error link (see notifyingErrorLink.ts): saying them twice would only be noise.
const ANNOUNCED_BY_ERROR_LINK: ReadonlySet<ErrorCode | undefined> = new Set<ErrorCode>([
  'INTERNAL_SERVER_ERROR',
  'RATE_LIMITED',
  'SERVICE_UNAVAILABLE',
]);

/**
 * For actions that have no form to show an error in (a button in a list, a confirmation modal): the server's
 * reason, such as "Only the owner can remove an admin.", as a notification.
 */
export function notifyActionFailed(title: string, error: unknown): void {
  if (!CombinedGraphQLErrors.is(error)) return;
  const reason = error.errors.find((graphQLError) => !ANNOUNCED_BY_ERROR_LINK.has(errorCodeOf(graphQLError)));
  if (!reason) return;
  notifications.show({ color: 'red', title, message: reason.message });
}
