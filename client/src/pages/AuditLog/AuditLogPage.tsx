import { skipToken, useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Group, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { LoadFailedState } from '../../components/LoadFailedState';
import { AuditLogTable } from '../../features/audit/AuditLogTable';
import { graphql } from '../../gql';
import { useSettingsWorkspace } from '../WorkspaceSettings/settingsContext';

const PAGE_SIZE = 20;

export const AuditLogQuery = graphql(`
  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {
    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...AuditLogTable_event
        }
      }
    }
  }
`);

/** /w/:slug/settings/audit: who changed what, newest first (owners and admins). */
export function AuditLogPage() {
  const workspace = useSettingsWorkspace();
  const allowed = workspace.viewerCan.readAuditLog;
  // Not even asked for when the server says the viewer may not read it: it would refuse it.
  const { data, loading, error, refetch, fetchMore } = useQuery(
    AuditLogQuery,
    allowed ? { variables: { workspaceId: workspace.id, first: PAGE_SIZE }, fetchPolicy: 'cache-and-network' } : skipToken,
  );
  const [loadingMore, setLoadingMore] = useState(false);

  if (!allowed) {
    return (
      <EmptyState
        py="xl"
        title="Only owners and admins see the audit log"
        description="Ask an admin of this workspace if you need to know who changed what."
      />
    );
  }
  if (loading && !data) return <AuditSkeleton />;
  if (error || !data) return <LoadFailedState onRetry={() => void refetch()} />;

  const { auditLog } = data;
  if (auditLog.edges.length === 0) {
    return <EmptyState py="xl" title="Nothing recorded yet" description="Invitations, role changes and removals will appear here." />;
  }

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: auditLog.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          {auditLog.totalCount === 1 ? '1 event' : `${auditLog.totalCount} events`}, newest first
        </Text>
      </Group>
      <Paper withBorder radius="md" px="md" py="xs">
        <AuditLogTable events={auditLog.edges.map((edge) => edge.node)} />
      </Paper>
      {auditLog.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            Load more
          </Button>
        </Center>
      )}
    </Stack>
  );
}

function AuditSkeleton() {
  return (
    <Stack gap="sm" aria-busy="true" aria-label="Loading the audit log">
      {[0, 1, 2, 3, 4].map((row) => (
        <Skeleton key={row} height={40} radius="sm" />
      ))}
    </Stack>
  );
}
