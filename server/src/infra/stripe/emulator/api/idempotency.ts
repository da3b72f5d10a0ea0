import { createHash } from 'node:crypto';
import { EmulatorError } from '../errors';

interface StoredResponse {
  fingerprint: string;
  status: number;
  body: string;
}

/**
 * Stripe's idempotency keys: the first response to a key is stored; the same key with the same request gets that
 * response again (even an error), the same key with other parameters is refused with `idempotency_error`.
 * Scoped to the API key, as in Stripe.
 */
export class IdempotencyCache {
  private readonly responses = new Map<string, StoredResponse>();

  static fingerprint(method: string, path: string, body: string): string {
    return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
  }

  replay(apiKey: string, key: string, fingerprint: string): StoredResponse | undefined {
    const stored = this.responses.get(`${apiKey}\u0000${key}`);
    if (!stored) return undefined;
    if (stored.fingerprint !== fingerprint) {
      throw new EmulatorError(
        400,
        'idempotency_error',
        `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${key}' if you meant to execute a different request.`,
      );
    }
    return stored;
  }

  remember(apiKey: string, key: string, response: StoredResponse): void {
    this.responses.set(`${apiKey}\u0000${key}`, response);
  }
}
