import { Badge, Button, Table, Text } from '@mantine/core';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { ReportsTable_ReportFragment } from '../../gql/graphql';
import { reportCategoryLabel, reportStatusColor, reportStatusLabel } from '../copilot/reportCategories';

export const ReportsTableFragment = graphql(`
  fragment ReportsTable_report on Report {
    id
    category
    comment
    status
    createdAt
    reporter {
      id
      name
    }
    snapshot {
      question
    }
  }
`);

interface ReportsTableProps {
  reports: readonly ReportsTable_ReportFragment[];
  onOpen: (reportId: string) => void;
}

export function ReportsTable({ reports, onOpen }: ReportsTableProps) {
  return (
    <Table.ScrollContainer minWidth={680} type="native">
      <Table verticalSpacing="sm" aria-label="Reports">
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Question and comment</Table.Th>
            <Table.Th w={170}>Category</Table.Th>
            <Table.Th w={150}>Reported</Table.Th>
            <Table.Th w={110}>Status</Table.Th>
            <Table.Th w={80} />
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {reports.map((report) => (
            <Table.Tr key={report.id}>
              <Table.Td>
                <Text size="sm" fw={500} lineClamp={1}>
                  {report.snapshot.question}
                </Text>
                <Text size="xs" c="dimmed" lineClamp={2}>
                  {report.comment ?? 'No comment'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">{reportCategoryLabel(report.category)}</Text>
              </Table.Td>
              <Table.Td>
                <Text size="sm">
                  <FormattedDate value={report.createdAt} />
                </Text>
                <Text size="xs" c="dimmed" truncate>
                  {report.reporter?.name ?? 'Former member'}
                </Text>
              </Table.Td>
              <Table.Td>
                <Badge variant="light" color={reportStatusColor(report.status)}>
                  {reportStatusLabel(report.status)}
                </Badge>
              </Table.Td>
              <Table.Td>
                <Button
                  size="compact-sm"
                  variant="light"
                  onClick={() => onOpen(report.id)}
                  aria-label={`Open report: ${report.snapshot.question}`}
                >
                  Open
                </Button>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
