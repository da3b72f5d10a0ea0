import type { TypePolicies } from '@apollo/client';
import { relayStylePagination } from '@apollo/client/utilities';

export const typePolicies: TypePolicies = {
  // What the viewer may do has no id: each page asks for the answers it needs, and they add up on the same record.
  WorkspaceViewerCan: { merge: true },
  MembershipViewerCan: { merge: true },
  DocumentViewerCan: { merge: true },
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
      securityLog: relayStylePagination(),
      // One list per workspace and filter; "Load more" appends, deleted records drop out on read.
      documents: relayStylePagination(['workspaceId', 'search']),
      conversations: relayStylePagination(['workspaceId', 'search', 'favoritesOnly']),
      // A conversation the ask hook has just written into the cache opens at once, without a request; one whose
      // thread is not cached reads as incomplete and is fetched as usual.
      conversation: {
        read(existing, { args, toReference }) {
          if (existing !== undefined) return existing;
          return typeof args?.id === 'string' ? toReference({ __typename: 'Conversation', id: args.id }) : undefined;
        },
      },
      reports: relayStylePagination(['workspaceId', 'status']),
      // Always the whole list: replace.
      savedQueries: { merge: false },
      suggestedQuestions: { merge: false },
    },
  },
  Conversation: {
    fields: {
      // Oldest first; a new question and its answer are appended to the cached page by the ask hooks.
      messages: relayStylePagination(),
    },
  },
  Message: {
    fields: {
      // Citations have no id: a message's final list replaces the one streamed or loaded before.
      citations: { merge: false },
    },
  },
  Report: {
    fields: {
      snapshot: { merge: true },
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
