/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  fragment AuditLogTable_event on AuditEvent {\n    id\n    action\n    actor {\n      id\n      name\n    }\n    targetType\n    targetLabel\n    details\n    createdAt\n  }\n": typeof types.AuditLogTable_EventFragmentDoc,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": typeof types.SessionWorkspacesDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n": typeof types.MemberRow_MembershipFragmentDoc,
    "\n  fragment MembersUsage_workspace on Workspace {\n    id\n    usage {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": typeof types.MembersUsage_WorkspaceFragmentDoc,
    "\n  subscription WorkspaceUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": typeof types.WorkspaceUsageDocument,
    "\n  fragment PendingInvitations_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": typeof types.PendingInvitations_InvitationFragmentDoc,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      ...PendingInvitations_invitation\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n    }\n  }\n": typeof types.TransferOwnershipDocument,
    "\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerRole\n  }\n": typeof types.DangerZone_WorkspaceFragmentDoc,
    "\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": typeof types.WorkspaceGeneralForm_WorkspaceFragmentDoc,
    "\n  mutation DeleteWorkspace($id: ID!, $confirmName: String!) {\n    deleteWorkspace(id: $id, confirmName: $confirmName)\n  }\n": typeof types.DeleteWorkspaceDocument,
    "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n": typeof types.LeaveWorkspaceDocument,
    "\n  mutation UpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.UpdateWorkspaceDocument,
    "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.AccessibleWorkspacesDocument,
    "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": typeof types.WorkspaceSwitcher_WorkspaceFragmentDoc,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query GeneralSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      createdAt\n      ...WorkspaceGeneralForm_workspace\n      ...DangerZone_workspace\n    }\n  }\n": typeof types.GeneralSettingsDocument,
    "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": typeof types.HomeWorkspacesDocument,
    "\n  query InvitationPage($token: String!) {\n    me {\n      id\n      name\n      email\n    }\n    invitation(token: $token) {\n      workspaceName\n      inviterName\n      email\n      role\n      status\n      expired\n      expiresAt\n      accountExists\n    }\n  }\n": typeof types.InvitationPageDocument,
    "\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canManage: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      viewerRole\n      ...MembersUsage_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Owners and admins only: for anyone else the server refuses the field, so it is not asked for at all.\n      invitations @include(if: $canManage) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n": typeof types.MembersSettingsDocument,
    "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": typeof types.WorkspaceHomeDocument,
    "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.WorkspaceLayoutDocument,
    "\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": typeof types.WorkspaceSettingsDocument,
};
const documents: Documents = {
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  fragment AuditLogTable_event on AuditEvent {\n    id\n    action\n    actor {\n      id\n      name\n    }\n    targetType\n    targetLabel\n    details\n    createdAt\n  }\n": types.AuditLogTable_EventFragmentDoc,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignUpDocument,
    "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": types.SessionWorkspacesDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n": types.MemberRow_MembershipFragmentDoc,
    "\n  fragment MembersUsage_workspace on Workspace {\n    id\n    usage {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": types.MembersUsage_WorkspaceFragmentDoc,
    "\n  subscription WorkspaceUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": types.WorkspaceUsageDocument,
    "\n  fragment PendingInvitations_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": types.PendingInvitations_InvitationFragmentDoc,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      ...PendingInvitations_invitation\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n    }\n  }\n": types.TransferOwnershipDocument,
    "\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerRole\n  }\n": types.DangerZone_WorkspaceFragmentDoc,
    "\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": types.WorkspaceGeneralForm_WorkspaceFragmentDoc,
    "\n  mutation DeleteWorkspace($id: ID!, $confirmName: String!) {\n    deleteWorkspace(id: $id, confirmName: $confirmName)\n  }\n": types.DeleteWorkspaceDocument,
    "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n": types.LeaveWorkspaceDocument,
    "\n  mutation UpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": types.UpdateWorkspaceDocument,
    "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.AccessibleWorkspacesDocument,
    "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": types.WorkspaceSwitcher_WorkspaceFragmentDoc,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query GeneralSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      createdAt\n      ...WorkspaceGeneralForm_workspace\n      ...DangerZone_workspace\n    }\n  }\n": types.GeneralSettingsDocument,
    "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": types.HomeWorkspacesDocument,
    "\n  query InvitationPage($token: String!) {\n    me {\n      id\n      name\n      email\n    }\n    invitation(token: $token) {\n      workspaceName\n      inviterName\n      email\n      role\n      status\n      expired\n      expiresAt\n      accountExists\n    }\n  }\n": types.InvitationPageDocument,
    "\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canManage: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      viewerRole\n      ...MembersUsage_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Owners and admins only: for anyone else the server refuses the field, so it is not asked for at all.\n      invitations @include(if: $canManage) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n": types.MembersSettingsDocument,
    "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": types.WorkspaceHomeDocument,
    "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.WorkspaceLayoutDocument,
    "\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": types.WorkspaceSettingsDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AuditLogTable_event on AuditEvent {\n    id\n    action\n    actor {\n      id\n      name\n    }\n    targetType\n    targetLabel\n    details\n    createdAt\n  }\n"): (typeof documents)["\n  fragment AuditLogTable_event on AuditEvent {\n    id\n    action\n    actor {\n      id\n      name\n    }\n    targetType\n    targetLabel\n    details\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n"): (typeof documents)["\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersUsage_workspace on Workspace {\n    id\n    usage {\n      members {\n        used\n        limit\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MembersUsage_workspace on Workspace {\n    id\n    usage {\n      members {\n        used\n        limit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription WorkspaceUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      members {\n        used\n        limit\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription WorkspaceUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      members {\n        used\n        limit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PendingInvitations_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment PendingInvitations_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      ...PendingInvitations_invitation\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      ...PendingInvitations_invitation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerRole\n  }\n"): (typeof documents)["\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n"): (typeof documents)["\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteWorkspace($id: ID!, $confirmName: String!) {\n    deleteWorkspace(id: $id, confirmName: $confirmName)\n  }\n"): (typeof documents)["\n  mutation DeleteWorkspace($id: ID!, $confirmName: String!) {\n    deleteWorkspace(id: $id, confirmName: $confirmName)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n"): (typeof documents)["\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n      name\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"): (typeof documents)["\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n"): (typeof documents)["\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GeneralSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      createdAt\n      ...WorkspaceGeneralForm_workspace\n      ...DangerZone_workspace\n    }\n  }\n"): (typeof documents)["\n  query GeneralSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      createdAt\n      ...WorkspaceGeneralForm_workspace\n      ...DangerZone_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query InvitationPage($token: String!) {\n    me {\n      id\n      name\n      email\n    }\n    invitation(token: $token) {\n      workspaceName\n      inviterName\n      email\n      role\n      status\n      expired\n      expiresAt\n      accountExists\n    }\n  }\n"): (typeof documents)["\n  query InvitationPage($token: String!) {\n    me {\n      id\n      name\n      email\n    }\n    invitation(token: $token) {\n      workspaceName\n      inviterName\n      email\n      role\n      status\n      expired\n      expiresAt\n      accountExists\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canManage: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      viewerRole\n      ...MembersUsage_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Owners and admins only: for anyone else the server refuses the field, so it is not asked for at all.\n      invitations @include(if: $canManage) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canManage: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      viewerRole\n      ...MembersUsage_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Owners and admins only: for anyone else the server refuses the field, so it is not asked for at all.\n      invitations @include(if: $canManage) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n    }\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;