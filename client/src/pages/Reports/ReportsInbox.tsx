import { useFragment, useQuery } from '@apollo/client/react';
import { Button, Center, EmptyState, Paper, SegmentedControl, Skeleton, Stack } from '@mantine/core';
import { useState } from 'react';
import { Drawer } from '../../components/floating';
import { LoadFailedState } from '../../components/LoadFailedState';
import { ReportDetails, ReportDetailsFragment } from '../../features/reports/ReportDetails';
import { ReportsTable } from '../../features/reports/ReportsTable';
import { graphql } from '../../gql';
import type { ReportStatus } from '../../gql/graphql';

const PAGE_SIZE = 20;

export const ReportsInboxQuery = graphql(`
  query ReportsInbox($workspaceId: ID!, $status: ReportStatus, $first: Int!, $after: String) {
    reports(workspaceId: $workspaceId, status: $status, first: $first, after: $after) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        cursor
        node {
          id
          ...ReportsTable_report
          ...ReportDetails_report
        }
      }
    }
  }
`);

type Filter = ReportStatus | 'ALL';

const FILTERS: { value: Filter; label: string }[] = [
  { value: 'OPEN', label: 'Open' },
  { value: 'RESOLVED', label: 'Resolved' },
  { value: 'DISMISSED', label: 'Dismissed' },
  { value: 'ALL', label: 'All' },
];

const EMPTY_TEXT: Record<Filter, string> = {
  OPEN: 'No open reports: nothing waits for you.',
  RESOLVED: 'No resolved reports yet.',
  DISMISSED: 'No dismissed reports.',
  ALL: 'No one has reported an answer yet.',
};

export function ReportsInbox({ workspaceId, workspaceSlug }: { workspaceId: string; workspaceSlug: string }) {
  const [filter, setFilter] = useState<Filter>('OPEN');
  const [openId, setOpenId] = useState<string | null>(null);
  const [loadingMore, setLoadingMore] = useState(false);
  const { data, loading, error, refetch, fetchMore } = useQuery(ReportsInboxQuery, {
    variables: { workspaceId, status: filter === 'ALL' ? null : filter, first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const connection = data?.reports;
  const reports = connection?.edges.map((edge) => edge.node) ?? [];

  const loadMore = async () => {
    if (!connection) return;
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: connection.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="md">
      <SegmentedControl
        aria-label="Filter by status"
        data={FILTERS}
        value={filter}
        onChange={(value) => setFilter(value as Filter)}
        w="fit-content"
      />
      {loading && !connection ? (
        <Stack gap="sm" aria-busy="true" aria-label="Loading reports">
          {[0, 1, 2].map((row) => (
            <Skeleton key={row} height={52} radius="md" />
          ))}
        </Stack>
      ) : error && !connection ? (
        <LoadFailedState title="Reports could not be loaded" onRetry={() => void refetch()} />
      ) : reports.length === 0 ? (
        <EmptyState py="xl" title="No reports" description={EMPTY_TEXT[filter]} />
      ) : (
        <Paper withBorder radius="md" px="md" py="xs">
          <ReportsTable reports={reports} onOpen={setOpenId} />
        </Paper>
      )}
      {connection?.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" loading={loadingMore} onClick={() => void loadMore()}>
            Load more
          </Button>
        </Center>
      )}
      <Drawer opened={openId !== null} onClose={() => setOpenId(null)} position="right" size="lg" title="Report">
        {openId && <OpenReport id={openId} workspaceSlug={workspaceSlug} />}
      </Drawer>
    </Stack>
  );
}

/**
 * The report read from the cache, not from the list: it stays on screen, up to date, after resolving it drops it
 * from the "Open" filter.
 */
function OpenReport({ id, workspaceSlug }: { id: string; workspaceSlug: string }) {
  const { data, complete } = useFragment({
    fragment: ReportDetailsFragment,
    fragmentName: 'ReportDetails_report',
    from: { __typename: 'Report', id },
  });
  return complete ? <ReportDetails report={data} workspaceSlug={workspaceSlug} /> : null;
}
