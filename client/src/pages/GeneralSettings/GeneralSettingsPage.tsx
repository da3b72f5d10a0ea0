import { useQuery } from '@apollo/client/react';
import { Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadFailedState } from '../../components/LoadFailedState';
import { WorkspaceNotFoundState } from '../../features/workspace/WorkspaceNotFoundState';
import { DangerZone } from '../../features/workspace-settings/DangerZone';
import { WorkspaceGeneralForm } from '../../features/workspace-settings/WorkspaceGeneralForm';
import { graphql } from '../../gql';
import { useSettingsWorkspace } from '../WorkspaceSettings/settingsContext';

export const GeneralSettingsQuery = graphql(`
  query GeneralSettings($slug: String!) {
    workspace(slug: $slug) {
      id
      createdAt
      ...WorkspaceGeneralForm_workspace
      ...DangerZone_workspace
    }
  }
`);

/** /w/:slug/settings: name and address, then the danger zone. */
export function GeneralSettingsPage() {
  const { slug } = useSettingsWorkspace();
  const { data, loading, error, refetch } = useQuery(GeneralSettingsQuery, { variables: { slug } });
  const workspace = data?.workspace;

  if (loading) {
    return (
      <Stack gap="lg" aria-busy="true" aria-label="Loading general settings">
        <Skeleton height={200} radius="md" />
        <Skeleton height={140} radius="md" />
      </Stack>
    );
  }
  if (error) return <LoadFailedState onRetry={() => void refetch()} />;
  if (!workspace) return <WorkspaceNotFoundState slug={slug} />;

  return (
    <Stack gap="xl">
      <Paper withBorder radius="md" p="lg">
        <Stack gap="md">
          <div>
            <Title order={2} size="h4">
              General
            </Title>
            <Text c="dimmed" size="sm">
              Created on <FormattedDate value={workspace.createdAt} />
            </Text>
          </div>
          <WorkspaceGeneralForm workspace={workspace} />
        </Stack>
      </Paper>
      <DangerZone workspace={workspace} />
    </Stack>
  );
}
