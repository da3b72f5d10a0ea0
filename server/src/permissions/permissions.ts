import type { IRules } from 'graphql-shield';
import { allow, deny, shield } from 'graphql-shield';
import { ForbiddenError } from '../errors/app-error';
import { Role } from '../modules/workspace/role';
import { hasRoleInParentWorkspace, hasWorkspaceRole, isAuthenticated, readsOwnMessage } from './rules';

const isWorkspaceMember = hasWorkspaceRole(Role.VIEWER);

/**
 * Who may call what: the one place to read it. Every root field needs an entry (a test walks the schema and fails
 * otherwise); anything unlisted is denied. Record-level checks (this document, that membership) live in the
 * services' policies, after the record is loaded.
 */
export const permissionMap = {
  Query: {
    '*': deny,
    me: allow,
    workspaces: isAuthenticated,
    // Returns null for a workspace that is not the viewer's: no existence leak.
    workspace: isAuthenticated,
    // Public: the invitation page shows it before sign-in; the token is the secret (rate-limited per IP).
    invitation: allow,
    auditLog: hasWorkspaceRole(Role.ADMIN),
    documents: isWorkspaceMember,
    // Record-level: the service finds the document and answers null outside the viewer's workspaces.
    document: isAuthenticated,
    suggestedQuestions: isWorkspaceMember,
    conversations: isWorkspaceMember,
    // Private to their author: the service answers null for anyone else's.
    conversation: isAuthenticated,
    savedQueries: isWorkspaceMember,
    reports: hasWorkspaceRole(Role.ADMIN),
  },
  Mutation: {
    '*': deny,
    signUp: allow,
    logIn: allow,
    logOut: allow,
    createWorkspace: isAuthenticated,
    updateWorkspace: hasWorkspaceRole(Role.ADMIN, 'id'),
    deleteWorkspace: hasWorkspaceRole(Role.OWNER, 'id'),
    inviteMember: hasWorkspaceRole(Role.ADMIN),
    transferOwnership: hasWorkspaceRole(Role.OWNER),
    leaveWorkspace: isWorkspaceMember,
    acceptInvitation: isAuthenticated,
    // Record-level: the service loads the membership or invitation, then checks the viewer's role in its workspace.
    resendInvitation: isAuthenticated,
    revokeInvitation: isAuthenticated,
    changeMemberRole: isAuthenticated,
    removeMember: isAuthenticated,
    addDocument: hasWorkspaceRole(Role.MEMBER),
    // Record-level below: the service loads the record, then checks the viewer against *its* workspace (and, for
    // conversations and messages, that the viewer is their author).
    deleteDocument: isAuthenticated,
    askCopilot: isAuthenticated,
    stopAnswer: isAuthenticated,
    regenerateAnswer: isAuthenticated,
    renameConversation: isAuthenticated,
    deleteConversation: isAuthenticated,
    setConversationFavorite: isAuthenticated,
    setQuerySaved: isAuthenticated,
    rateAnswer: isAuthenticated,
    reportAnswer: isAuthenticated,
    resolveReport: isAuthenticated,
  },
  // Checked when a subscription starts and again before its events (permissions/guard-subscriptions.ts).
  Subscription: {
    '*': deny,
    workspaceUsage: isWorkspaceMember,
    answerStream: readsOwnMessage,
  },
  // Object types: reaching one already passed a root field's rule. Sensitive fields get rules of their own here.
  User: allow,
  Workspace: { '*': allow, invitations: hasRoleInParentWorkspace(Role.ADMIN) },
  Usage: allow,
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

export const permissions = shield(permissionMap, shieldOptions);
