import { Anchor, Badge, Divider, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { ReportDetails_ReportFragment } from '../../gql/graphql';
import { findIgnoringWhitespace } from '../citations/findIgnoringWhitespace';
import { HighlightedText } from '../citations/HighlightedText';
import { type PassageLinkState, passagePath } from '../citations/passageLink';
import { LazyMarkdownAnswer } from '../copilot/LazyMarkdownAnswer';
import { reportCategoryLabel, reportStatusColor, reportStatusLabel } from '../copilot/reportCategories';
import { ResolveReportForm } from './ResolveReportForm';

export const ReportDetailsFragment = graphql(`
  fragment ReportDetails_report on Report {
    id
    category
    comment
    status
    resolutionNote
    resolvedAt
    createdAt
    reporter {
      id
      name
    }
    snapshot {
      question
      answer
      citations {
        ...CitationPopover_citation
      }
    }
  }
`);

interface ReportDetailsProps {
  report: ReportDetails_ReportFragment;
  workspaceSlug: string;
}

/** A report as its reporter saw the answer: the question, the answer with its sources, and the outcome. */
export function ReportDetails({ report, workspaceSlug }: ReportDetailsProps) {
  const { snapshot } = report;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="light" color={reportStatusColor(report.status)}>
          {reportStatusLabel(report.status)}
        </Badge>
        <Text size="sm" c="dimmed">
          {reportCategoryLabel(report.category)} · {report.reporter?.name ?? 'Former member'} ·{' '}
          <FormattedDate value={report.createdAt} withTime />
        </Text>
      </Group>
      {report.comment && (
        <Paper withBorder radius="md" p="sm">
          <Text size="xs" c="dimmed" mb={2}>
            Reporter’s comment
          </Text>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {report.comment}
          </Text>
        </Paper>
      )}
      <section aria-label="Reported question">
        <Title order={3} size="h6" mb={4}>
          Question
        </Title>
        <Text size="sm">{snapshot.question}</Text>
      </section>
      <section aria-label="Reported answer">
        <Title order={3} size="h6" mb={4}>
          Answer
        </Title>
        <LazyMarkdownAnswer text={snapshot.answer} citations={snapshot.citations} workspaceSlug={workspaceSlug} />
      </section>
      {snapshot.citations.length > 0 && (
        <section aria-label="Cited passages">
          <Title order={3} size="h6" mb={4}>
            Cited passages
          </Title>
          <List spacing="sm" listStyleType="none" p={0}>
            {snapshot.citations.map((citation) => (
              <List.Item key={citation.index}>
                <Paper withBorder radius="md" p="sm">
                  <Group gap={6} mb={4}>
                    <Badge size="sm" variant="light">
                      {citation.index}
                    </Badge>
                    {citation.document ? (
                      <Anchor
                        component={Link}
                        to={passagePath(workspaceSlug, citation.document.id, citation.passagePosition)}
                        state={{ quotes: citation.quotes } satisfies PassageLinkState}
                        size="sm"
                        fw={500}
                      >
                        {citation.documentTitle}
                      </Anchor>
                    ) : (
                      <Text size="sm" fw={500}>
                        {citation.documentTitle}{' '}
                        <Text span c="dimmed" size="xs">
                          (deleted)
                        </Text>
                      </Text>
                    )}
                    {citation.heading && (
                      <Text size="xs" c="dimmed">
                        {citation.heading}
                      </Text>
                    )}
                  </Group>
                  <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                    {/* The sentences the answer used, marked: what the reporter disputes is usually there. */}
                    <HighlightedText text={citation.passage} ranges={findIgnoringWhitespace(citation.passage, citation.quotes)} />
                  </Text>
                </Paper>
              </List.Item>
            ))}
          </List>
        </section>
      )}
      <Divider />
      {report.status === 'OPEN' ? (
        <ResolveReportForm reportId={report.id} />
      ) : (
        <Stack gap={4}>
          <Text size="sm" fw={500}>
            {reportStatusLabel(report.status)} {report.resolvedAt && <FormattedDate value={report.resolvedAt} withTime />}
          </Text>
          <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
            {report.resolutionNote ?? 'No note.'}
          </Text>
        </Stack>
      )}
    </Stack>
  );
}
