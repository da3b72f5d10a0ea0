import { graphql } from '../../gql';

// The thread of one conversation, as the chat shows it and as the ask hooks write it into the cache.

export const ChatThreadMessageFragment = graphql(`
  fragment ChatThread_message on Message {
    id
    role
    status
    ...QuestionBubble_message
    ...AnswerBubble_message
  }
`);

export const ChatThreadConversationFragment = graphql(`
  fragment ChatThread_conversation on Conversation {
    id
    title
    favorite
    messages(first: 100) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ChatThread_message
        }
      }
    }
  }
`);
