import type { IRules } from 'graphql-shield';
import { allow, and, deny, shield } from 'graphql-shield';
import { ForbiddenError } from '../errors/app-error';
import { Role } from '../modules/workspace/role';
import {
  canDeleteDocument,
  hasRoleInParentWorkspace,
  hasRoleInWorkspaceOf,
  hasWorkspaceRole,
  inTokenWorkspace,
  isAuthenticated,
  isAuthorOf,
  isBrowserSession,
  isEmailVerifiedTo,
  notReadOnlyToken,
  notWorkspaceRestricted,
  type SubscriptionScope,
  scopeOfRecord,
  scopeOfWorkspaceArgument,
} from './rules';

const isWorkspaceMember = (does: string, argument?: string) => hasWorkspaceRole(Role.VIEWER, does, argument);
const isAdmin = (does: string, argument?: string) => hasWorkspaceRole(Role.ADMIN, does, argument);

/**
 * Every mutation, listed or added later, first refuses read-only API tokens (FORBIDDEN "This API token is
 * read-only"), before its own rule: nothing a read-only token sends can change anything.
 */
type FieldRule = Parameters<typeof and>[number];
function mutations<T extends Record<string, FieldRule>>(rules: T): { [K in keyof T]: FieldRule } {
  return Object.fromEntries(
    Object.entries(rules).map(([field, fieldRule]) => [field, field === '*' ? fieldRule : and(notReadOnlyToken, fieldRule)]),
  ) as { [K in keyof T]: FieldRule };
}

/**
 * Who may call what: the one place to read it, by role (ARCHITECTURE.md's table; permissions.test.ts checks the two
 * agree) and by ownership. Rules find the workspace from the arguments (`workspaceId`, `input.workspaceId`) or from
 * the record an id names, so each entry reads "role ≥ X in the workspace" or "author of the record". Every root
 * field needs an entry (a test walks the schema); anything unlisted is denied. Services check again after loading.
 */
