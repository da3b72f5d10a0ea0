import { useSubscription } from '@apollo/client/react';
import { Group, Progress, Stack, Text } from '@mantine/core';
import { graphql } from '../../gql';
import type { MembersUsage_WorkspaceFragment } from '../../gql/graphql';

export const MembersUsageFragment = graphql(`
  fragment MembersUsage_workspace on Workspace {
    id
    usage {
      members {
        used
        limit
      }
    }
  }
`);

export const WorkspaceUsageSubscription = graphql(`
  subscription WorkspaceUsage($workspaceId: ID!) {
    workspaceUsage(workspaceId: $workspaceId) {
      members {
        used
        limit
      }
    }
  }
`);

/** Seats used out of the plan's limit, kept live: every invitation, join or removal anywhere updates it. */
export function MembersUsage({ workspace }: { workspace: MembersUsage_WorkspaceFragment }) {
  useSubscription(WorkspaceUsageSubscription, {
    variables: { workspaceId: workspace.id },
    onData({ client, data }) {
      const usage = data.data?.workspaceUsage;
      if (!usage) return;
      // Into the workspace's cached usage, so whatever shows it (this bar, the page) updates together.
      client.cache.modify<{ usage: typeof usage }>({
        id: client.cache.identify({ __typename: 'Workspace', id: workspace.id }),
        fields: { usage: () => usage },
      });
    },
  });

  const { used, limit } = workspace.usage.members;
  const percent = limit > 0 ? Math.min(100, (used / limit) * 100) : 100;
  const color = used >= limit ? 'red' : percent >= 80 ? 'orange' : 'indigo';

  return (
    <Stack gap={6}>
      <Group justify="space-between" gap="xs">
        <Text size="sm" fw={500} id="members-usage-label">
          Seats
        </Text>
        <Text size="sm" c="dimmed">
          <Text span fw={600} c="var(--mantine-color-text)">
            {used} / {limit}
          </Text>{' '}
          used, pending invitations included
        </Text>
      </Group>
      <Progress.Root size="md">
        <Progress.Section
          value={percent}
          color={color}
          aria-labelledby="members-usage-label"
          aria-valuetext={`${used} of ${limit} seats used`}
        />
      </Progress.Root>
    </Stack>
  );
}
