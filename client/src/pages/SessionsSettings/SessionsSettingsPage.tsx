import { useQuery } from '@apollo/client/react';
import { Skeleton, Stack, Text, Title } from '@mantine/core';
import { LoadFailedState } from '../../components/LoadFailedState';
import { SessionsList } from '../../features/sessions/SessionsList';
import { graphql } from '../../gql';

export const SessionsSettingsQuery = graphql(`
  query SessionsSettings {
    sessions {
      id
      ...SessionsList_session
    }
  }
`);

/** /w/:slug/settings/sessions: where the viewer is signed in, and ending those sessions. */
export function SessionsSettingsPage() {
  const { data, loading, error, refetch } = useQuery(SessionsSettingsQuery, { fetchPolicy: 'cache-and-network' });

  if (loading && !data) return <Skeleton height={200} radius="md" aria-label="Loading sessions" />;
  if (error && !data) return <LoadFailedState onRetry={() => void refetch()} />;

  return (
    <Stack gap="md">
      <div>
        <Title order={2} size="h3">
          Sessions
        </Title>
        <Text size="sm" c="dimmed">
          The browsers and devices signed in to your account. End any you do not recognise, then change your password.
        </Text>
      </div>
      <SessionsList sessions={data?.sessions ?? []} />
    </Stack>
  );
}
