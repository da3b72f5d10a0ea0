/** Everything the audit log records, named `subject.verb`. New kinds of change add a value here. */
export enum AuditAction {
  WORKSPACE_CREATED = 'workspace.created',
  WORKSPACE_UPDATED = 'workspace.updated',
  MEMBER_INVITED = 'member.invited',
  INVITATION_RESENT = 'invitation.resent',
  INVITATION_REVOKED = 'invitation.revoked',
  MEMBER_JOINED = 'member.joined',
  MEMBER_ROLE_CHANGED = 'member.role_changed',
  MEMBER_REMOVED = 'member.removed',
  MEMBER_LEFT = 'member.left',
  OWNERSHIP_TRANSFERRED = 'ownership.transferred',
  // A user's security log: changes to their own sign-in methods, recorded about them (no workspace).
  SESSION_REVOKED = 'session.revoked',
  OTHER_SESSIONS_REVOKED = 'session.others_revoked',
  API_TOKEN_CREATED = 'api_token.created',
  API_TOKEN_REVOKED = 'api_token.revoked',
  PASSWORD_CHANGED = 'password.changed',
  PASSWORD_RESET = 'password.reset',
  EMAIL_VERIFIED = 'email.verified',
}