export const permissionMap = {
  Query: {
    '*': deny,
    me: allow,
    workspaces: isAuthenticated,
    // Answers null for a workspace that is not the viewer's (no existence leak): its fields are the member's view.
    workspace: isAuthenticated,
    // Public: the invitation page shows it before sign-in; the token is the secret (rate-limited per IP).
    invitation: allow,
    // Public: the pricing page is for visitors deciding whether to sign up; it shows only the published plans.
    plans: allow,
    auditLog: isAdmin('read the audit log'),
    documents: isWorkspaceMember('see documents'),
    // Answers null for a document outside the viewer's workspaces, like `workspace`.
    document: and(isAuthenticated, inTokenWorkspace('document')),
    suggestedQuestions: isWorkspaceMember('ask the copilot'),
    // The viewer's own conversations and saved queries only: the service filters by author.
    conversations: isWorkspaceMember('see conversations'),
    // Answers null for anyone's but the viewer's own, like `document`.
    conversation: and(isAuthenticated, inTokenWorkspace('conversation')),
    savedQueries: isWorkspaceMember('see saved queries'),
    reports: isAdmin('see the reports inbox'),
    // Account management: the viewer's own records only (services filter by user), never with an API token.
    sessions: isBrowserSession,
    apiTokens: isBrowserSession,
    // Everything about the user, in one archive: never to an API token (the download route refuses them too).
    dataExport: isBrowserSession,
    // The viewer's own security log: the service reads entries about the viewer only (there is no user argument).
    securityLog: isBrowserSession,
  },
  Mutation: mutations({
    '*': deny,
    signUp: allow,
    logIn: allow,
    logOut: allow,
    // Public: each answers the same for every address and is rate-limited in its service.
    requestPasswordReset: allow,
    resetPassword: allow,
    // Account management needs a browser session: a leaked API token must not change the password.
    changePassword: isBrowserSession,
    // The token is the secret (256 bits, single use, 24 hours); the service rate-limits attempts per IP.
    verifyEmail: allow,
    resendVerificationEmail: isAuthenticated,
    // A workspace-restricted API token sees one workspace: it neither creates nor joins others.
    createWorkspace: and(isAuthenticated, notWorkspaceRestricted),
    // The token is the secret; the service checks it was sent to the viewer's address.
    acceptInvitation: and(isAuthenticated, notWorkspaceRestricted),
    // Account management needs the browser session: a leaked API token cannot mint, keep or end credentials.
    revokeSession: isBrowserSession,
    revokeOtherSessions: isBrowserSession,
    createApiToken: isBrowserSession,
    revokeApiToken: isBrowserSession,
    // The profile too: a leaked API token must not rename the user, and above all not move the account's address
    // (then reset the password from it). confirmEmailChange also needs the session of the user who asked.
    updateProfile: isBrowserSession,
    requestEmailChange: isBrowserSession,
    confirmEmailChange: isBrowserSession,
    // A leaked token must neither take all of the user's data nor end the account.
    requestDataExport: isBrowserSession,
    deleteAccount: isBrowserSession,
    // A logged-out visitor's choice stays in their browser (no one to attach it to); a cookie choice is a browser's,
    // so an API token has none to record.
    recordCookieConsent: isBrowserSession,
    updateWorkspace: isAdmin('rename the workspace', 'id'),
    deleteWorkspace: hasWorkspaceRole(Role.OWNER, 'delete the workspace', 'id'),
    transferOwnership: hasWorkspaceRole(Role.OWNER, 'transfer ownership'),
    leaveWorkspace: isWorkspaceMember('leave the workspace'),
    // Only with a verified address: otherwise anyone could mail invitations from an address they do not own.
    inviteMember: and(isAdmin('invite members'), isEmailVerifiedTo('invite members')),
    resendInvitation: and(hasRoleInWorkspaceOf('invitation', Role.ADMIN, 'manage invitations'), isEmailVerifiedTo('invite members')),
    revokeInvitation: hasRoleInWorkspaceOf('invitation', Role.ADMIN, 'manage invitations'),
    // Which members (only the owner changes or removes an ADMIN; never the OWNER) is the service's policy.
    changeMemberRole: hasRoleInWorkspaceOf('membership', Role.ADMIN, 'change members’ roles', 'membershipId'),
    removeMember: hasRoleInWorkspaceOf('membership', Role.ADMIN, 'remove members', 'membershipId'),
    addDocument: hasWorkspaceRole(Role.MEMBER, 'add documents'),
    deleteDocument: canDeleteDocument,
    // In the workspace, and in a conversation of the viewer's own when continuing one.
    askCopilot: and(
      isWorkspaceMember('ask the copilot', 'input.workspaceId'),
      isAuthorOf('conversation', 'input.conversationId', { optional: true }),
    ),
    stopAnswer: isAuthorOf('message', 'messageId'),
    regenerateAnswer: isAuthorOf('message', 'messageId'),
    renameConversation: isAuthorOf('conversation', 'id'),
    deleteConversation: isAuthorOf('conversation', 'id'),
    setConversationFavorite: isAuthorOf('conversation', 'id'),
    setQuerySaved: isAuthorOf('message', 'messageId'),
    rateAnswer: isAuthorOf('message', 'messageId'),
    reportAnswer: isAuthorOf('message', 'messageId'),
    resolveReport: hasRoleInWorkspaceOf('report', Role.ADMIN, 'resolve reports'),
    // Only with a verified address: the receipts and the customer portal go to the owner's mail.
    createCheckoutSession: and(hasWorkspaceRole(Role.OWNER, 'manage billing'), isEmailVerifiedTo('upgrade the plan')),
    createBillingPortalSession: hasWorkspaceRole(Role.OWNER, 'manage billing'),
  }),
  Subscription: {
    '*': deny,
    workspaceUsage: isWorkspaceMember('see the workspace’s usage'),
    answerStream: isAuthorOf('message', 'messageId'),
  },
  // Object types: reaching one already passed a root field's rule. Sensitive fields get rules of their own here.
  User: allow,
  Workspace: { '*': allow, invitations: hasRoleInParentWorkspace(Role.ADMIN, 'see invitations') },
  Usage: allow,
  Plan: allow,
  PlanLimits: allow,
  // Every member sees the plan and status; amounts paid are the owner's business.
  WorkspaceSubscription: { '*': allow, invoices: hasRoleInParentWorkspace(Role.OWNER, 'see invoices') },
  Invoice: allow,
  RedirectUrl: allow,
  WorkspaceViewerCan: allow,
  MembershipViewerCan: allow,
  DocumentViewerCan: allow,
  UsageMeter: allow,
  Membership: allow,
  MembershipConnection: allow,
  MembershipEdge: allow,
  Invitation: allow,
  InvitationPreview: allow,
  AuditEvent: allow,
  AuditEventConnection: allow,
  AuditEventEdge: allow,
  PageInfo: allow,
  Document: allow,
  DocumentConnection: allow,
  DocumentEdge: allow,
  DocumentPassage: allow,
  Conversation: allow,
  ConversationConnection: allow,
  ConversationEdge: allow,
  Message: allow,
  MessageConnection: allow,
  MessageEdge: allow,
  Citation: allow,
  Session: allow,
  ApiToken: allow,
  CreatedApiToken: allow,
  DataExport: allow,
  AskPayload: allow,
  AnswerEvent: allow,
  Report: allow,
  ReportConnection: allow,
  ReportEdge: allow,
  ReportSnapshot: allow,
} satisfies IRules;

export const shieldOptions = {
  fallbackRule: deny,
  allowExternalErrors: true,
  // A rule that answers `false` gives FORBIDDEN; rules that return a typed error keep it.
  fallbackError: (thrown: unknown) => (thrown instanceof Error ? thrown : new ForbiddenError()),
  debug: false,
};

/**
 * What each subscription re-checks before its events, beside its rule above (which runs in full when it starts):
 * the credential and the membership with at least this role, read for all open subscriptions at once.
 */
export const subscriptionScopes: Record<string, SubscriptionScope> = {
  workspaceUsage: scopeOfWorkspaceArgument(Role.VIEWER),
  answerStream: scopeOfRecord('message', 'messageId', Role.VIEWER),
};

export const permissions = shield(permissionMap, shieldOptions);
