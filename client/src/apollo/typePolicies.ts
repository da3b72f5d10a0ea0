import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      // The server always sends the whole list: replace instead of merging, silencing Apollo's data-loss warning.
      workspaces: { merge: false },
      workspace: {
        keyArgs: ['slug'],
        // Switching workspace reuses what the workspace list already loaded, so the page renders at once
        // when its fields are all cached (otherwise Apollo fetches the missing ones as usual).
        read(existing, { args, readField, toReference }) {
          if (existing !== undefined) return existing;
          const slug = args?.slug;
          const list = readField<readonly unknown[]>('workspaces') ?? [];
          for (const item of list) {
            if (readField('slug', item as never) === slug) {
              const id = readField<string>('id', item as never);
              return id ? toReference({ __typename: 'Workspace', id }) : undefined;
            }
          }
          return undefined;
        },
      },
      // "Load more" appends the next page to the same list, one list per workspace.
      auditLog: relayStylePagination(['workspaceId']),
    },
  },
  Workspace: {
    fields: {
      // One list per workspace whatever the page size; edges whose membership was evicted drop out on read.
      members: relayStylePagination(),
      // Always the whole pending list: replace.
      invitations: { merge: false },
      // Usage has no id: each answer (query or workspaceUsage subscription) replaces the previous one.
      usage: { merge: false },
    },
  },
};
