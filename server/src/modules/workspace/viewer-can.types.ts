import { Field, ObjectType } from 'type-graphql';

/** What the viewer may do with a workspace, from the server's rules: the app offers only what will succeed. */
@ObjectType({ description: 'What the viewer may do with this workspace (computed from the permission rules).' })
export class WorkspaceViewerCan {
  @Field({ description: 'Rename it (updateWorkspace).' })
  update!: boolean;
  @Field({ description: 'Delete it (deleteWorkspace).' })
  delete!: boolean;
  @Field({ description: 'Invite members, resend and revoke invitations.' })
  invite!: boolean;
  @Field({ description: 'Change roles and remove members (which members: see Membership.viewerCan).' })
  manageMembers!: boolean;
  @Field({ description: 'Make another member the owner (transferOwnership).' })
  transferOwnership!: boolean;
  @Field({ description: 'Leave it (the owner cannot before transferring ownership).' })
  leave!: boolean;
  @Field({ description: 'Add documents (addDocument, POST /uploads).' })
  addDocuments!: boolean;
  @Field({ description: 'Read the audit log.' })
  readAuditLog!: boolean;
  @Field({ description: 'See the reports inbox and resolve reports.' })
  manageReports!: boolean;
  @Field({ description: 'Upgrade, open the billing portal and see invoices (createCheckoutSession, createBillingPortalSession).' })
  manageBilling!: boolean;
}

@ObjectType({ description: 'What the viewer may do to this member (computed from the permission rules and policies).' })
export class MembershipViewerCan {
  @Field({ description: 'Change their role (changeMemberRole).' })
  changeRole!: boolean;
  @Field({ description: 'Remove them (removeMember).' })
  remove!: boolean;
  @Field({ description: 'Make them the owner (transferOwnership).' })
  transferOwnership!: boolean;
}
