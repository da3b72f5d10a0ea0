import type { MockLink } from '@apollo/client/testing';
import { GraphQLError, type GraphQLErrorExtensions } from 'graphql';
import { ViewerQuery } from '../features/auth/viewerQuery';

// Mocked responses shared by several tests. Results carry __typename because the cache adds it to every query.

export const ada = { __typename: 'User' as const, id: 'u1', name: 'Ada Lovelace', email: 'ada@example.com', emailVerified: true };

export function viewerMock(me: typeof ada | null): MockLink.MockedResponse {
  return { request: { query: ViewerQuery }, result: { data: { me } } };
}

export function graphQLErrorResult(message: string, extensions: GraphQLErrorExtensions) {
  return { errors: [new GraphQLError(message, { extensions })] };
}

type WorkspaceAbility =
  | 'update'
  | 'delete'
  | 'invite'
  | 'manageMembers'
  | 'transferOwnership'
  | 'leave'
  | 'addDocuments'
  | 'readAuditLog'
  | 'manageReports'
  | 'manageBilling';

/** Workspace.viewerCan as the server answers it: nothing is allowed unless the test says so. */
export function workspaceCan(allowed: Partial<Record<WorkspaceAbility, boolean>> = {}) {
  return {
    __typename: 'WorkspaceViewerCan' as const,
    update: false,
    delete: false,
    invite: false,
    manageMembers: false,
    transferOwnership: false,
    leave: false,
    addDocuments: false,
    readAuditLog: false,
    manageReports: false,
    manageBilling: false,
    ...allowed,
  };
}

/** Membership.viewerCan as the server answers it: nothing is allowed unless the test says so. */
export function membershipCan(allowed: Partial<Record<'changeRole' | 'remove' | 'transferOwnership', boolean>> = {}) {
  return { __typename: 'MembershipViewerCan' as const, changeRole: false, remove: false, transferOwnership: false, ...allowed };
}
