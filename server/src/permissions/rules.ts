import type { IRule } from 'graphql-shield';
import { rule } from 'graphql-shield';
import { EmailNotVerifiedError, ForbiddenError, NotFoundError, UnauthenticatedError } from '../errors/app-error';
import { type GraphQLContext, inViewerScope } from '../graphql/context';
import { User } from '../modules/account/user.entity';
import { BrowserSessionRequiredError, ReadOnlyTokenError } from '../modules/api-tokens/api-token.errors';
import * as documentPolicy from '../modules/knowledge/document.policy';
import { Role, roleAtLeast } from '../modules/workspace/role';
import { isUuid } from '../shared/ids';
import { type RecordKind, recordScope } from './record-scope';

/**
 * What a rule grants, for reading the map as the roles table (permissions.test.ts compares the two): the lowest
 * role that passes, and whether only on the viewer's own records.
 */
export interface Grant {
  minimum: Role;
  ownRecordsOnly?: boolean;
}
const grants = new WeakMap<object, Grant[]>();
type Combined = { getRules?: () => Combined[] };
/**
 * What a rule of the map grants: a workspace-role rule its own grants; `and(…)` what its workspace-role parts grant
 * (the other parts narrow, not widen); empty for rules that are not about a workspace role.
 */
export function grantsOf(ruleObject: object | undefined): Grant[] {
  if (!ruleObject) return [];
  return grants.get(ruleObject) ?? ((ruleObject as Combined).getRules?.() ?? []).flatMap((inner) => grantsOf(inner));
}

/** One rule object per name: shield refuses two different rules with the same name, and caches by name. */
const named = new Map<string, IRule>();
function once(name: string, build: () => IRule, granted?: Grant[]): IRule {
  const existing = named.get(name);
  if (existing) return existing;
  const created = build();
  named.set(name, created);
  if (granted) grants.set(created, granted);
  return created;
}

const LABEL: Record<RecordKind, string> = {
  document: 'Document',
  conversation: 'Conversation',
  message: 'Message',
  invitation: 'Invitation',
  membership: 'Membership',
  report: 'Report',
};

/** The refusal of a role rule says who may, and what: "Only owners and admins can resolve reports." */
export function needsRole(minimum: Role, does: string): ForbiddenError {
  if (minimum === Role.OWNER) return new ForbiddenError(`Only the workspace owner can ${does}.`);
  if (minimum === Role.ADMIN) return new ForbiddenError(`Only owners and admins can ${does}.`);
  return new ForbiddenError(`Viewers cannot ${does}: it needs the MEMBER role or higher.`);
}

/** An argument by path: `workspaceId`, or one inside an input object such as `input.workspaceId`. */
function argumentAt(args: Record<string, unknown>, path: string): unknown {
  return path
    .split('.')
    .reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), args);
}

/**
 * The viewer's role in a workspace, read fresh: a removed member's next operation (or event) is refused at once.
 * A workspace-restricted API token has no role outside its workspace (the loader says so too), so every rule
 * below answers NOT_FOUND for any other workspace, named by argument or by record.
 */
async function viewerRoleIn(ctx: GraphQLContext, workspaceId: string): Promise<Role | null> {
  if (!inViewerScope(ctx.viewer, workspaceId)) return null;
  const membership = await ctx.loaders.viewerMembership.clear(workspaceId).load(workspaceId);
  return membership?.role ?? null;
}

export const isAuthenticated = rule('isAuthenticated', { cache: 'contextual' })((_parent, _args, ctx: GraphQLContext) =>
  ctx.viewer ? true : new UnauthenticatedError(),
);

/**
 * The viewer has proved they own their address (the link mailed at sign-up, or an invitation accepted from its
 * mail): required to invite members and to start a checkout; the refusal names what was refused. Read fresh from
 * the database, so verifying in another tab counts at once.
 */
