import { ApolloLink } from '@apollo/client';
import { tap } from 'rxjs';
import { forgetSignedIn, rememberSignedIn } from '../features/auth/signedInHint';

/**
 * Keeps the "signed in on this device" hint (features/auth/signedInHint) in step with the server: every answer that
 * carries `me` (the session check, the one after a sign-in, the frame's query) says whether a session is open. The
 * other way a session shows it is gone, UNAUTHENTICATED, is handled with the cached viewer (apollo/sessionEnded).
 */
export function createSignedInHintLink(): ApolloLink {
  return new ApolloLink((operation, forward) => forward(operation).pipe(tap(noteViewer)));
}

function noteViewer(result: ApolloLink.Result): void {
  const data: unknown = 'data' in result ? result.data : undefined;
  if (typeof data !== 'object' || data === null || !('me' in data)) return;
  if (data.me) rememberSignedIn();
  else forgetSignedIn();
}
