import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { ReportStatus } from '../../gql/graphql';

export const ResolveReportMutation = graphql(`
  mutation ResolveReport($id: ID!, $status: ReportStatus!, $note: String) {
    resolveReport(id: $id, status: $status, note: $note) {
      id
      ...ReportDetails_report
    }
  }
`);

/** The inbox lists, by operation name: refetched so a handled report leaves the "Open" filter. */
export const REPORT_LISTS = ['ReportsInbox'];

/**
 * Resolves or dismisses a report with a note the reporter sees beside the answer. Rejects with the Apollo error
 * so the form can show it.
 */
export function useResolveReport(): (id: string, status: Exclude<ReportStatus, 'OPEN'>, note: string) => Promise<void> {
  const [resolveReport] = useMutation(ResolveReportMutation, { refetchQueries: REPORT_LISTS });
  return async (id, status, note) => {
    await resolveReport({ variables: { id, status, note: note.trim() || null } });
    notifications.show({
      color: 'teal',
      title: status === 'RESOLVED' ? 'Report resolved' : 'Report dismissed',
      message: 'The reporter sees the outcome and your note beside the answer.',
    });
  };
}
