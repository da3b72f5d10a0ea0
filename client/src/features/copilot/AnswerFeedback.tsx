import { Badge, Button, Group, Paper, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconFlag } from '../../components/icons';
import { MountWhenOpened } from '../../components/MountWhenOpened';
import { graphql } from '../../gql';
import type { AnswerFeedback_MessageFragment } from '../../gql/graphql';
import { lazyNamed } from '../../routing/lazyNamed';
import { RateAnswerButtons } from './RateAnswerButtons';
import { reportCategoryLabel, reportStatusColor, reportStatusLabel } from './reportCategories';

// With its form and validation: fetched when the user first reports an answer, not with the chat.
const ReportAnswerModal = lazyNamed(() => import('./ReportAnswerModal'), 'ReportAnswerModal');

export const AnswerFeedbackReportFragment = graphql(`
  fragment AnswerFeedback_report on Report {
    id
    status
    category
    resolutionNote
  }
`);

export const AnswerFeedbackFragment = graphql(`
  fragment AnswerFeedback_message on Message {
    id
    viewerRating
    viewerRatingComment
    viewerReport {
      id
      ...AnswerFeedback_report
    }
  }
`);

/** Thumbs, "Report issue", and once reported, where the report stands. */
export function AnswerFeedback({ message }: { message: AnswerFeedback_MessageFragment }) {
  const [reporting, { open, close }] = useDisclosure(false);
  const report = message.viewerReport;

  return (
    <>
      <RateAnswerButtons messageId={message.id} rating={message.viewerRating} comment={message.viewerRatingComment} />
      {/* One open report at a time; once handled, another can be filed. */}
      {report?.status !== 'OPEN' && (
        <Button variant="subtle" color="gray" size="compact-sm" leftSection={<IconFlag size={14} />} onClick={open}>
          Report issue
        </Button>
      )}
      <MountWhenOpened opened={reporting}>
        <ReportAnswerModal messageId={message.id} opened={reporting} onClose={close} />
      </MountWhenOpened>
      {report && <ReportOutcome report={report} />}
    </>
  );
}

function ReportOutcome({ report }: { report: NonNullable<AnswerFeedback_MessageFragment['viewerReport']> }) {
  return (
    <Paper withBorder radius="md" px="sm" py={6} w="100%" mt={4} role="status" aria-label="Your report">
      <Group gap="xs" wrap="nowrap" align="flex-start">
        <Badge variant="light" color={reportStatusColor(report.status)} style={{ flexShrink: 0 }}>
          Report {reportStatusLabel(report.status).toLowerCase()}
        </Badge>
        <Text size="sm" c="dimmed">
          {report.status === 'OPEN'
            ? `You reported “${reportCategoryLabel(report.category)}”. An admin will look at it.`
            : (report.resolutionNote ?? 'An admin handled your report.')}
        </Text>
      </Group>
    </Paper>
  );
}
