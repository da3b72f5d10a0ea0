import type { AuditLogTable_EventFragment, Role } from '../../gql/graphql';
import { roleLabel } from '../workspace/roleLabel';

const ROLES = new Set<string>(['OWNER', 'ADMIN', 'MEMBER', 'VIEWER']);

/** "Member" for a role the server recorded, or the raw value for anything unexpected. */
function role(value: unknown): string {
  return typeof value === 'string' && ROLES.has(value) ? roleLabel(value as Role) : String(value ?? 'unknown');
}

/** `details` is free-form JSON: read it defensively. */
function asRecord(value: unknown): Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** One readable sentence per audit event, e.g. "Ada changed bob@x.com's role from Member to Viewer". */
export function describeAuditEvent(event: Pick<AuditLogTable_EventFragment, 'action' | 'actor' | 'targetLabel' | 'details'>): string {
  const actor = event.actor?.name ?? 'A deleted user';
  const target = event.targetLabel;
  const details = asRecord(event.details);

  switch (event.action) {
    case 'WORKSPACE_CREATED':
      return `${actor} created the workspace “${target}”`;
    case 'WORKSPACE_UPDATED':
      return describeWorkspaceUpdate(actor, target, details);
    case 'MEMBER_INVITED':
      return `${actor} invited ${target} as ${role(details.role)}`;
    case 'INVITATION_RESENT':
      return `${actor} resent the invitation to ${target}`;
    case 'INVITATION_REVOKED':
      return `${actor} revoked the invitation to ${target}`;
    case 'MEMBER_JOINED':
      return `${actor} (${target}) joined as ${role(details.role)}`;
    case 'MEMBER_ROLE_CHANGED':
      return `${actor} changed ${target}’s role from ${role(details.before)} to ${role(details.after)}`;
    case 'MEMBER_REMOVED':
      return `${actor} removed ${target} (${role(details.role)})`;
    case 'MEMBER_LEFT':
      return `${actor} (${target}) left the workspace`;
    case 'OWNERSHIP_TRANSFERRED':
      return `${actor} transferred ownership to ${text(details.to) ?? target}`;
    // The security log: the actor is the user themselves, so the sentences say what happened to the account.
    case 'SESSION_REVOKED':
      return `Signed out a session (${target})`;
    case 'OTHER_SESSIONS_REVOKED':
      return `Signed out all other sessions (${typeof details.count === 'number' ? details.count : 'several'})`;
    case 'API_TOKEN_CREATED':
      return `Created the API token “${target}”${details.readOnly === true ? ' (read-only)' : ''}`;
    case 'API_TOKEN_REVOKED':
      return `Revoked the API token “${target}”`;
    case 'PASSWORD_CHANGED':
      return 'Changed the password; other sessions were signed out';
    case 'PASSWORD_RESET':
      return 'Reset the password from an emailed link; every session was signed out';
    case 'EMAIL_VERIFIED':
      return `Verified the email address ${target}`;
    case 'BILLING_CUSTOMER_CREATED':
      return 'Billing account created with the payment provider';
    case 'BILLING_CHECKOUT_STARTED':
      return `${actor} started a checkout for ${text(details.plan) ?? 'a plan'} (${String(details.interval ?? '').toLowerCase()}ly)`;
    case 'BILLING_SUBSCRIPTION_CHANGED': {
      const after = asRecord(details.after);
      return `Subscription is now ${text(after.status) ?? 'changed'}${after.cancelAtPeriodEnd ? ', cancelling at the end of the period' : ''}`;
    }
    case 'BILLING_INVOICE_PAID':
      return `Invoice ${target} paid`;
    case 'BILLING_PAYMENT_FAILED':
      return `Payment of invoice ${target} failed`;
    case 'BILLING_PLAN_COMPED':
      return `Support set a granted plan: ${text(asRecord(details.after).compPlan) ?? 'none'}`;
    case 'BILLING_SUBSCRIPTION_CANCELED':
      return 'Subscription cancelled';
    default:
      // A kind of event newer than this client: still say who and on what.
      return `${actor}: ${String(event.action).toLowerCase().replaceAll('_', ' ')} (${target})`;
  }
}

function describeWorkspaceUpdate(actor: string, target: string, details: Record<string, unknown>): string {
  const before = asRecord(details.before);
  const after = asRecord(details.after);
  const changes: string[] = [];
  if (text(before.name) && text(after.name) && before.name !== after.name)
    changes.push(`renamed the workspace from “${before.name}” to “${after.name}”`);
  if (text(before.slug) && text(after.slug) && before.slug !== after.slug)
    changes.push(`changed its address from /w/${before.slug} to /w/${after.slug}`);
  return changes.length > 0 ? `${actor} ${changes.join(' and ')}` : `${actor} updated the workspace “${target}”`;
}
