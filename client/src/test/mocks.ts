import type { MockLink } from '@apollo/client/testing';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { ViewerQuery } from '../features/auth/viewerQuery';

// Mocked responses shared by several tests. Results carry __typename because the cache adds it to every query.

export const ada = { __typename: 'User' as const, id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com' };

export function viewerMock(me: typeof ada | null): MockLink.MockedResponse {
  return { request: { query: ViewerQuery }, result: { data: { me } } };
}

export function graphQLErrorResult(message: string, extensions: GraphQLErrorExtensions) {
  return { errors: [new GraphQLError(message, { extensions })] };
}