export function isEmailVerifiedTo(does: string) {
  // One rule per wording: shield refuses two rules with one name.
  let verifiedRule = emailVerifiedRules.get(does);
  if (!verifiedRule) {
    verifiedRule = rule(`isEmailVerifiedTo(${does})`, { cache: 'contextual' })(async (_parent, _args, ctx: GraphQLContext) => {
      if (!ctx.viewer) return new UnauthenticatedError();
      const verified = await ctx.em.count(User, { id: ctx.viewer.user.id, emailVerifiedAt: { $ne: null } });
      return verified > 0 ? true : new EmailNotVerifiedError(does);
    });
    emailVerifiedRules.set(does, verifiedRule);
  }
  return verifiedRule;
}
const emailVerifiedRules = new Map<string, ReturnType<ReturnType<typeof rule>>>();

/**
 * Signed in through a browser session, not an API token: account management (sessions, API tokens, the password)
 * must not be reachable with a leaked token.
 */
export const isBrowserSession = rule('isBrowserSession', { cache: 'contextual' })((_parent, _args, ctx: GraphQLContext) => {
  if (!ctx.viewer) return new UnauthenticatedError();
  return ctx.viewer.session ? true : new BrowserSessionRequiredError();
});

/** Wraps every mutation (permissions.ts): a read-only API token runs queries and subscriptions only. */
export const notReadOnlyToken = rule('notReadOnlyToken', { cache: 'contextual' })((_parent, _args, ctx: GraphQLContext) =>
  ctx.viewer?.readOnly ? new ReadOnlyTokenError() : true,
);

/** Not a workspace-restricted API token: it must not create or join workspaces it then could not see. */
export const notWorkspaceRestricted = rule('notWorkspaceRestricted', { cache: 'contextual' })((_parent, _args, ctx: GraphQLContext) =>
  ctx.viewer?.workspaceId ? new ForbiddenError('This API token is restricted to one workspace.') : true,
);

/**
 * For look-ups that answer null outside the viewer's workspaces (`document`, `conversation`): a record an argument
 * names in a workspace outside a restricted API token's one is NOT_FOUND. Other viewers pass.
 */
export function inTokenWorkspace(kind: RecordKind, argument = 'id'): IRule {
  const name = `inTokenWorkspace(${kind}.${argument})`;
  return once(name, () =>
    rule(name, { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: GraphQLContext) => {
      if (!ctx.viewer?.workspaceId) return true;
      const scope = await recordScope(ctx, kind, argumentAt(args, argument));
      return !scope || inViewerScope(ctx.viewer, scope.workspaceId) ? true : new NotFoundError(LABEL[kind]);
    }),
  );
}

/**
 * Member of the workspace named by an argument (`workspaceId`, `id`, `input.workspaceId`), with at least `minimum`.
 * A workspace the viewer does not belong to answers NOT_FOUND, exactly like one that does not exist.
 */
export function hasWorkspaceRole(minimum: Role, does: string, argument = 'workspaceId'): IRule {
  const name = `hasWorkspaceRole(${minimum}, ${argument})`;
  return once(
    name,
    () =>
      rule(name, { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: GraphQLContext) => {
        if (!ctx.viewer) return new UnauthenticatedError();
        const workspaceId = argumentAt(args, argument);
        const role = isUuid(workspaceId) ? await viewerRoleIn(ctx, workspaceId) : null;
        if (!role) return new NotFoundError('Workspace');
        return roleAtLeast(role, minimum) ? true : needsRole(minimum, does);
      }),
    [{ minimum }],
  );
}

/**
 * At least `minimum` in the workspace of the record an argument names (the invitation, the membership, the
 * report): the rule loads the record's workspace, so the map says who may act on it. NOT_FOUND when the record does
 * not exist or is in a workspace the viewer is not in.
 */
export function hasRoleInWorkspaceOf(kind: RecordKind, minimum: Role, does: string, argument = 'id'): IRule {
  const name = `hasRoleInWorkspaceOf(${kind}.${argument}, ${minimum})`;
  return once(
    name,
    () =>
      rule(name, { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: GraphQLContext) => {
        if (!ctx.viewer) return new UnauthenticatedError();
        const scope = await recordScope(ctx, kind, argumentAt(args, argument));
        const role = scope ? await viewerRoleIn(ctx, scope.workspaceId) : null;
        if (!role) return new NotFoundError(LABEL[kind]);
        return roleAtLeast(role, minimum) ? true : needsRole(minimum, does);
      }),
    [{ minimum }],
  );
}

