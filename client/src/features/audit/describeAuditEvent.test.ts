import type { AuditLogTable_EventFragment } from '../../gql/graphql';
import { describeAuditEvent } from './describeAuditEvent';

const ada = { __typename: 'User' as const, id: 'u1', name: 'Ada' };

function event(action: AuditLogTable_EventFragment['action'], targetLabel: string, details: Record<string, unknown> = {}) {
  return { action, actor: ada, targetLabel, details };
}

describe('describeAuditEvent', () => {
  it.each([
    [
      event('MEMBER_ROLE_CHANGED', 'bob@x.com', { before: 'MEMBER', after: 'VIEWER' }),
      'Ada changed bob@x.com’s role from Member to Viewer',
    ],
    [event('MEMBER_INVITED', 'bob@x.com', { role: 'ADMIN' }), 'Ada invited bob@x.com as Admin'],
    [event('MEMBER_REMOVED', 'bob@x.com', { role: 'MEMBER' }), 'Ada removed bob@x.com (Member)'],
    [event('INVITATION_REVOKED', 'bob@x.com'), 'Ada revoked the invitation to bob@x.com'],
    [event('OWNERSHIP_TRANSFERRED', 'bob@x.com', { from: 'ada@x.com', to: 'bob@x.com' }), 'Ada transferred ownership to bob@x.com'],
    [
      event('WORKSPACE_UPDATED', 'Acme 2', { before: { name: 'Acme', slug: 'acme' }, after: { name: 'Acme 2', slug: 'acme-2' } }),
      'Ada renamed the workspace from “Acme” to “Acme 2” and changed its address from /w/acme to /w/acme-2',
    ],
  ])('describes %o', (input, sentence) => {
    expect(describeAuditEvent(input)).toBe(sentence);
  });

  it('names a deleted actor and survives unknown actions', () => {
    expect(describeAuditEvent({ ...event('MEMBER_LEFT', 'bob@x.com'), actor: null })).toBe('A deleted user (bob@x.com) left the workspace');
    expect(describeAuditEvent(event('DOCUMENT_ADDED' as never, 'Handbook.pdf'))).toBe('Ada: document added (Handbook.pdf)');
  });
});
