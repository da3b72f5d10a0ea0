import { useQuery } from '@apollo/client/react';
import { Alert, Button, Group, Paper, Progress, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useEffect, useState } from 'react';
import { findErrorWithCode, retryAfterSecondsOf } from '../../apollo/serverErrors';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadFailedState } from '../../components/LoadFailedState';
import type { DataExportPanel_DataExportFragment } from '../../gql/graphql';
import { generalMessageOf } from '../forms/applyServerErrors';
import { DataExportQuery } from './dataExportFragment';
import { useRequestDataExport } from './useRequestDataExport';

/** How often the page asks for the progress while the archive is being written. */
const POLL_MS = 1000;

const inProgress = (status: string | undefined) => status === 'PENDING' || status === 'RUNNING';

function formatSize(bytes: number | null | undefined): string {
  if (!bytes) return '';
  return bytes < 1024 * 1024 ? `${Math.max(1, Math.round(bytes / 1024))} KB` : `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * "Download my data": asks for an export, shows its progress (polling while it is written: simpler and as live as a
 * subscription for a job that takes seconds), then the download link, valid for 7 days and only in this browser's
 * signed-in session.
 */
export function DataExportPanel() {
  const { data, loading, error, refetch, startPolling, stopPolling } = useQuery(DataExportQuery, { fetchPolicy: 'cache-and-network' });
  const dataExport = data?.dataExport ?? null;
  const { request, requesting } = useRequestDataExport();
  const [requestError, setRequestError] = useState<string | null>(null);
  const status = dataExport?.status;

  useEffect(() => {
    if (inProgress(status)) startPolling(POLL_MS);
    else stopPolling();
    return stopPolling;
  }, [status, startPolling, stopPolling]);

  const start = async () => {
    setRequestError(null);
    try {
      await request();
    } catch (failure) {
      const limited = findErrorWithCode(failure, 'RATE_LIMITED');
      const seconds = limited ? retryAfterSecondsOf(limited) : undefined;
      setRequestError(
        limited ? `You asked for an export less than a minute ago. Try again in ${seconds ?? 60} seconds.` : generalMessageOf(failure),
      );
    }
  };

  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            Download my data
          </Title>
          <Text c="dimmed" size="sm">
            One zip archive of JSON files with everything Askbase keeps about you: your profile, workspaces, sessions, API tokens,
            conversations, saved questions, ratings, reports and audit entries. We also email you the link. It works for 7 days, only while
            you are signed in.
          </Text>
        </div>
        {requestError && (
          <Alert color="yellow" title="No new export started" role="alert">
            {requestError}
          </Alert>
        )}
        {loading && !data ? (
          <Skeleton height={60} radius="md" aria-label="Loading your data export" />
        ) : error && !data ? (
          <LoadFailedState onRetry={() => void refetch()} />
        ) : (
          <ExportState dataExport={dataExport} requesting={requesting} onRequest={() => void start()} />
        )}
      </Stack>
    </Paper>
  );
}

function ExportState({
  dataExport,
  requesting,
  onRequest,
}: {
  dataExport: DataExportPanel_DataExportFragment | null;
  requesting: boolean;
  onRequest: () => void;
}) {
  const requestButton = (label: string) => (
    <Button variant={dataExport?.status === 'READY' ? 'default' : 'filled'} loading={requesting} onClick={onRequest}>
      {label}
    </Button>
  );
  if (!dataExport) return <Group>{requestButton('Prepare my data export')}</Group>;

  switch (dataExport.status) {
    case 'PENDING':
    case 'RUNNING': {
      const percent = Math.round(dataExport.progress * 100);
      return (
        <Stack gap={6}>
          <Text size="sm">Preparing your archive… {percent}%</Text>
          <Progress value={percent} animated aria-label="Data export progress" />
        </Stack>
      );
    }
    case 'READY':
      return (
        <Stack gap="sm">
          <Text size="sm">
            Your archive is ready ({formatSize(dataExport.sizeBytes)}). Available until{' '}
            {dataExport.expiresAt ? <FormattedDate value={dataExport.expiresAt} /> : 'in 7 days'}.
          </Text>
          <Group>
            {/* A plain link: the browser downloads it with this session's cookie, which the server requires. */}
            <Button component="a" href={dataExport.downloadUrl ?? undefined} download>
              Download archive
            </Button>
            {requestButton('Prepare a new export')}
          </Group>
        </Stack>
      );
    case 'FAILED':
      return (
        <Stack gap="sm">
          <Alert color="red" title="The export failed" role="alert">
            Your archive could not be prepared. Try again; if it keeps failing, contact support.
          </Alert>
          <Group>{requestButton('Try again')}</Group>
        </Stack>
      );
    default:
      return (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            Your last archive expired and was deleted.
          </Text>
          <Group>{requestButton('Prepare a new export')}</Group>
        </Stack>
      );
  }
}