/**
 * The viewer wrote the record (a conversation, a message of theirs) and is still a member of its workspace.
 * Private records: anyone else gets NOT_FOUND, as if it did not exist. With `optional`, a missing argument passes
 * (askCopilot without a conversation starts a new one).
 */
export function isAuthorOf(kind: RecordKind, argument: string, options: { optional?: boolean } = {}): IRule {
  const name = `isAuthorOf(${kind}.${argument}${options.optional ? ', optional' : ''})`;
  return once(
    name,
    () =>
      rule(name, { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: GraphQLContext) => {
        if (!ctx.viewer) return new UnauthenticatedError();
        const id = argumentAt(args, argument);
        if (options.optional && (id === undefined || id === null)) return true;
        const scope = await recordScope(ctx, kind, id);
        const own = scope?.authorId === ctx.viewer.user.id && (await viewerRoleIn(ctx, scope.workspaceId)) !== null;
        return own ? true : new NotFoundError(LABEL[kind]);
      }),
    [{ minimum: Role.VIEWER, ownRecordsOnly: true }],
  );
}

/**
 * What an open subscription's access rests on while it runs: the workspace whose membership it needs and the lowest
 * role. Its events are re-checked against these alone (guard-subscriptions.ts); what cannot change while it runs
 * (who wrote the answer, an API token's workspace) its rule checked when it started. Null: nothing to hold.
 */
export type SubscriptionScope = (
  args: Record<string, unknown>,
  ctx: GraphQLContext,
) => Promise<{ workspaceId: string; minimum: Role } | null>;

/** The workspace named by an argument, as `hasWorkspaceRole(minimum, …, argument)` reads it. */
export const scopeOfWorkspaceArgument =
  (minimum: Role, argument = 'workspaceId'): SubscriptionScope =>
  async (args) => {
    const workspaceId = argumentAt(args, argument);
    return isUuid(workspaceId) ? { workspaceId, minimum } : null;
  };

/** The workspace of the record an argument names, as `isAuthorOf(kind, argument)` reads it (cached for the request). */
export const scopeOfRecord =
  (kind: RecordKind, argument: string, minimum: Role): SubscriptionScope =>
  async (args, ctx) => {
    const scope = await recordScope(ctx, kind, argumentAt(args, argument));
    return scope ? { workspaceId: scope.workspaceId, minimum } : null;
  };

/** ARCHITECTURE.md: members delete the documents they added, owners and admins any, viewers none. */
export const canDeleteDocument = once(
  'canDeleteDocument',
  () =>
    rule('canDeleteDocument', { cache: 'no_cache' })(async (_parent, args: Record<string, unknown>, ctx: GraphQLContext) => {
      if (!ctx.viewer) return new UnauthenticatedError();
      const scope = await recordScope(ctx, 'document', args.id);
      const role = scope ? await viewerRoleIn(ctx, scope.workspaceId) : null;
      if (!scope || !role) return new NotFoundError('Document');
      return documentPolicy.canDeleteDocument({ role, userId: ctx.viewer.user.id }, { addedById: scope.authorId })
        ? true
        : new ForbiddenError(documentPolicy.DOCUMENT_DELETE_REFUSAL);
    }),
  [{ minimum: Role.MEMBER, ownRecordsOnly: true }, { minimum: Role.ADMIN }],
);

/** On Workspace fields: the viewer's role in that workspace (the parent) is at least `minimum`. */
export function hasRoleInParentWorkspace(minimum: Role, does: string): IRule {
  const name = `hasRoleInParentWorkspace(${minimum})`;
  return once(
    name,
    () =>
      rule(name, { cache: 'strict' })(async (parent: { id: string }, _args, ctx: GraphQLContext) => {
        const membership = await ctx.loaders.viewerMembership.load(parent.id);
        if (!membership) return new NotFoundError('Workspace');
        return roleAtLeast(membership.role, minimum) ? true : needsRole(minimum, does);
      }),
    [{ minimum }],
  );
}
