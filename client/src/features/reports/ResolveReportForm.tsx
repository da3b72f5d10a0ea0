import { Alert, Button, Group, Stack, Textarea } from '@mantine/core';
import { useState } from 'react';
import { generalMessageOf } from '../forms/applyServerErrors';
import { useResolveReport } from './useResolveReport';

/** The outcome of a report: resolve or dismiss, with a note the reporter reads beside the answer. */
export function ResolveReportForm({ reportId }: { reportId: string }) {
  const resolveReport = useResolveReport();
  const [note, setNote] = useState('');
  const [running, setRunning] = useState<'RESOLVED' | 'DISMISSED' | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  const decide = async (status: 'RESOLVED' | 'DISMISSED') => {
    setRunning(status);
    setFailure(null);
    try {
      await resolveReport(reportId, status, note);
    } catch (error) {
      setFailure(generalMessageOf(error));
    } finally {
      setRunning(null);
    }
  };

  return (
    <Stack gap="sm" component="section" aria-label="Outcome">
      {failure && (
        <Alert color="red" title="Could not save the outcome" role="alert">
          {failure}
        </Alert>
      )}
      <Textarea
        label="Note to the reporter"
        description="Optional. What was done, such as “Updated the refund policy document.”"
        autosize
        minRows={2}
        maxRows={6}
        maxLength={2000}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
      />
      <Group justify="flex-end" gap="sm">
        <Button variant="default" loading={running === 'DISMISSED'} disabled={running !== null} onClick={() => void decide('DISMISSED')}>
          Dismiss
        </Button>
        <Button loading={running === 'RESOLVED'} disabled={running !== null} onClick={() => void decide('RESOLVED')}>
          Resolve
        </Button>
      </Group>
    </Stack>
  );
}
