/** Stripe's error `type`s that the emulator answers with; the SDK maps them (and the status) to its error classes. */
export type StripeErrorType = 'invalid_request_error' | 'authentication_error' | 'card_error' | 'idempotency_error' | 'api_error';

/** An API failure in Stripe's shape: `{ error: { type, code, message, param } }` with the matching HTTP status. */
export class EmulatorError extends Error {
  override name = 'EmulatorError';

  constructor(
    readonly status: 400 | 401 | 402 | 404 | 405 | 500,
    readonly type: StripeErrorType,
    message: string,
    readonly code?: string,
    readonly param?: string,
    readonly declineCode?: string,
  ) {
    super(message);
  }

  toBody(requestId: string) {
    return {
      error: {
        type: this.type,
        message: this.message,
        ...(this.code ? { code: this.code } : {}),
        ...(this.param ? { param: this.param } : {}),
        ...(this.declineCode ? { decline_code: this.declineCode } : {}),
        request_log_url: `https://dashboard.stripe.com/test/logs/${requestId}`,
      },
    };
  }
}

/** Stripe answers 404 for a missing object in the URL and 400 for one named in a parameter. */
export function noSuch(kind: string, id: string, param?: string): EmulatorError {
  return new EmulatorError(param ? 400 : 404, 'invalid_request_error', `No such ${kind}: '${id}'`, 'resource_missing', param ?? 'id');
}

export function invalidRequest(message: string, param?: string, code = 'parameter_invalid'): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', message, code, param);
}

export function missingParam(param: string): EmulatorError {
  return new EmulatorError(400, 'invalid_request_error', `Missing required param: ${param}.`, 'parameter_missing', param);
}

export function cardDeclined(): EmulatorError {
  return new EmulatorError(402, 'card_error', 'Your card was declined.', 'card_declined', undefined, 'generic_decline');
}
