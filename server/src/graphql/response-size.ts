import type { ApolloServerPlugin } from '@apollo/server';
import type { ExecutionResult, GraphQLFormattedError } from 'graphql';
import { ErrorCode } from '../errors/app-error';

/**
 * The refusal that replaces a result larger than `maxBytes`: the client asked for too much at once. Already in its
 * formatted shape: it replaces a result whose errors were formatted.
 */
export function responseTooLarge(bytes: number, maxBytes: number): GraphQLFormattedError {
  const mb = (value: number) => `${(value / 1024 / 1024).toFixed(1)} MB`;
  const message = `The response would be ${mb(bytes)}; the limit is ${mb(maxBytes)}. Ask for fewer fields, fewer aliases or smaller pages.`;
  return { message, extensions: { code: ErrorCode.BAD_USER_INPUT, fieldErrors: [{ field: 'query', message }] } };
}

/** The JSON size of a result, or null when it fits (so the caller can keep the result as it is). */
export function oversizedBy(result: ExecutionResult | object, maxBytes: number): number | null {
  const bytes = Buffer.byteLength(JSON.stringify(result));
  return bytes > maxBytes ? bytes : null;
}

/**
 * Last line against response amplification, after the cost limit and the text previews: a result above
 * RESPONSE_MAX_BYTES is replaced by an error instead of being sent. (It is measured once built: what keeps memory
 * down while it is built is the cost limit and that nested document texts are previews.)
 */
export function responseSizeLimitPlugin(maxBytes: number): ApolloServerPlugin {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') return;
          const bytes = oversizedBy(response.body.singleResult, maxBytes);
          if (bytes === null) return;
          response.body.singleResult = { errors: [responseTooLarge(bytes, maxBytes)] };
        },
      };
    },
  };
}
