import { CSRF_PREVENTION_HEADERS } from '../../apollo/graphqlEndpoint';
import { HttpEndpointError } from '../../apollo/serverErrors';

/**
 * `POST /avatar`: the server checks the image by its content, re-encodes it and answers the new `avatarUrl`.
 * A refusal rejects with the server's typed error (HttpEndpointError, status 0 when there was no answer).
 */
export async function uploadAvatar(file: File): Promise<string | null> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch('/avatar', { method: 'POST', headers: CSRF_PREVENTION_HEADERS, body: form, credentials: 'same-origin' });
  } catch {
    throw new HttpEndpointError(0, []);
  }
  const body = (await response.json().catch(() => ({}))) as { avatarUrl?: string | null; errors?: HttpEndpointError['errors'] };
  if (!response.ok) throw new HttpEndpointError(response.status, body.errors ?? []);
  return body.avatarUrl ?? null;
}
