import type { ApolloCache, Reference } from '@apollo/client';
import type { ChatThread_MessageFragment } from '../../gql/graphql';
import { ChatThreadConversationFragment } from './chatFragments';

/** The history lists (by operation name): refetched when a conversation gains a message and moves to the top. */
export const CONVERSATION_LISTS = ['ChatConversations'];

interface NewConversation {
  id: string;
  title: string;
  favorite: boolean;
}

type ThreadMessage = ChatThread_MessageFragment & { id: string };

const edgeOf = (message: ThreadMessage) => ({ __typename: 'MessageEdge' as const, cursor: `new:${message.id}`, node: message });

/** A conversation that was just created: its whole thread is these messages, so the chat needs no request. */
export function startThread(cache: ApolloCache, conversation: NewConversation, messages: readonly ThreadMessage[]): void {
  // __typenames (which the generated types leave out) let the cache normalize what is written.
  const data = {
    __typename: 'Conversation' as const,
    id: conversation.id,
    title: conversation.title,
    favorite: conversation.favorite,
    messages: {
      __typename: 'MessageConnection' as const,
      totalCount: messages.length,
      pageInfo: { __typename: 'PageInfo' as const, hasNextPage: false, endCursor: null },
      edges: messages.map(edgeOf),
    },
  };
  cache.writeFragment({
    id: cache.identify({ __typename: 'Conversation', id: conversation.id }),
    fragment: ChatThreadConversationFragment,
    fragmentName: 'ChatThread_conversation',
    data,
  });
}

/** New messages at the end of a cached thread (oldest first); a thread not in the cache is loaded when opened. */
export function appendToThread(cache: ApolloCache, conversationId: string, messages: readonly ThreadMessage[]): void {
  cache.modify<{ messages: { edges: readonly { node: Reference }[]; totalCount: number } }>({
    id: cache.identify({ __typename: 'Conversation', id: conversationId }),
    fields: {
      messages(existing, { toReference, readField, isReference }) {
        if (isReference(existing)) return existing;
        const known = new Set(existing.edges.map((edge) => readField<string>('id', edge.node)));
        const added = messages
          .filter((message) => !known.has(message.id))
          .map((message) => ({ ...edgeOf(message), node: toReference({ __typename: 'Message', id: message.id }) }));
        return { ...existing, edges: [...existing.edges, ...added], totalCount: existing.totalCount + added.length };
      },
    },
  });
}
