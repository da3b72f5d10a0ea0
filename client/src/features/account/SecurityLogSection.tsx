import { useQuery } from '@apollo/client/react';
import { Button, Center, Skeleton, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { LoadFailedState } from '../../components/LoadFailedState';
import { graphql } from '../../gql';
import { AuditLogTable } from '../audit/AuditLogTable';

const PAGE_SIZE = 10;

export const SecurityLogQuery = graphql(`
  query SecurityLog($first: Int!, $after: String) {
    securityLog(first: $first, after: $after) {
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

/** The viewer's recent security events (sessions, API tokens, password, email), newest first, a page at a time. */
export function SecurityLogSection() {
  const { data, loading, error, refetch, fetchMore } = useQuery(SecurityLogQuery, {
    variables: { first: PAGE_SIZE },
    fetchPolicy: 'cache-and-network',
  });
  const [loadingMore, setLoadingMore] = useState(false);

  if (loading && !data) return <Skeleton height={120} radius="sm" />;
  if (error || !data) return <LoadFailedState title="The security log could not be loaded" onRetry={() => void refetch()} />;
  const { securityLog } = data;
  if (securityLog.edges.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        Nothing yet. Sessions you end, API tokens and password changes will be listed here.
      </Text>
    );
  }

  const loadMore = async () => {
    setLoadingMore(true);
    try {
      await fetchMore({ variables: { after: securityLog.pageInfo.endCursor } });
    } finally {
      setLoadingMore(false);
    }
  };

  return (
    <Stack gap="sm">
      <AuditLogTable events={securityLog.edges.map((edge) => edge.node)} label="Security log" />
      {securityLog.pageInfo.hasNextPage && (
        <Center>
          <Button variant="default" size="xs" loading={loadingMore} onClick={() => void loadMore()}>
            Show older
          </Button>
        </Center>
      )}
    </Stack>
  );
}
