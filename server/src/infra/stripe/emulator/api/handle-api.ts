import type { IncomingMessage } from 'node:http';
import { EmulatorError, invalidRequest } from '../errors';
import { Params, parseForm } from '../form';
import { newId } from '../ids';
import type { EmulatorParts } from './api-request';
import { applyExpand } from './expand';
import { IdempotencyCache } from './idempotency';
import { matchRoute } from './routes';

export interface ApiResponse {
  status: number;
  body: string;
  headers: Record<string, string>;
}

/** Reads `Authorization: Bearer sk_…` (the SDK's way) or Basic with the key as user name (curl's `-u sk_…:`). */
function apiKeyOf(request: IncomingMessage): string | undefined {
  const header = request.headers.authorization;
  if (!header) return undefined;
  const [scheme, value = ''] = header.split(' ', 2);
  if (scheme?.toLowerCase() === 'bearer') return value.trim();
  if (scheme?.toLowerCase() === 'basic') return Buffer.from(value, 'base64').toString('utf8').split(':')[0];
  return undefined;
}

function redactKey(key: string): string {
  return key.length > 12 ? `${key.slice(0, 8)}${'*'.repeat(Math.min(key.length - 12, 20))}${key.slice(-4)}` : '****';
}

/** One `/v1/…` request: authentication, idempotency, routing, `expand[]`, and Stripe's error shape for every failure. */
export function handleApiRequest(
  request: IncomingMessage,
  url: URL,
  body: string,
  context: { parts: EmulatorParts; secretKey: string; idempotency: IdempotencyCache },
): ApiResponse {
  const requestId = newId.request();
  const headers: Record<string, string> = { 'Request-Id': requestId, 'Content-Type': 'application/json' };
  const apiKey = apiKeyOf(request);
  const idempotencyKey =
    request.method === 'POST' || request.method === 'DELETE' ? ((request.headers['idempotency-key'] as string | undefined) ?? null) : null;
  if (idempotencyKey) headers['Idempotency-Key'] = idempotencyKey;
  const fail = (error: EmulatorError): ApiResponse => ({
    status: error.status,
    body: JSON.stringify(error.toBody(requestId), null, 2),
    headers,
  });
  if (!apiKey) {
    return fail(
      new EmulatorError(
        401,
        'invalid_request_error',
        "You did not provide an API key. You need to provide your API key in the Authorization header, using Bearer auth (e.g. 'Authorization: Bearer YOUR_SECRET_KEY').",
      ),
    );
  }
  if (apiKey !== context.secretKey) {
    return fail(new EmulatorError(401, 'invalid_request_error', `Invalid API Key provided: ${redactKey(apiKey)}`, 'api_key_invalid'));
  }
  const fingerprint = IdempotencyCache.fingerprint(request.method ?? '', url.pathname, `${url.search}\n${body}`);
  try {
    if (idempotencyKey) {
      if (idempotencyKey.length > 255)
        throw invalidRequest('Idempotency keys can be at most 255 characters long.', undefined, 'idempotency_key_too_long');
      const stored = context.idempotency.replay(apiKey, idempotencyKey, fingerprint);
      if (stored) return { status: stored.status, body: stored.body, headers: { ...headers, 'Idempotent-Replayed': 'true' } };
    }
  } catch (error) {
    if (error instanceof EmulatorError) return fail(error);
    throw error;
  }
  const response = route(request, url, body, context.parts, idempotencyKey, fail);
  // Errors are replayed too (Stripe stores any result that is not a server error).
  if (idempotencyKey && response.status < 500) {
    context.idempotency.remember(apiKey, idempotencyKey, { fingerprint, status: response.status, body: response.body });
  }
  return { ...response, headers: { ...headers, ...response.headers } };
}

function route(
  request: IncomingMessage,
  url: URL,
  body: string,
  parts: EmulatorParts,
  idempotencyKey: string | null,
  fail: (error: EmulatorError) => ApiResponse,
): ApiResponse {
  try {
    let match: ReturnType<typeof matchRoute>;
    try {
      match = matchRoute(request.method ?? 'GET', url.pathname);
    } catch {
      match = undefined;
    }
    if (!match) throw new EmulatorError(404, 'invalid_request_error', `Unrecognized request URL (${request.method}: ${url.pathname}).`);
    if ('methodNotAllowed' in match) {
      throw new EmulatorError(405, 'invalid_request_error', `Unrecognized request URL (${request.method}: ${url.pathname}).`);
    }
    const raw = { ...parseForm(url.search.slice(1)), ...(body ? parseForm(body) : {}) };
    const params = new Params(raw);
    const result = match.route.handle({ params, path: match.path, idempotencyKey, emulator: parts });
    const expanded = applyExpand(result, params.expand(), parts.store);
    return { status: 200, body: JSON.stringify(expanded, null, 2), headers: {} };
  } catch (error) {
    if (error instanceof EmulatorError) return fail(error);
    const internal = new EmulatorError(500, 'api_error', `The emulator failed: ${error instanceof Error ? error.message : String(error)}`);
    return { ...fail(internal), headers: { 'Stripe-Should-Retry': 'false' } };
  }
}
