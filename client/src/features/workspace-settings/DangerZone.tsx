import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { ConfirmModal } from '../../components/ConfirmModal';
import { graphql } from '../../gql';
import type { DangerZone_WorkspaceFragment } from '../../gql/graphql';
import { DeleteWorkspaceModal } from './DeleteWorkspaceModal';
import { useLeaveWorkspace } from './useLeaveWorkspace';

export const DangerZoneFragment = graphql(`
  fragment DangerZone_workspace on Workspace {
    id
    name
    viewerCan {
      leave
      delete
      transferOwnership
    }
  }
`);

/** Leaving and deleting, each offered when the server says the viewer may, and each behind a confirmation. */
export function DangerZone({ workspace }: { workspace: DangerZone_WorkspaceFragment }) {
  const { leave: canLeave, delete: canDelete, transferOwnership: canTransfer } = workspace.viewerCan;
  const leave = useLeaveWorkspace(workspace);
  const [leaving, { open: openLeave, close: closeLeave }] = useDisclosure(false);
  const [deleting, { open: openDelete, close: closeDelete }] = useDisclosure(false);

  return (
    <Paper withBorder radius="md" p="lg" style={{ borderColor: 'var(--mantine-color-red-outline)' }}>
      <Stack gap="lg">
        <Title order={2} size="h4" c="red">
          Danger zone
        </Title>
        {canLeave ? (
          <DangerRow title="Leave workspace" description="You lose access at once. To come back, you need a new invitation.">
            <Button color="red" variant="light" onClick={openLeave}>
              Leave workspace
            </Button>
          </DangerRow>
        ) : (
          <DangerRow
            title="Leave workspace"
            description={
              // Who may not leave is the server's answer; the owner, who can hand the workspace on first, is told how.
              canTransfer
                ? 'You own this workspace. To leave it, first make another member the owner (Members tab).'
                : 'You cannot leave this workspace.'
            }
          />
        )}
        {canDelete && (
          <DangerRow title="Delete workspace" description="Deletes the workspace and everything in it for everyone. This cannot be undone.">
            <Button color="red" onClick={openDelete}>
              Delete workspace
            </Button>
          </DangerRow>
        )}
      </Stack>
      <ConfirmModal
        opened={leaving}
        onClose={closeLeave}
        title={`Leave ${workspace.name}?`}
        confirmLabel="Leave workspace"
        destructive
        onConfirm={leave}
      >
        <Text size="sm">You lose access to its documents and conversations at once. To come back, an admin has to invite you again.</Text>
      </ConfirmModal>
      {canDelete && <DeleteWorkspaceModal workspace={workspace} opened={deleting} onClose={closeDelete} />}
    </Paper>
  );
}

function DangerRow({ title, description, children }: { title: string; description: string; children?: React.ReactNode }) {
  return (
    <Group justify="space-between" align="center" wrap="wrap" gap="md">
      <div style={{ flex: '1 1 320px' }}>
        <Text fw={600} size="sm">
          {title}
        </Text>
        <Text c="dimmed" size="sm">
          {description}
        </Text>
      </div>
      {children}
    </Group>
  );
}
