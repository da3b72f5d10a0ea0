import type { ExecutionResult, FormattedExecutionResult, GraphQLFormattedError } from 'graphql';
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
 *
 * Apollo's `stringifyResult`: the result is serialised once, and its size is that of the very text sent. (A plugin
 * measuring it in willSendResponse serialised every result twice.) `onRefused` hears of each replacement.
 */
export function sizeLimitedStringify(maxBytes: number, onRefused: (error: GraphQLFormattedError) => void) {
  return (result: FormattedExecutionResult): string => {
    const text = `${JSON.stringify(result)}\n`;
    // A JSON text has at most 3 bytes per UTF-16 unit: most answers fit without counting their bytes.
    if (text.length * 3 <= maxBytes) return text;
    const bytes = Buffer.byteLength(text) - 1;
    if (bytes <= maxBytes) return text;
    const refusal = responseTooLarge(bytes, maxBytes);
    onRefused(refusal);
    return `${JSON.stringify({ errors: [refusal] })}\n`;
  };
}
