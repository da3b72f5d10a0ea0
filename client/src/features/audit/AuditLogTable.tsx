import { Badge, Table, Text } from '@mantine/core';
import { FormattedDate } from '../../components/FormattedDate';
import { graphql } from '../../gql';
import type { AuditAction, AuditLogTable_EventFragment } from '../../gql/graphql';
import { describeAuditEvent } from './describeAuditEvent';

export const AuditLogTableFragment = graphql(`
  fragment AuditLogTable_event on AuditEvent {
    id
    action
    actor {
      id
      name
    }
    targetType
    targetLabel
    details
    createdAt
  }
`);

// A glanceable category beside each sentence; the sentence carries the facts.
const CATEGORY: Record<AuditAction, { label: string; color: string }> = {
  WORKSPACE_CREATED: { label: 'Workspace', color: 'indigo' },
  WORKSPACE_UPDATED: { label: 'Workspace', color: 'indigo' },
  MEMBER_INVITED: { label: 'Invitation', color: 'cyan' },
  INVITATION_RESENT: { label: 'Invitation', color: 'cyan' },
  INVITATION_REVOKED: { label: 'Invitation', color: 'orange' },
  MEMBER_JOINED: { label: 'Member', color: 'teal' },
  MEMBER_ROLE_CHANGED: { label: 'Role', color: 'violet' },
  MEMBER_REMOVED: { label: 'Member', color: 'red' },
  MEMBER_LEFT: { label: 'Member', color: 'orange' },
  OWNERSHIP_TRANSFERRED: { label: 'Ownership', color: 'violet' },
  // Security log entries (the account security page); a workspace's log never holds them.
  SESSION_REVOKED: { label: 'Session', color: 'orange' },
  OTHER_SESSIONS_REVOKED: { label: 'Session', color: 'orange' },
  API_TOKEN_CREATED: { label: 'API token', color: 'cyan' },
  API_TOKEN_REVOKED: { label: 'API token', color: 'orange' },
  PASSWORD_CHANGED: { label: 'Password', color: 'violet' },
  PASSWORD_RESET: { label: 'Password', color: 'red' },
  EMAIL_VERIFIED: { label: 'Email', color: 'teal' },
  BILLING_CUSTOMER_CREATED: { label: 'Billing', color: 'green' },
  BILLING_CHECKOUT_STARTED: { label: 'Billing', color: 'green' },
  BILLING_SUBSCRIPTION_CHANGED: { label: 'Billing', color: 'green' },
  BILLING_INVOICE_PAID: { label: 'Billing', color: 'green' },
  BILLING_PAYMENT_FAILED: { label: 'Billing', color: 'red' },
  BILLING_PLAN_COMPED: { label: 'Billing', color: 'grape' },
  BILLING_SUBSCRIPTION_CANCELED: { label: 'Billing', color: 'orange' },
};

export function AuditLogTable({ events, label = 'Audit log' }: { events: readonly AuditLogTable_EventFragment[]; label?: string }) {
  return (
    <Table.ScrollContainer minWidth={560} type="native">
      <Table verticalSpacing="sm" aria-label={label}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th w={190}>When</Table.Th>
            <Table.Th w={120}>Kind</Table.Th>
            <Table.Th>What happened</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {events.map((event) => {
            const category = CATEGORY[event.action] ?? { label: 'Other', color: 'gray' };
            return (
              <Table.Tr key={event.id}>
                <Table.Td>
                  <Text size="sm" c="dimmed">
                    <FormattedDate value={event.createdAt} withTime />
                  </Text>
                </Table.Td>
                <Table.Td>
                  <Badge variant="light" color={category.color} size="sm">
                    {category.label}
                  </Badge>
                </Table.Td>
                <Table.Td>
                  <Text size="sm">{describeAuditEvent(event)}</Text>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
