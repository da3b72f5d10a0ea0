import { Badge, Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import { ConfirmModal } from '../../components/ConfirmModal';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { SessionsList_SessionFragment } from '../../gql/graphql';
import { sessionLabel } from './sessionLabel';
import { useRevokeOtherSessions } from './useRevokeOtherSessions';
import { useRevokeSession } from './useRevokeSession';

export const SessionsListFragment = graphql(`
  fragment SessionsList_session on Session {
    id
    device
    browser
    ip
    createdAt
    lastSeenAt
    current
  }
`);

export function SessionsList({ sessions }: { sessions: readonly SessionsList_SessionFragment[] }) {
  const current = sessions.find((session) => session.current) ?? null;
  const revoke = useRevokeSession();
  const revokeOthers = useRevokeOtherSessions(current?.id ?? null);
  const [ending, setEnding] = useState<SessionsList_SessionFragment | null>(null);
  const [endingOthers, setEndingOthers] = useState(false);
  const others = sessions.filter((session) => !session.current);

  return (
    <>
      <Table.ScrollContainer minWidth={640} type="native">
        <Table verticalSpacing="sm" aria-label="Sessions">
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Device</Table.Th>
              <Table.Th w={140}>IP address</Table.Th>
              <Table.Th w={170}>Last seen</Table.Th>
              <Table.Th w={110}>
                <VisuallyHidden>Actions</VisuallyHidden>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sessions.map((session) => (
              <Table.Tr key={session.id}>
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Text size="sm" fw={500}>
                      {sessionLabel(session)}
                    </Text>
                    {session.current && (
                      <Badge variant="light" color="teal">
                        This device
                      </Badge>
                    )}
                  </Group>
                  <Text size="xs" c="dimmed">
                    Signed in <FormattedDate value={session.createdAt} withTime />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" ff="monospace">
                    {session.ip ?? '—'}
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    <FormattedDate value={session.lastSeenAt} withTime />
                  </Text>
                </Table.Td>
                <Table.Td>
                  {!session.current && (
                    <Group justify="flex-end">
                      <Button
                        variant="subtle"
                        color="red.6"
                        size="xs"
                        aria-label={`End the session ${sessionLabel(session)}`}
                        onClick={() => setEnding(session)}
                      >
                        End
                      </Button>
                    </Group>
                  )}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {others.length > 0 && (
        <Group justify="flex-end">
          <Button variant="light" color="red" onClick={() => setEndingOthers(true)}>
            End all other sessions
          </Button>
        </Group>
      )}
      <ConfirmModal
        opened={ending !== null}
        onClose={() => setEnding(null)}
        title="End this session?"
        confirmLabel="End session"
        destructive
        onConfirm={() => (ending ? revoke({ id: ending.id, label: sessionLabel(ending) }) : Promise.resolve(true))}
      >
        <Text size="sm">
          {ending ? sessionLabel(ending) : ''} will be signed out at once, open tabs included. Signing in there again needs the password.
        </Text>
      </ConfirmModal>
      <ConfirmModal
        opened={endingOthers}
        onClose={() => setEndingOthers(false)}
        title="End all other sessions?"
        confirmLabel="End other sessions"
        destructive
        onConfirm={revokeOthers}
      >
        <Text size="sm">
          Every other browser and device signed in to your account ({others.length}) will be signed out at once. This one stays signed in.
        </Text>
      </ConfirmModal>
    </>
  );
}
