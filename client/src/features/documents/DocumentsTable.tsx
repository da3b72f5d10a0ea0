import { Anchor, Badge, Button, Group, Progress, Stack, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormattedDate } from '../../components/FormattedDate';
import { Tooltip } from '../../components/floating';
import { graphql } from '../../gql';
import type { DocumentsTable_DocumentFragment } from '../../gql/graphql';
import { formatBytes } from './fileUpload';
import { useDeleteDocument } from './useDeleteDocument';

export const DocumentsTableFragment = graphql(`
  fragment DocumentsTable_document on Document {
    id
    title
    mimeType
    sizeBytes
    chunkCount
    status
    progress
    error
    createdAt
    addedBy {
      id
      name
    }
    viewerCan {
      delete
    }
  }
`);

const TYPE_LABELS: Record<string, string> = {
  'text/plain': 'Text',
  'text/markdown': 'Markdown',
  'text/csv': 'CSV',
  'text/html': 'HTML',
  'application/pdf': 'PDF',
};

interface DocumentsTableProps {
  documents: readonly DocumentsTable_DocumentFragment[];
  workspaceSlug: string;
}

/** The documents with their indexing status; a Delete action on those the server says the viewer may delete. */
export function DocumentsTable({ documents, workspaceSlug }: DocumentsTableProps) {
  const deleteDocument = useDeleteDocument();
  const [deleting, setDeleting] = useState<DocumentsTable_DocumentFragment | null>(null);

  return (
    <>
      <Table.ScrollContainer minWidth={680} type="native">
        <Table verticalSpacing="sm" aria-label="Documents">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Title</Table.Th>
              <Table.Th w={150}>Status</Table.Th>
              <Table.Th w={160}>Added</Table.Th>
              <Table.Th w={90}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {documents.map((document) => (
              <Table.Tr key={document.id}>
                <Table.Td>
                  <Anchor component={Link} to={`/w/${workspaceSlug}/documents/${document.id}`} fw={500} size="sm">
                    {document.title}
                  </Anchor>
                  <Text size="xs" c="dimmed">
                    {TYPE_LABELS[document.mimeType] ?? document.mimeType} · {formatBytes(document.sizeBytes)}
                    {document.status === 'READY' && ` · ${document.chunkCount === 1 ? '1 passage' : `${document.chunkCount} passages`}`}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <DocumentStatus document={document} />
                </Table.Td>
                <Table.Td>
                  <Text size="sm">
                    <FormattedDate value={document.createdAt} />
                  </Text>
                  <Text size="xs" c="dimmed" truncate>
                    {document.addedBy?.name ?? 'Former member'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  {document.viewerCan.delete && (
                    <Group justify="flex-end">
                      <Button
                        variant="subtle"
                        color="red"
                        size="compact-sm"
                        aria-label={`Delete ${document.title}`}
                        onClick={() => setDeleting(document)}
                      >
                        Delete
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={deleting !== null}
        onClose={() => setDeleting(null)}
        title={`Delete “${deleting?.title ?? ''}”?`}
        confirmLabel="Delete document"
        destructive
        onConfirm={() => (deleting ? deleteDocument(deleting) : Promise.resolve(true))}
      >
        <Text size="sm">
          The copilot will stop using it for answers. Answers already given keep the passages they cited. This cannot be undone.
        </Text>
      </ConfirmModal>
    </>
  );
}

function DocumentStatus({ document }: { document: DocumentsTable_DocumentFragment }) {
  if (document.status === 'READY') {
    return (
      <Badge variant="light" color="teal">
        Ready
      </Badge>
    );
  }
  if (document.status === 'FAILED') {
    return (
      <Tooltip label={document.error ?? 'Indexing failed'} multiline w={260}>
        <Badge variant="light" color="red">
          Failed
        </Badge>
      </Tooltip>
    );
  }
  return (
    <Stack gap={4}>
      <Text size="xs" c="dimmed">
        Indexing… {document.progress}%
      </Text>
      <Progress value={document.progress} size="sm" animated aria-label={`Indexing ${document.title}`} />
    </Stack>
  );
}
