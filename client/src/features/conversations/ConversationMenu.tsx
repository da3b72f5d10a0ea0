import { ActionIcon, Text } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { Menu } from '../../components/floating';
import { MountWhenOpened } from '../../components/MountWhenOpened';
import type { ConversationList_ConversationFragment } from '../../gql/graphql';
import { lazyNamed } from '../../routing/lazyNamed';
import { useDeleteConversation } from './useDeleteConversation';
import { useSetConversationFavorite } from './useSetConversationFavorite';

// With its form and validation: fetched when the user first renames, not with the chat.
const RenameConversationModal = lazyNamed(() => import('./RenameConversationModal'), 'RenameConversationModal');

interface ConversationMenuProps {
  conversation: ConversationList_ConversationFragment;
  workspaceSlug: string;
  /** Deleting the open conversation goes back to a new chat. */
  isOpen: boolean;
}

/** A conversation's actions in the history list: favourite, rename, delete (after confirming). */
export function ConversationMenu({ conversation, workspaceSlug, isOpen }: ConversationMenuProps) {
  const navigate = useNavigate();
  const setFavorite = useSetConversationFavorite();
  const deleteConversation = useDeleteConversation();
  const [dialog, setDialog] = useState<'rename' | 'delete' | null>(null);

  const confirmDelete = async () => {
    const deleted = await deleteConversation(conversation.id);
    if (deleted && isOpen) navigate(`/w/${workspaceSlug}/chat`);
    return deleted;
  };

  return (
    <>
      <Menu position="bottom-end" shadow="md" width={200}>
        <Menu.Target>
          <ActionIcon
            variant="subtle"
            color="gray"
            size="sm"
            aria-label={`Actions for ${conversation.title}`}
            style={{ position: 'absolute', top: 8, right: 4 }}
          >
            <span aria-hidden>⋯</span>
          </ActionIcon>
        </Menu.Target>
        <Menu.Dropdown>
          <Menu.Item onClick={() => void setFavorite(conversation.id, !conversation.favorite)}>
            {conversation.favorite ? 'Remove from favourites' : 'Add to favourites'}
          </Menu.Item>
          <Menu.Item onClick={() => setDialog('rename')}>Rename</Menu.Item>
          <Menu.Divider />
          <Menu.Item color="red" onClick={() => setDialog('delete')}>
            Delete
          </Menu.Item>
        </Menu.Dropdown>
      </Menu>
      <MountWhenOpened opened={dialog === 'rename'}>
        <RenameConversationModal conversation={conversation} opened={dialog === 'rename'} onClose={() => setDialog(null)} />
      </MountWhenOpened>
      <ConfirmModal
        opened={dialog === 'delete'}
        onClose={() => setDialog(null)}
        title="Delete this conversation?"
        confirmLabel="Delete conversation"
        destructive
        onConfirm={confirmDelete}
      >
        <Text size="sm">“{conversation.title}” and all its messages will be deleted. Reports already sent to admins keep their copy.</Text>
      </ConfirmModal>
    </>
  );
}
