import { Badge, Button, EmptyState, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { ApiTokensList_TokenFragment } from '../../gql/graphql';
import { useRevokeApiToken } from './useRevokeApiToken';

export const ApiTokensListFragment = graphql(`
  fragment ApiTokensList_token on ApiToken {
    id
    name
    readOnly
    createdAt
    lastUsedAt
    expiresAt
    workspace {
      id
      name
    }
  }
`);

const expired = (token: ApiTokensList_TokenFragment) =>
  token.expiresAt !== null && token.expiresAt !== undefined && new Date(token.expiresAt) <= new Date();

export function ApiTokensList({ tokens }: { tokens: readonly ApiTokensList_TokenFragment[] }) {
  const revoke = useRevokeApiToken();
  const [revoking, setRevoking] = useState<ApiTokensList_TokenFragment | null>(null);

  if (tokens.length === 0) {
    return (
      <EmptyState size="sm" py="md" title="No API tokens" description="Tokens you create appear here, with when they were last used." />
    );
  }

  return (
    <>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing="sm" aria-label="API tokens">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Name</Table.Th>
              <Table.Th w={170}>Last used</Table.Th>
              <Table.Th w={130}>Expires</Table.Th>
              <Table.Th w={100}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {tokens.map((token) => (
              <Table.Tr key={token.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500} truncate>
                      {token.name}
                    </Text>
                    {token.readOnly && <Badge variant="light">Read-only</Badge>}
                    {expired(token) && (
                      <Badge variant="light" color="gray">
                        Expired
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    {token.workspace ? `Only ${token.workspace.name}` : 'All your workspaces'} · created{' '}
                    <FormattedDate value={token.createdAt} />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {token.lastUsedAt ? <FormattedDate value={token.lastUsedAt} withTime /> : 'Never'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    {token.expiresAt ? <FormattedDate value={token.expiresAt} /> : 'Never'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Group justify="flex-end">
                    <Button
                      variant="subtle"
                      color="red.6"
                      size="xs"
                      aria-label={`Revoke the token ${token.name}`}
                      onClick={() => setRevoking(token)}
                    >
                      Revoke
                    </Button>
                  </Group>
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <ConfirmModal
        opened={revoking !== null}
        onClose={() => setRevoking(null)}
        title={`Revoke “${revoking?.name ?? ''}”?`}
        confirmLabel="Revoke token"
        destructive
        onConfirm={() => (revoking ? revoke(revoking) : Promise.resolve(true))}
      >
        <Text size="sm">Programs using this token stop working at once, open subscriptions included. This cannot be undone.</Text>
      </ConfirmModal>
    </>
  );
}
