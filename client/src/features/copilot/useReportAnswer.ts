import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { ReportCategory } from '../../gql/graphql';

export const ReportAnswerMutation = graphql(`
  mutation ReportAnswer($messageId: ID!, $category: ReportCategory!, $comment: String) {
    reportAnswer(messageId: $messageId, category: $category, comment: $comment) {
      id
      ...AnswerFeedback_report
    }
  }
`);

/**
 * Reports an answer to the workspace's admins. The answer then shows the report and, later, its outcome.
 * Rejects with the Apollo error so the report form can show it.
 */
export function useReportAnswer(): (messageId: string, category: ReportCategory, comment: string) => Promise<void> {
  const [reportAnswer] = useMutation(ReportAnswerMutation);
  return async (messageId, category, comment) => {
    await reportAnswer({
      variables: { messageId, category, comment: comment.trim() || null },
      update(cache, { data }) {
        const report = data?.reportAnswer;
        if (!report) return;
        cache.modify({
          id: cache.identify({ __typename: 'Message', id: messageId }),
          fields: { viewerReport: (_existing, { toReference }) => toReference(report) },
        });
      },
    });
    notifications.show({ color: 'teal', title: 'Report sent', message: 'The workspace admins will look at this answer.' });
  };
}
