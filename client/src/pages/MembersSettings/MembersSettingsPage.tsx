import { useQuery } from '@apollo/client/react';
import { Badge, Button, Center, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { LoadFailedState } from '../../components/LoadFailedState';
import { InviteMemberForm } from '../../features/members/InviteMemberForm';
import { MembersTable } from '../../features/members/MembersTable';
import { MembersUsage } from '../../features/members/MembersUsage';
import { PendingInvitations } from '../../features/members/PendingInvitations';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { graphql } from '../../gql';
import { useSettingsWorkspace } from '../WorkspaceSettings/settingsContext';

export const MEMBERS_PAGE_SIZE = 20;

export const MembersSettingsQuery = graphql(`
  query MembersSettings($slug: String!, $first: Int!, $after: String, $canInvite: Boolean!) {
    me {
      id
    }
    workspace(slug: $slug) {
      id
      ...MembersUsage_workspace
      ...MembersTable_workspace
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
      # Only for those who may invite (the settings layout's viewerCan.invite): the server refuses the field to anyone
      # else, so it is not asked for at all.
      invitations @include(if: $canInvite) {
        id
        ...PendingInvitations_invitation
      }
    }
  }
`);

/** /w/:slug/settings/members: the members for everyone; seats, invitations and controls for those who may manage. */
export function MembersSettingsPage() {
  // Already loaded by the settings layout: no round trip before this page's own query.
  const { slug, viewerCan } = useSettingsWorkspace();
  const canInvite = viewerCan.invite;
  const { data, loading, error, refetch, fetchMore } = useQuery(MembersSettingsQuery, {
    variables: { slug, first: MEMBERS_PAGE_SIZE, canInvite },
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
      {canInvite && (
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
        <Group gap="xs" mb={canInvite ? 'sm' : 4}>
          <Title order={2} size="h4" id="members-heading">
            Members
          </Title>
          <Badge variant="default" aria-label={`${members.totalCount} members`}>
            {members.totalCount}
          </Badge>
        </Group>
        {!canInvite && (
          <Text c="dimmed" size="sm" mb="sm">
            Owners and admins invite people and manage roles.
          </Text>
        )}
        <Paper withBorder radius="md" px="md" py="xs">
          <MembersTable workspace={workspace} members={members.edges.map((edge) => edge.node)} viewerUserId={data.me.id} />
        </Paper>
        {members.pageInfo.hasNextPage && (
          <Center mt="md">
            <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
              Load more
            </Button>
          </Center>
        )}
      </section>

      {canInvite && workspace.invitations && (
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
