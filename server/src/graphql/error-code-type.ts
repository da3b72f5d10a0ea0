import { GraphQLEnumType, GraphQLSchema } from 'graphql';
import { ERROR_CODE_DESCRIPTIONS, ErrorCode } from '../errors/app-error';

/**
 * `enum ErrorCode` in the schema: every value of `extensions.code` a client can receive. No field returns it (codes
 * travel in `extensions`, outside the typed response), so it is added to the schema as a type of its own; clients
 * generate their code list from schema.graphql instead of keeping a copy by hand.
 */
export const ErrorCodeType = new GraphQLEnumType({
  name: 'ErrorCode',
  description: 'The values of `extensions.code` on the errors of a response.',
  values: Object.fromEntries(Object.values(ErrorCode).map((code) => [code, { value: code, description: ERROR_CODE_DESCRIPTIONS[code] }])),
});

/** The schema with `ErrorCode` among its types. */
export function withErrorCodes(schema: GraphQLSchema): GraphQLSchema {
  const config = schema.toConfig();
  return new GraphQLSchema({ ...config, types: [...config.types, ErrorCodeType] });
}
