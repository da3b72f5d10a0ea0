import { Stack, Text } from '@mantine/core';
import { NavItem } from '../../components/NavItem';
import { graphql } from '../../gql';
import type { ConversationList_ConversationFragment } from '../../gql/graphql';
import { ConversationMenu } from './ConversationMenu';

export const ConversationListFragment = graphql(`
  fragment ConversationList_conversation on Conversation {
    id
    title
    favorite
    updatedAt
  }
`);

interface ConversationListProps {
  conversations: readonly ConversationList_ConversationFragment[];
  workspaceSlug: string;
  activeId: string | undefined;
}

const relative = new Intl.RelativeTimeFormat(undefined, { numeric: 'auto' });
const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });

/** "2 hours ago" for today and yesterday, a date before that: history is scanned by recency. */
function lastActive(value: string): string {
  const minutes = Math.round((Date.parse(value) - Date.now()) / 60_000);
  if (minutes > -1) return 'just now';
  if (minutes > -60) return relative.format(minutes, 'minute');
  if (minutes > -48 * 60) return relative.format(Math.round(minutes / 60), 'hour');
  return dateFormat.format(new Date(value));
}

/** The viewer's conversations, newest activity first; each links to its own shareable address. */
export function ConversationList({ conversations, workspaceSlug, activeId }: ConversationListProps) {
  return (
    <Stack gap={2} component="ul" p={0} m={0} style={{ listStyle: 'none' }} aria-label="Conversations">
      {conversations.map((conversation) => (
        <li key={conversation.id} style={{ position: 'relative' }}>
          <NavItem
            to={`/w/${workspaceSlug}/chat/${conversation.id}`}
            active={conversation.id === activeId}
            label={
              <Text size="sm" truncate pr={28}>
                {conversation.favorite && (
                  <Text span c="yellow.6" mr={4} aria-label="Favourite">
                    ★
                  </Text>
                )}
                {conversation.title}
              </Text>
            }
            description={
              <Text size="xs" c="dimmed">
                {lastActive(conversation.updatedAt)}
              </Text>
            }
            style={{ borderRadius: 'var(--mantine-radius-md)' }}
          />
          <ConversationMenu conversation={conversation} workspaceSlug={workspaceSlug} isOpen={conversation.id === activeId} />
        </li>
      ))}
    </Stack>
  );
}
