import { CombinedGraphQLErrors } from '@apollo/client/errors';
import type { FieldValues, Path, UseFormSetError } from 'react-hook-form';
import { errorCodeOf, fieldErrorsOf, findErrorWithCode, HttpEndpointError } from '../../apollo/serverErrors';

/**
 * Puts the server's verdict where the user looks: per-field errors (`fieldErrors` of BAD_USER_INPUT and CONFLICT)
 * onto the form's fields, the first one focused; a CONFLICT without fieldErrors on a form with an email field means
 * "email already registered" and lands there too. Returns a message for the form-level alert when nothing could be
 * placed on a field, or null when everything was.
 */
export function applyServerErrors<T extends FieldValues>(
  error: unknown,
  setError: UseFormSetError<T>,
  fields: readonly Path<T>[],
): string | null {
  const known = fields as readonly string[];
  const placeable = fieldErrorsOf(error).filter(({ field }) => known.includes(field));
  const conflict = findErrorWithCode(error, 'CONFLICT');
  if (conflict && known.includes('email') && !placeable.some(({ field }) => field === 'email')) {
    placeable.push({ field: 'email', message: conflict.message });
  }
  placeable.forEach(({ field, message }, index) => {
    setError(field as Path<T>, { type: 'server', message }, { shouldFocus: index === 0 });
  });
  return placeable.length > 0 ? null : generalMessageOf(error);
}

/** The message for a form-level alert: the server's own words, except for failures it must not detail. */
export function generalMessageOf(error: unknown): string {
  if (!CombinedGraphQLErrors.is(error) && !(error instanceof HttpEndpointError)) {
    return 'Could not reach the server. Check your connection and try again.';
  }
  const first = error.errors[0];
  if (!first || errorCodeOf(first) === 'INTERNAL_SERVER_ERROR') {
    return 'Something went wrong on our side. Please try again.';
  }
  return first.message;
}
