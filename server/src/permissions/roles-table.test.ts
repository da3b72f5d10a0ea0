import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { repoRoot } from '../config/paths';
import { Role, roleAtLeast } from '../modules/workspace/role';
import { permissionMap } from './permissions';
import { type Grant, grantsOf } from './rules';

/**
 * The permission map must read as the roles table (README "Workspaces and teams", the same table as
 * ARCHITECTURE.md). Each row of the table names the operations it covers below; for each, the rule in the map must
 * let exactly the roles the row ticks through, on their own records or on any, as the row says.
 */
const ROWS: Record<string, Array<[operation: string, ownRecordsOnly: boolean]>> = {
  'see the workspace, its members, its documents; ask the copilot; own conversations, saved queries, feedback, reports': [
    ['Query.documents', false],
    ['Query.conversations', false],
    ['Query.savedQueries', false],
    ['Query.suggestedQuestions', false],
    ['Subscription.workspaceUsage', false],
    ['Mutation.leaveWorkspace', false],
    ['Mutation.askCopilot', false],
    ['Mutation.stopAnswer', true],
    ['Mutation.regenerateAnswer', true],
    ['Mutation.renameConversation', true],
    ['Mutation.deleteConversation', true],
    ['Mutation.setConversationFavorite', true],
    ['Mutation.setQuerySaved', true],
    ['Mutation.rateAnswer', true],
    ['Mutation.reportAnswer', true],
    ['Subscription.answerStream', true],
  ],
  'add documents; delete their own': [
    ['Mutation.addDocument', false],
    ['Mutation.deleteDocument', true],
  ],
  'delete any document; rename the workspace; invite, revoke invites, remove members, set roles below OWNER; see reports inbox and audit log':
    [
      ['Mutation.deleteDocument', false],
      ['Mutation.updateWorkspace', false],
      ['Mutation.inviteMember', false],
      ['Mutation.resendInvitation', false],
      ['Mutation.revokeInvitation', false],
      ['Mutation.removeMember', false],
      ['Mutation.changeMemberRole', false],
      ['Query.reports', false],
      ['Mutation.resolveReport', false],
      ['Query.auditLog', false],
      ['Workspace.invitations', false],
    ],
  // Which ADMIN a member may remove or demote is record-level policy (workspace.policy.ts), checked in the service.
  'billing (checkout, portal); delete the workspace; transfer ownership; remove or demote an ADMIN': [
    ['Mutation.createCheckoutSession', false],
    ['Mutation.createBillingPortalSession', false],
    ['WorkspaceSubscription.invoices', false],
    ['Mutation.deleteWorkspace', false],
    ['Mutation.transferOwnership', false],
  ],
};

const ROLES = [Role.OWNER, Role.ADMIN, Role.MEMBER, Role.VIEWER];

/** The table's rows: the text of "may" and the roles ticked. */
function readmeTable(): Map<string, Role[]> {
  const readme = readFileSync(path.join(repoRoot, 'README.md'), 'utf8');
  const lines = readme.split('\n');
  const header = lines.findIndex((line) => line.replace(/\s/g, '') === '|may|OWNER|ADMIN|MEMBER|VIEWER|');
  expect(header, 'README.md has the roles table').toBeGreaterThan(-1);
  const rows = new Map<string, Role[]>();
  for (const line of lines.slice(header + 2)) {
    if (!line.startsWith('|')) break;
    const [may, ...ticks] = line
      .split('|')
      .slice(1, -1)
      .map((cell) => cell.trim());
    rows.set(
      may as string,
      ROLES.filter((_, index) => ticks[index] === '✓'),
    );
  }
  return rows;
}

type AnyRule = object;

function ruleOf(operation: string): AnyRule {
  const [type, field] = operation.split('.') as [string, string];
  const rules = (permissionMap as unknown as Record<string, Record<string, AnyRule>>)[type];
  const rule = rules?.[field];
  expect(rule, `${operation} has a rule`).toBeDefined();
  return rule as AnyRule;
}

describe('the permission map reads as the roles table', () => {
  const table = readmeTable();

  it('covers exactly the rows of the table', () => {
    expect([...table.keys()].sort()).toEqual(Object.keys(ROWS).sort());
  });

  for (const [may, operations] of Object.entries(ROWS)) {
    it(`"${may.slice(0, 60)}…": each operation lets exactly the ticked roles through`, () => {
      const ticked = table.get(may);
      expect(ticked, 'the row is in the table').toBeDefined();
      for (const [operation, ownRecordsOnly] of operations) {
        const grant = grantsOf(ruleOf(operation)).find((g) => Boolean(g.ownRecordsOnly) === ownRecordsOnly);
        expect(grant, `${operation} grants something ${ownRecordsOnly ? 'on own records' : 'on any record'}`).toBeDefined();
        const allowed = ROLES.filter((role) => roleAtLeast(role, (grant as Grant).minimum));
        expect(allowed, operation).toEqual(ticked);
      }
    });
  }

  it('places every workspace-scoped rule of the map in some row', () => {
    const placed = new Set(Object.values(ROWS).flatMap((operations) => operations.map(([operation]) => operation)));
    const scoped = Object.entries(permissionMap as unknown as Record<string, Record<string, AnyRule> | AnyRule>).flatMap(([type, rules]) =>
      Object.entries(rules as Record<string, AnyRule>)
        .filter(([, rule]) => typeof rule === 'object' && rule !== null && grantsOf(rule).length > 0)
        .map(([field]) => `${type}.${field}`),
    );
    expect(scoped.filter((operation) => !placed.has(operation))).toEqual([]);
  });
});
