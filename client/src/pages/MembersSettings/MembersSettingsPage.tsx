import { useQuery } from '@apollo/client/react';
import { Badge, Button, Center, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { LoadFailedState } from '../../components/LoadFailedState';
import { InviteMemberForm } from '../../features/members/InviteMemberForm';
import { MembersTable } from '../../features/members/MembersTable';
import { MembersUsage } from '../../features/members/MembersUsage';
import { PendingInvitations } from '../../features/members/PendingInvitations';
import { canManageWorkspace } from '../../features/workspace/roleLabel';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';
import { useSettingsWorkspace } from '../WorkspaceSettings/settingsContext';

export const MEMBERS_PAGE_SIZE = 20;

export const MembersSettingsQuery = graphql(`
  query MembersSettings($slug: String!, $first: Int!, $after: String, $canManage: Boolean!) {
    me {
      id
    }
    workspace(slug: $slug) {
      id
      viewerRole
      ...MembersUsage_workspace
      members(first: $first, after: $after) {
        totalCount
        pageInfo {
          hasNextPage
          endCursor
        }
        edges {
          cursor
          node {
            id
            ...MemberRow_membership
          }
        }
      }
      # Owners and admins only: for anyone else the server refuses the field, so it is not asked for at all.
      invitations @include(if: $canManage) {
        id
        ...PendingInvitations_invitation
      }
    }
  }
`);

/** /w/:slug/settings/members: the members for everyone; seats, invitations and role controls for owners and admins. */
export function MembersSettingsPage() {
  const { slug, viewerRole } = useSettingsWorkspace();
  const canManage = canManageWorkspace(viewerRole);
  const { data, loading, error, refetch, fetchMore } = useQuery(MembersSettingsQuery, {
    variables: { slug, first: MEMBERS_PAGE_SIZE, canManage },
  });
  const [loadingMore, setLoadingMore] = useState(false);
  const workspace = data?.workspace;

  // Only before the first answer: "Load more" and refetches keep the list on screen.
  if (loading && !data) return <MembersSkeleton />;
  if (error) return <LoadFailedState onRetry={() => void refetch()} />;
  if (!workspace || !data?.me) return <WorkspaceNotFoundState slug={slug} />;

  const { members } = workspace;
  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: members.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="xl">
      {canManage && (
        <Paper withBorder radius="md" p="lg">
          <Stack gap="lg">
            <MembersUsage workspace={workspace} />
            <div>
              <Title order={2} size="h4" mb="xs">
                Invite a member
              </Title>
              <InviteMemberForm workspaceId={workspace.id} />
            </div>
          </Stack>
        </Paper>
      )}

      <section aria-labelledby="members-heading">
        <Group gap="xs" mb={canManage ? 'sm' : 4}>
          <Title order={2} size="h4" id="members-heading">
            Members
          </Title>
          <Badge variant="default" aria-label={`${members.totalCount} members`}>
            {members.totalCount}
          </Badge>
        </Group>
        {!canManage && (
          <Text c="dimmed" size="sm" mb="sm">
            Owners and admins invite people and manage roles.
          </Text>
        )}
        <Paper withBorder radius="md" px="md" py="xs">
          <MembersTable
            workspaceId={workspace.id}
            members={members.edges.map((edge) => edge.node)}
            viewer={{ role: workspace.viewerRole, userId: data.me.id }}
          />
        </Paper>
        {members.pageInfo.hasNextPage && (
          <Center mt="md">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              Load more
            </Button>
          </Center>
        )}
      </section>

      {canManage && workspace.invitations && (
        <section aria-labelledby="invitations-heading">
          <Title order={2} size="h4" id="invitations-heading" mb="sm">
            Pending invitations
          </Title>
          <Paper withBorder radius="md" px="md" py="xs">
            <PendingInvitations invitations={workspace.invitations} />
          </Paper>
        </section>
      )}
    </Stack>
  );
}

function MembersSkeleton() {
  return (
    <Stack gap="xl" aria-busy="true" aria-label="Loading members">
      <Skeleton height={150} radius="md" />
      <Stack gap="sm">
        <Skeleton height={24} width={140} radius="sm" />
        {[0, 1, 2].map((row) => (
          <Skeleton key={row} height={52} radius="md" />
        ))}
      </Stack>
    </Stack>
  );
}
