import { useQuery } from '@apollo/client/react';
import { Divider, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { LoadFailedState } from '../../components/LoadFailedState';
import { ApiTokensList } from '../../features/api-tokens/ApiTokensList';
import { ApiUsageHelp } from '../../features/api-tokens/ApiUsageHelp';
import { CreateApiTokenForm } from '../../features/api-tokens/CreateApiTokenForm';
import { NewTokenSecret } from '../../features/api-tokens/NewTokenSecret';
import { graphql } from '../../gql';

export const ApiTokensSettingsQuery = graphql(`
  query ApiTokensSettings {
    apiTokens {
      id
      ...ApiTokensList_token
    }
    workspaces {
      id
      name
    }
  }
`);

/** /w/:slug/settings/api-tokens: tokens for third-party GraphQL clients. */
export function ApiTokensSettingsPage() {
  const { data, loading, error, refetch } = useQuery(ApiTokensSettingsQuery, { fetchPolicy: 'cache-and-network' });
  const [created, setCreated] = useState<{ secret: string; name: string } | null>(null);

  if (loading && !data) return <Skeleton height={240} radius="md" aria-label="Loading API tokens" />;
  if (error && !data) return <LoadFailedState onRetry={() => void refetch()} />;

  return (
    <Stack gap="lg">
      <div>
        <Title order={2} size="h3">
          API tokens
        </Title>
        <Text size="sm" c="dimmed">
          Let scripts and other tools call the Askbase GraphQL API as you. Limit each token to what it needs.
        </Text>
      </div>
      <Paper withBorder p="md" radius="md">
        <CreateApiTokenForm workspaces={data?.workspaces ?? []} onCreated={(secret, name) => setCreated({ secret, name })} />
      </Paper>
      {created && <NewTokenSecret name={created.name} secret={created.secret} onDismiss={() => setCreated(null)} />}
      <ApiTokensList tokens={data?.apiTokens ?? []} />
      <Divider />
      <ApiUsageHelp />
    </Stack>
  );
}
