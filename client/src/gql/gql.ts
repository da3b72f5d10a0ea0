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
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": typeof types.DeleteAccountDocument,
    "\n  fragment EmailVerificationBanner_user on User {\n    id\n    email\n    emailVerified\n  }\n": typeof types.EmailVerificationBanner_UserFragmentDoc,
    "\n  query SecurityLog($first: Int!, $after: String) {\n    securityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n": typeof types.SecurityLogDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n": typeof types.UserMenu_UserFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": typeof types.RequestEmailChangeDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": typeof types.ResendVerificationEmailDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      avatarUrl\n    }\n  }\n": typeof types.UpdateProfileDocument,
    "\n  fragment ApiTokensList_token on ApiToken {\n    id\n    name\n    readOnly\n    createdAt\n    lastUsedAt\n    expiresAt\n    workspace {\n      id\n      name\n    }\n  }\n": typeof types.ApiTokensList_TokenFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokensList_token\n      }\n    }\n  }\n": typeof types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": typeof types.RevokeApiTokenDocument,
    "\n  fragment AuditLogTable_event on AuditEvent {\n    id\n    action\n    actor {\n      id\n      name\n    }\n    targetType\n    targetLabel\n    details\n    createdAt\n  }\n": typeof types.AuditLogTable_EventFragmentDoc,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": typeof types.SessionWorkspacesDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": typeof types.ViewerDocument,
    "\n  mutation CreateCheckoutSession($workspaceId: ID!, $interval: BillingInterval!) {\n    createCheckoutSession(workspaceId: $workspaceId, plan: PRO, interval: $interval) {\n      url\n    }\n  }\n": typeof types.CreateCheckoutSessionDocument,
    "\n  mutation CreateBillingPortalSession($workspaceId: ID!) {\n    createBillingPortalSession(workspaceId: $workspaceId) {\n      url\n    }\n  }\n": typeof types.CreateBillingPortalSessionDocument,
    "\n  mutation RecordCookieConsent($input: CookieConsentInput!) {\n    recordCookieConsent(input: $input)\n  }\n": typeof types.RecordCookieConsentDocument,
    "\n  fragment ConversationList_conversation on Conversation {\n    id\n    title\n    favorite\n    updatedAt\n  }\n": typeof types.ConversationList_ConversationFragmentDoc,
    "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": typeof types.DeleteConversationDocument,
    "\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n": typeof types.RenameConversationDocument,
    "\n  mutation SetConversationFavorite($id: ID!, $favorite: Boolean!) {\n    setConversationFavorite(id: $id, favorite: $favorite) {\n      id\n      favorite\n    }\n  }\n": typeof types.SetConversationFavoriteDocument,
    "\n  fragment AnswerBubble_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n    ...AnswerFeedback_message\n  }\n": typeof types.AnswerBubble_MessageFragmentDoc,
    "\n  fragment AnswerFeedback_report on Report {\n    id\n    status\n    category\n    resolutionNote\n  }\n": typeof types.AnswerFeedback_ReportFragmentDoc,
    "\n  fragment AnswerFeedback_message on Message {\n    id\n    viewerRating\n    viewerRatingComment\n    viewerReport {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n": typeof types.AnswerFeedback_MessageFragmentDoc,
    "\n  fragment CitationPopover_citation on Citation {\n    index\n    passage\n    quotes\n    page\n    passagePosition\n    documentTitle\n    heading\n    document {\n      id\n      title\n    }\n  }\n": typeof types.CitationPopover_CitationFragmentDoc,
    "\n  fragment QuestionBubble_message on Message {\n    id\n    content\n    saved\n    createdAt\n  }\n": typeof types.QuestionBubble_MessageFragmentDoc,
    "\n  fragment ChatThread_message on Message {\n    id\n    role\n    status\n    ...QuestionBubble_message\n    ...AnswerBubble_message\n  }\n": typeof types.ChatThread_MessageFragmentDoc,
    "\n  fragment ChatThread_conversation on Conversation {\n    id\n    title\n    favorite\n    messages(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChatThread_message\n        }\n      }\n    }\n  }\n": typeof types.ChatThread_ConversationFragmentDoc,
    "\n  subscription AnswerStream($messageId: ID!, $afterSeq: Int) {\n    answerStream(messageId: $messageId, afterSeq: $afterSeq) {\n      seq\n      delta\n      status\n      error\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n": typeof types.AnswerStreamDocument,
    "\n  fragment StreamedAnswer_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n  }\n": typeof types.StreamedAnswer_MessageFragmentDoc,
    "\n  mutation AskCopilot($input: AskInput!) {\n    askCopilot(input: $input) {\n      conversation {\n        id\n        title\n        favorite\n        updatedAt\n      }\n      question {\n        id\n        ...ChatThread_message\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n": typeof types.AskCopilotDocument,
    "\n  mutation RateAnswer($messageId: ID!, $rating: Rating, $comment: String) {\n    rateAnswer(messageId: $messageId, rating: $rating, comment: $comment) {\n      id\n      viewerRating\n      viewerRatingComment\n    }\n  }\n": typeof types.RateAnswerDocument,
    "\n  mutation RegenerateAnswer($messageId: ID!) {\n    regenerateAnswer(messageId: $messageId) {\n      conversation {\n        id\n        updatedAt\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n": typeof types.RegenerateAnswerDocument,
    "\n  mutation ReportAnswer($messageId: ID!, $category: ReportCategory!, $comment: String) {\n    reportAnswer(messageId: $messageId, category: $category, comment: $comment) {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n": typeof types.ReportAnswerDocument,
    "\n  mutation SetQuerySaved($messageId: ID!, $saved: Boolean!) {\n    setQuerySaved(messageId: $messageId, saved: $saved) {\n      id\n      saved\n    }\n  }\n": typeof types.SetQuerySavedDocument,
    "\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      ...StreamedAnswer_message\n    }\n  }\n": typeof types.StopAnswerDocument,
    "\n  fragment DataExportPanel_dataExport on DataExport {\n    id\n    status\n    progress\n    sizeBytes\n    downloadUrl\n    createdAt\n    expiresAt\n  }\n": typeof types.DataExportPanel_DataExportFragmentDoc,
    "\n  query DataExport {\n    dataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n": typeof types.DataExportDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n": typeof types.RequestDataExportDocument,
    "\n  fragment DocumentsTable_document on Document {\n    id\n    title\n    mimeType\n    sizeBytes\n    chunkCount\n    status\n    progress\n    error\n    createdAt\n    addedBy {\n      id\n      name\n    }\n    viewerCan {\n      delete\n    }\n  }\n": typeof types.DocumentsTable_DocumentFragmentDoc,
    "\n  mutation AddDocument($workspaceId: ID!, $input: AddDocumentInput!) {\n    addDocument(workspaceId: $workspaceId, input: $input) {\n      id\n      ...DocumentsTable_document\n    }\n  }\n": typeof types.AddDocumentDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": typeof types.DeleteDocumentDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n    viewerCan {\n      changeRole\n      remove\n      transferOwnership\n    }\n  }\n": typeof types.MemberRow_MembershipFragmentDoc,
    "\n  fragment MembersTable_workspace on Workspace {\n    id\n    viewerCan {\n      manageMembers\n    }\n  }\n": typeof types.MembersTable_WorkspaceFragmentDoc,
    "\n  fragment MembersUsage_workspace on Workspace {\n    id\n    usage {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": typeof types.MembersUsage_WorkspaceFragmentDoc,
    "\n  subscription WorkspaceUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": typeof types.WorkspaceUsageDocument,
    "\n  fragment PendingInvitations_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": typeof types.PendingInvitations_InvitationFragmentDoc,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      # What the viewer may do to them can change with it (an admin cannot manage another admin).\n      viewerCan {\n        changeRole\n        remove\n        transferOwnership\n      }\n    }\n  }\n": typeof types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      ...PendingInvitations_invitation\n    }\n  }\n": typeof types.InviteMemberDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": typeof types.RemoveMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": typeof types.RevokeInvitationDocument,
    "\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n      # Every answer the pages ask for: the old owner's danger zone, tabs and controls follow at once.\n      viewerCan {\n        update\n        delete\n        invite\n        manageMembers\n        transferOwnership\n        leave\n        addDocuments\n        readAuditLog\n        manageReports\n      }\n    }\n  }\n": typeof types.TransferOwnershipDocument,
    "\n  fragment PlanCard_plan on Plan {\n    id\n    name\n    monthlyPriceCents\n    yearlyPriceCents\n    limits {\n      members\n      documents\n      documentBytes\n      questionsPerPeriod\n    }\n  }\n": typeof types.PlanCard_PlanFragmentDoc,
    "\n  fragment ReportDetails_report on Report {\n    id\n    category\n    comment\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n      answer\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n": typeof types.ReportDetails_ReportFragmentDoc,
    "\n  fragment ReportsTable_report on Report {\n    id\n    category\n    comment\n    status\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n    }\n  }\n": typeof types.ReportsTable_ReportFragmentDoc,
    "\n  mutation ResolveReport($id: ID!, $status: ReportStatus!, $note: String) {\n    resolveReport(id: $id, status: $status, note: $note) {\n      id\n      ...ReportDetails_report\n    }\n  }\n": typeof types.ResolveReportDocument,
    "\n  fragment SessionsList_session on Session {\n    id\n    device\n    browser\n    ip\n    createdAt\n    lastSeenAt\n    current\n  }\n": typeof types.SessionsList_SessionFragmentDoc,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": typeof types.RevokeOtherSessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": typeof types.RevokeSessionDocument,
    "\n  fragment LiveUsage_usage on Usage {\n    members {\n      used\n      limit\n    }\n    documents {\n      used\n      limit\n    }\n    questionsThisPeriod {\n      used\n      limit\n    }\n  }\n": typeof types.LiveUsage_UsageFragmentDoc,
    "\n  subscription LiveUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      ...LiveUsage_usage\n    }\n  }\n": typeof types.LiveUsageDocument,
    "\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerCan {\n      leave\n      delete\n      transferOwnership\n    }\n  }\n": typeof types.DangerZone_WorkspaceFragmentDoc,
    "\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerCan {\n      update\n    }\n  }\n": typeof types.WorkspaceGeneralForm_WorkspaceFragmentDoc,
    "\n  mutation DeleteWorkspace($id: ID!, $confirmName: String!) {\n    deleteWorkspace(id: $id, confirmName: $confirmName)\n  }\n": typeof types.DeleteWorkspaceDocument,
    "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n": typeof types.LeaveWorkspaceDocument,
    "\n  mutation UpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": typeof types.UpdateWorkspaceDocument,
    "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.AccessibleWorkspacesDocument,
    "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": typeof types.WorkspaceSwitcher_WorkspaceFragmentDoc,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n      # The layout's list also reads this: asked here so the new entry is complete without refetching the list.\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n": typeof types.CreateWorkspaceDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n": typeof types.AccountProfileDocument,
    "\n  query ApiTokensSettings {\n    apiTokens {\n      id\n      ...ApiTokensList_token\n    }\n    workspaces {\n      id\n      name\n    }\n  }\n": typeof types.ApiTokensSettingsDocument,
    "\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query BillingSettings($slug: String!, $withInvoices: Boolean!) {\n    workspace(slug: $slug) {\n      id\n      subscription {\n        plan\n        status\n        interval\n        currentPeriodEnd\n        cancelAtPeriodEnd\n        graceEndsAt\n        compPlan\n        compUntil\n        invoices @include(if: $withInvoices) {\n          id\n          amountPaid\n          amountDue\n          currency\n          status\n          hostedInvoiceUrl\n          createdAt\n        }\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n    plans {\n      id\n      name\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n": typeof types.BillingSettingsDocument,
    "\n  query ChatWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n": typeof types.ChatWorkspaceDocument,
    "\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      ...ChatThread_conversation\n    }\n  }\n": typeof types.ChatConversationDocument,
    "\n  query ChatConversations($workspaceId: ID!, $first: Int!, $after: String, $search: String, $favoritesOnly: Boolean) {\n    conversations(workspaceId: $workspaceId, first: $first, after: $after, search: $search, favoritesOnly: $favoritesOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ConversationList_conversation\n        }\n      }\n    }\n  }\n": typeof types.ChatConversationsDocument,
    "\n  query ChatSuggestions($workspaceId: ID!) {\n    suggestedQuestions(workspaceId: $workspaceId)\n  }\n": typeof types.ChatSuggestionsDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.ConfirmEmailChangeDocument,
    "\n  query DocumentPage($id: ID!, $position: Int!, $withPassage: Boolean!) {\n    document(id: $id) {\n      id\n      title\n      mimeType\n      sizeBytes\n      chunkCount\n      status\n      createdAt\n      addedBy {\n        id\n        name\n      }\n      text\n      passage(position: $position) @include(if: $withPassage) {\n        position\n        heading\n        page\n        content\n      }\n    }\n  }\n": typeof types.DocumentPageDocument,
    "\n  query DocumentsList($workspaceId: ID!, $first: Int!, $after: String, $search: String) {\n    documents(workspaceId: $workspaceId, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DocumentsTable_document\n        }\n      }\n    }\n  }\n": typeof types.DocumentsListDocument,
    "\n  query DocumentsPage($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n": typeof types.DocumentsPageDocument,
    "\n  query GeneralSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      createdAt\n      ...WorkspaceGeneralForm_workspace\n      ...DangerZone_workspace\n    }\n  }\n": typeof types.GeneralSettingsDocument,
    "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": typeof types.HomeWorkspacesDocument,
    "\n  query InvitationPage($token: String!) {\n    me {\n      id\n      name\n      email\n    }\n    invitation(token: $token) {\n      workspaceName\n      inviterName\n      email\n      role\n      status\n      expired\n      expiresAt\n      accountExists\n    }\n  }\n": typeof types.InvitationPageDocument,
    "\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canInvite: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      ...MembersUsage_workspace\n      ...MembersTable_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Only for those who may invite (the settings layout's viewerCan.invite): the server refuses the field to anyone\n      # else, so it is not asked for at all.\n      invitations @include(if: $canInvite) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n": typeof types.MembersSettingsDocument,
    "\n  query PricingPage {\n    plans {\n      id\n      ...PlanCard_plan\n    }\n    me {\n      id\n    }\n  }\n": typeof types.PricingPageDocument,
    "\n  query ReportsInbox($workspaceId: ID!, $status: ReportStatus, $first: Int!, $after: String) {\n    reports(workspaceId: $workspaceId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ReportsTable_report\n          ...ReportDetails_report\n        }\n      }\n    }\n  }\n": typeof types.ReportsInboxDocument,
    "\n  query ReportsWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n": typeof types.ReportsWorkspaceDocument,
    "\n  query SavedQueriesWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n    }\n  }\n": typeof types.SavedQueriesWorkspaceDocument,
    "\n  query SavedQueries($workspaceId: ID!) {\n    savedQueries(workspaceId: $workspaceId) {\n      id\n      content\n      createdAt\n      saved\n    }\n  }\n": typeof types.SavedQueriesDocument,
    "\n  query SessionsSettings {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n": typeof types.SessionsSettingsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": typeof types.VerifyEmailDocument,
    "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": typeof types.WorkspaceHomeDocument,
    "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n      ...EmailVerificationBanner_user\n    }\n    workspaces {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": typeof types.WorkspaceLayoutDocument,
    "\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      # For the sections inside: the audit log tab and page, and whether the members page asks for invitations.\n      viewerCan {\n        readAuditLog\n        invite\n        manageBilling\n      }\n    }\n  }\n": typeof types.WorkspaceSettingsDocument,
};
const documents: Documents = {
    "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n": types.DeleteAccountDocument,
    "\n  fragment EmailVerificationBanner_user on User {\n    id\n    email\n    emailVerified\n  }\n": types.EmailVerificationBanner_UserFragmentDoc,
    "\n  query SecurityLog($first: Int!, $after: String) {\n    securityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n": types.SecurityLogDocument,
    "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n": types.UserMenu_UserFragmentDoc,
    "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n": types.ChangePasswordDocument,
    "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n": types.RequestEmailChangeDocument,
    "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n": types.ResendVerificationEmailDocument,
    "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      avatarUrl\n    }\n  }\n": types.UpdateProfileDocument,
    "\n  fragment ApiTokensList_token on ApiToken {\n    id\n    name\n    readOnly\n    createdAt\n    lastUsedAt\n    expiresAt\n    workspace {\n      id\n      name\n    }\n  }\n": types.ApiTokensList_TokenFragmentDoc,
    "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokensList_token\n      }\n    }\n  }\n": types.CreateApiTokenDocument,
    "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n": types.RevokeApiTokenDocument,
    "\n  fragment AuditLogTable_event on AuditEvent {\n    id\n    action\n    actor {\n      id\n      name\n    }\n    targetType\n    targetLabel\n    details\n    createdAt\n  }\n": types.AuditLogTable_EventFragmentDoc,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      id\n    }\n  }\n": types.LogInDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n": types.ResetPasswordDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      id\n      name\n    }\n  }\n": types.SignUpDocument,
    "\n  query SessionWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": types.SessionWorkspacesDocument,
    "\n  query Viewer {\n    me {\n      id\n      name\n      email\n    }\n  }\n": types.ViewerDocument,
    "\n  mutation CreateCheckoutSession($workspaceId: ID!, $interval: BillingInterval!) {\n    createCheckoutSession(workspaceId: $workspaceId, plan: PRO, interval: $interval) {\n      url\n    }\n  }\n": types.CreateCheckoutSessionDocument,
    "\n  mutation CreateBillingPortalSession($workspaceId: ID!) {\n    createBillingPortalSession(workspaceId: $workspaceId) {\n      url\n    }\n  }\n": types.CreateBillingPortalSessionDocument,
    "\n  mutation RecordCookieConsent($input: CookieConsentInput!) {\n    recordCookieConsent(input: $input)\n  }\n": types.RecordCookieConsentDocument,
    "\n  fragment ConversationList_conversation on Conversation {\n    id\n    title\n    favorite\n    updatedAt\n  }\n": types.ConversationList_ConversationFragmentDoc,
    "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n": types.DeleteConversationDocument,
    "\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n": types.RenameConversationDocument,
    "\n  mutation SetConversationFavorite($id: ID!, $favorite: Boolean!) {\n    setConversationFavorite(id: $id, favorite: $favorite) {\n      id\n      favorite\n    }\n  }\n": types.SetConversationFavoriteDocument,
    "\n  fragment AnswerBubble_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n    ...AnswerFeedback_message\n  }\n": types.AnswerBubble_MessageFragmentDoc,
    "\n  fragment AnswerFeedback_report on Report {\n    id\n    status\n    category\n    resolutionNote\n  }\n": types.AnswerFeedback_ReportFragmentDoc,
    "\n  fragment AnswerFeedback_message on Message {\n    id\n    viewerRating\n    viewerRatingComment\n    viewerReport {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n": types.AnswerFeedback_MessageFragmentDoc,
    "\n  fragment CitationPopover_citation on Citation {\n    index\n    passage\n    quotes\n    page\n    passagePosition\n    documentTitle\n    heading\n    document {\n      id\n      title\n    }\n  }\n": types.CitationPopover_CitationFragmentDoc,
    "\n  fragment QuestionBubble_message on Message {\n    id\n    content\n    saved\n    createdAt\n  }\n": types.QuestionBubble_MessageFragmentDoc,
    "\n  fragment ChatThread_message on Message {\n    id\n    role\n    status\n    ...QuestionBubble_message\n    ...AnswerBubble_message\n  }\n": types.ChatThread_MessageFragmentDoc,
    "\n  fragment ChatThread_conversation on Conversation {\n    id\n    title\n    favorite\n    messages(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChatThread_message\n        }\n      }\n    }\n  }\n": types.ChatThread_ConversationFragmentDoc,
    "\n  subscription AnswerStream($messageId: ID!, $afterSeq: Int) {\n    answerStream(messageId: $messageId, afterSeq: $afterSeq) {\n      seq\n      delta\n      status\n      error\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n": types.AnswerStreamDocument,
    "\n  fragment StreamedAnswer_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n  }\n": types.StreamedAnswer_MessageFragmentDoc,
    "\n  mutation AskCopilot($input: AskInput!) {\n    askCopilot(input: $input) {\n      conversation {\n        id\n        title\n        favorite\n        updatedAt\n      }\n      question {\n        id\n        ...ChatThread_message\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n": types.AskCopilotDocument,
    "\n  mutation RateAnswer($messageId: ID!, $rating: Rating, $comment: String) {\n    rateAnswer(messageId: $messageId, rating: $rating, comment: $comment) {\n      id\n      viewerRating\n      viewerRatingComment\n    }\n  }\n": types.RateAnswerDocument,
    "\n  mutation RegenerateAnswer($messageId: ID!) {\n    regenerateAnswer(messageId: $messageId) {\n      conversation {\n        id\n        updatedAt\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n": types.RegenerateAnswerDocument,
    "\n  mutation ReportAnswer($messageId: ID!, $category: ReportCategory!, $comment: String) {\n    reportAnswer(messageId: $messageId, category: $category, comment: $comment) {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n": types.ReportAnswerDocument,
    "\n  mutation SetQuerySaved($messageId: ID!, $saved: Boolean!) {\n    setQuerySaved(messageId: $messageId, saved: $saved) {\n      id\n      saved\n    }\n  }\n": types.SetQuerySavedDocument,
    "\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      ...StreamedAnswer_message\n    }\n  }\n": types.StopAnswerDocument,
    "\n  fragment DataExportPanel_dataExport on DataExport {\n    id\n    status\n    progress\n    sizeBytes\n    downloadUrl\n    createdAt\n    expiresAt\n  }\n": types.DataExportPanel_DataExportFragmentDoc,
    "\n  query DataExport {\n    dataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n": types.DataExportDocument,
    "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n": types.RequestDataExportDocument,
    "\n  fragment DocumentsTable_document on Document {\n    id\n    title\n    mimeType\n    sizeBytes\n    chunkCount\n    status\n    progress\n    error\n    createdAt\n    addedBy {\n      id\n      name\n    }\n    viewerCan {\n      delete\n    }\n  }\n": types.DocumentsTable_DocumentFragmentDoc,
    "\n  mutation AddDocument($workspaceId: ID!, $input: AddDocumentInput!) {\n    addDocument(workspaceId: $workspaceId, input: $input) {\n      id\n      ...DocumentsTable_document\n    }\n  }\n": types.AddDocumentDocument,
    "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n": types.DeleteDocumentDocument,
    "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n    viewerCan {\n      changeRole\n      remove\n      transferOwnership\n    }\n  }\n": types.MemberRow_MembershipFragmentDoc,
    "\n  fragment MembersTable_workspace on Workspace {\n    id\n    viewerCan {\n      manageMembers\n    }\n  }\n": types.MembersTable_WorkspaceFragmentDoc,
    "\n  fragment MembersUsage_workspace on Workspace {\n    id\n    usage {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": types.MembersUsage_WorkspaceFragmentDoc,
    "\n  subscription WorkspaceUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      members {\n        used\n        limit\n      }\n    }\n  }\n": types.WorkspaceUsageDocument,
    "\n  fragment PendingInvitations_invitation on Invitation {\n    id\n    email\n    role\n    expiresAt\n    createdAt\n    invitedBy {\n      id\n      name\n    }\n  }\n": types.PendingInvitations_InvitationFragmentDoc,
    "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      # What the viewer may do to them can change with it (an admin cannot manage another admin).\n      viewerCan {\n        changeRole\n        remove\n        transferOwnership\n      }\n    }\n  }\n": types.ChangeMemberRoleDocument,
    "\n  mutation InviteMember($workspaceId: ID!, $email: String!, $role: Role!) {\n    inviteMember(workspaceId: $workspaceId, email: $email, role: $role) {\n      id\n      ...PendingInvitations_invitation\n    }\n  }\n": types.InviteMemberDocument,
    "\n  mutation RemoveMember($membershipId: ID!) {\n    removeMember(membershipId: $membershipId)\n  }\n": types.RemoveMemberDocument,
    "\n  mutation ResendInvitation($id: ID!) {\n    resendInvitation(id: $id) {\n      id\n      expiresAt\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation RevokeInvitation($id: ID!) {\n    revokeInvitation(id: $id)\n  }\n": types.RevokeInvitationDocument,
    "\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n      # Every answer the pages ask for: the old owner's danger zone, tabs and controls follow at once.\n      viewerCan {\n        update\n        delete\n        invite\n        manageMembers\n        transferOwnership\n        leave\n        addDocuments\n        readAuditLog\n        manageReports\n      }\n    }\n  }\n": types.TransferOwnershipDocument,
    "\n  fragment PlanCard_plan on Plan {\n    id\n    name\n    monthlyPriceCents\n    yearlyPriceCents\n    limits {\n      members\n      documents\n      documentBytes\n      questionsPerPeriod\n    }\n  }\n": types.PlanCard_PlanFragmentDoc,
    "\n  fragment ReportDetails_report on Report {\n    id\n    category\n    comment\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n      answer\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n": types.ReportDetails_ReportFragmentDoc,
    "\n  fragment ReportsTable_report on Report {\n    id\n    category\n    comment\n    status\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n    }\n  }\n": types.ReportsTable_ReportFragmentDoc,
    "\n  mutation ResolveReport($id: ID!, $status: ReportStatus!, $note: String) {\n    resolveReport(id: $id, status: $status, note: $note) {\n      id\n      ...ReportDetails_report\n    }\n  }\n": types.ResolveReportDocument,
    "\n  fragment SessionsList_session on Session {\n    id\n    device\n    browser\n    ip\n    createdAt\n    lastSeenAt\n    current\n  }\n": types.SessionsList_SessionFragmentDoc,
    "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n": types.RevokeOtherSessionsDocument,
    "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n": types.RevokeSessionDocument,
    "\n  fragment LiveUsage_usage on Usage {\n    members {\n      used\n      limit\n    }\n    documents {\n      used\n      limit\n    }\n    questionsThisPeriod {\n      used\n      limit\n    }\n  }\n": types.LiveUsage_UsageFragmentDoc,
    "\n  subscription LiveUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      ...LiveUsage_usage\n    }\n  }\n": types.LiveUsageDocument,
    "\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerCan {\n      leave\n      delete\n      transferOwnership\n    }\n  }\n": types.DangerZone_WorkspaceFragmentDoc,
    "\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerCan {\n      update\n    }\n  }\n": types.WorkspaceGeneralForm_WorkspaceFragmentDoc,
    "\n  mutation DeleteWorkspace($id: ID!, $confirmName: String!) {\n    deleteWorkspace(id: $id, confirmName: $confirmName)\n  }\n": types.DeleteWorkspaceDocument,
    "\n  mutation LeaveWorkspace($workspaceId: ID!) {\n    leaveWorkspace(workspaceId: $workspaceId)\n  }\n": types.LeaveWorkspaceDocument,
    "\n  mutation UpdateWorkspace($id: ID!, $input: UpdateWorkspaceInput!) {\n    updateWorkspace(id: $id, input: $input) {\n      id\n      name\n      slug\n    }\n  }\n": types.UpdateWorkspaceDocument,
    "\n  query AccessibleWorkspaces {\n    workspaces {\n      id\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.AccessibleWorkspacesDocument,
    "\n  fragment WorkspaceSwitcher_workspace on Workspace {\n    id\n    name\n    slug\n    viewerRole\n  }\n": types.WorkspaceSwitcher_WorkspaceFragmentDoc,
    "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n      # The layout's list also reads this: asked here so the new entry is complete without refetching the list.\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n": types.CreateWorkspaceDocument,
    "\n  query AccountProfile {\n    me {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n": types.AccountProfileDocument,
    "\n  query ApiTokensSettings {\n    apiTokens {\n      id\n      ...ApiTokensList_token\n    }\n    workspaces {\n      id\n      name\n    }\n  }\n": types.ApiTokensSettingsDocument,
    "\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query BillingSettings($slug: String!, $withInvoices: Boolean!) {\n    workspace(slug: $slug) {\n      id\n      subscription {\n        plan\n        status\n        interval\n        currentPeriodEnd\n        cancelAtPeriodEnd\n        graceEndsAt\n        compPlan\n        compUntil\n        invoices @include(if: $withInvoices) {\n          id\n          amountPaid\n          amountDue\n          currency\n          status\n          hostedInvoiceUrl\n          createdAt\n        }\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n    plans {\n      id\n      name\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n": types.BillingSettingsDocument,
    "\n  query ChatWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n": types.ChatWorkspaceDocument,
    "\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      ...ChatThread_conversation\n    }\n  }\n": types.ChatConversationDocument,
    "\n  query ChatConversations($workspaceId: ID!, $first: Int!, $after: String, $search: String, $favoritesOnly: Boolean) {\n    conversations(workspaceId: $workspaceId, first: $first, after: $after, search: $search, favoritesOnly: $favoritesOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ConversationList_conversation\n        }\n      }\n    }\n  }\n": types.ChatConversationsDocument,
    "\n  query ChatSuggestions($workspaceId: ID!) {\n    suggestedQuestions(workspaceId: $workspaceId)\n  }\n": types.ChatSuggestionsDocument,
    "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.ConfirmEmailChangeDocument,
    "\n  query DocumentPage($id: ID!, $position: Int!, $withPassage: Boolean!) {\n    document(id: $id) {\n      id\n      title\n      mimeType\n      sizeBytes\n      chunkCount\n      status\n      createdAt\n      addedBy {\n        id\n        name\n      }\n      text\n      passage(position: $position) @include(if: $withPassage) {\n        position\n        heading\n        page\n        content\n      }\n    }\n  }\n": types.DocumentPageDocument,
    "\n  query DocumentsList($workspaceId: ID!, $first: Int!, $after: String, $search: String) {\n    documents(workspaceId: $workspaceId, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DocumentsTable_document\n        }\n      }\n    }\n  }\n": types.DocumentsListDocument,
    "\n  query DocumentsPage($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n": types.DocumentsPageDocument,
    "\n  query GeneralSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      createdAt\n      ...WorkspaceGeneralForm_workspace\n      ...DangerZone_workspace\n    }\n  }\n": types.GeneralSettingsDocument,
    "\n  query HomeWorkspaces {\n    workspaces {\n      id\n      slug\n    }\n  }\n": types.HomeWorkspacesDocument,
    "\n  query InvitationPage($token: String!) {\n    me {\n      id\n      name\n      email\n    }\n    invitation(token: $token) {\n      workspaceName\n      inviterName\n      email\n      role\n      status\n      expired\n      expiresAt\n      accountExists\n    }\n  }\n": types.InvitationPageDocument,
    "\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canInvite: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      ...MembersUsage_workspace\n      ...MembersTable_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Only for those who may invite (the settings layout's viewerCan.invite): the server refuses the field to anyone\n      # else, so it is not asked for at all.\n      invitations @include(if: $canInvite) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n": types.MembersSettingsDocument,
    "\n  query PricingPage {\n    plans {\n      id\n      ...PlanCard_plan\n    }\n    me {\n      id\n    }\n  }\n": types.PricingPageDocument,
    "\n  query ReportsInbox($workspaceId: ID!, $status: ReportStatus, $first: Int!, $after: String) {\n    reports(workspaceId: $workspaceId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ReportsTable_report\n          ...ReportDetails_report\n        }\n      }\n    }\n  }\n": types.ReportsInboxDocument,
    "\n  query ReportsWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n": types.ReportsWorkspaceDocument,
    "\n  query SavedQueriesWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n    }\n  }\n": types.SavedQueriesWorkspaceDocument,
    "\n  query SavedQueries($workspaceId: ID!) {\n    savedQueries(workspaceId: $workspaceId) {\n      id\n      content\n      createdAt\n      saved\n    }\n  }\n": types.SavedQueriesDocument,
    "\n  query SessionsSettings {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n": types.SessionsSettingsDocument,
    "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n": types.VerifyEmailDocument,
    "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n": types.WorkspaceHomeDocument,
    "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n      ...EmailVerificationBanner_user\n    }\n    workspaces {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n": types.WorkspaceLayoutDocument,
    "\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      # For the sections inside: the audit log tab and page, and whether the members page asks for invitations.\n      viewerCan {\n        readAuditLog\n        invite\n        manageBilling\n      }\n    }\n  }\n": types.WorkspaceSettingsDocument,
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
export function graphql(source: "\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"): (typeof documents)["\n  mutation DeleteAccount($password: String!) {\n    deleteAccount(password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment EmailVerificationBanner_user on User {\n    id\n    email\n    emailVerified\n  }\n"): (typeof documents)["\n  fragment EmailVerificationBanner_user on User {\n    id\n    email\n    emailVerified\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityLog($first: Int!, $after: String) {\n    securityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SecurityLog($first: Int!, $after: String) {\n    securityLog(first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n"): (typeof documents)["\n  fragment UserMenu_user on User {\n    id\n    name\n    email\n    avatarUrl\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($currentPassword: String!, $newPassword: String!) {\n    changePassword(currentPassword: $currentPassword, newPassword: $newPassword)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"): (typeof documents)["\n  mutation RequestEmailChange($newEmail: String!, $password: String!) {\n    requestEmailChange(newEmail: $newEmail, password: $password)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"): (typeof documents)["\n  mutation ResendVerificationEmail {\n    resendVerificationEmail\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateProfile($input: UpdateProfileInput!) {\n    updateProfile(input: $input) {\n      id\n      name\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ApiTokensList_token on ApiToken {\n    id\n    name\n    readOnly\n    createdAt\n    lastUsedAt\n    expiresAt\n    workspace {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ApiTokensList_token on ApiToken {\n    id\n    name\n    readOnly\n    createdAt\n    lastUsedAt\n    expiresAt\n    workspace {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokensList_token\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiToken($input: CreateApiTokenInput!) {\n    createApiToken(input: $input) {\n      secret\n      token {\n        id\n        ...ApiTokensList_token\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeApiToken($id: ID!) {\n    revokeApiToken(id: $id)\n  }\n"];
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
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($token: String!, $newPassword: String!) {\n    resetPassword(token: $token, newPassword: $newPassword)\n  }\n"];
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
export function graphql(source: "\n  mutation CreateCheckoutSession($workspaceId: ID!, $interval: BillingInterval!) {\n    createCheckoutSession(workspaceId: $workspaceId, plan: PRO, interval: $interval) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCheckoutSession($workspaceId: ID!, $interval: BillingInterval!) {\n    createCheckoutSession(workspaceId: $workspaceId, plan: PRO, interval: $interval) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateBillingPortalSession($workspaceId: ID!) {\n    createBillingPortalSession(workspaceId: $workspaceId) {\n      url\n    }\n  }\n"): (typeof documents)["\n  mutation CreateBillingPortalSession($workspaceId: ID!) {\n    createBillingPortalSession(workspaceId: $workspaceId) {\n      url\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCookieConsent($input: CookieConsentInput!) {\n    recordCookieConsent(input: $input)\n  }\n"): (typeof documents)["\n  mutation RecordCookieConsent($input: CookieConsentInput!) {\n    recordCookieConsent(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ConversationList_conversation on Conversation {\n    id\n    title\n    favorite\n    updatedAt\n  }\n"): (typeof documents)["\n  fragment ConversationList_conversation on Conversation {\n    id\n    title\n    favorite\n    updatedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteConversation($id: ID!) {\n    deleteConversation(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RenameConversation($id: ID!, $title: String!) {\n    renameConversation(id: $id, title: $title) {\n      id\n      title\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetConversationFavorite($id: ID!, $favorite: Boolean!) {\n    setConversationFavorite(id: $id, favorite: $favorite) {\n      id\n      favorite\n    }\n  }\n"): (typeof documents)["\n  mutation SetConversationFavorite($id: ID!, $favorite: Boolean!) {\n    setConversationFavorite(id: $id, favorite: $favorite) {\n      id\n      favorite\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerBubble_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n    ...AnswerFeedback_message\n  }\n"): (typeof documents)["\n  fragment AnswerBubble_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n    ...AnswerFeedback_message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFeedback_report on Report {\n    id\n    status\n    category\n    resolutionNote\n  }\n"): (typeof documents)["\n  fragment AnswerFeedback_report on Report {\n    id\n    status\n    category\n    resolutionNote\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AnswerFeedback_message on Message {\n    id\n    viewerRating\n    viewerRatingComment\n    viewerReport {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n"): (typeof documents)["\n  fragment AnswerFeedback_message on Message {\n    id\n    viewerRating\n    viewerRatingComment\n    viewerReport {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CitationPopover_citation on Citation {\n    index\n    passage\n    quotes\n    page\n    passagePosition\n    documentTitle\n    heading\n    document {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  fragment CitationPopover_citation on Citation {\n    index\n    passage\n    quotes\n    page\n    passagePosition\n    documentTitle\n    heading\n    document {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment QuestionBubble_message on Message {\n    id\n    content\n    saved\n    createdAt\n  }\n"): (typeof documents)["\n  fragment QuestionBubble_message on Message {\n    id\n    content\n    saved\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatThread_message on Message {\n    id\n    role\n    status\n    ...QuestionBubble_message\n    ...AnswerBubble_message\n  }\n"): (typeof documents)["\n  fragment ChatThread_message on Message {\n    id\n    role\n    status\n    ...QuestionBubble_message\n    ...AnswerBubble_message\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ChatThread_conversation on Conversation {\n    id\n    title\n    favorite\n    messages(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChatThread_message\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ChatThread_conversation on Conversation {\n    id\n    title\n    favorite\n    messages(first: 100) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ChatThread_message\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription AnswerStream($messageId: ID!, $afterSeq: Int) {\n    answerStream(messageId: $messageId, afterSeq: $afterSeq) {\n      seq\n      delta\n      status\n      error\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription AnswerStream($messageId: ID!, $afterSeq: Int) {\n    answerStream(messageId: $messageId, afterSeq: $afterSeq) {\n      seq\n      delta\n      status\n      error\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment StreamedAnswer_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n  }\n"): (typeof documents)["\n  fragment StreamedAnswer_message on Message {\n    id\n    content\n    status\n    error\n    citations {\n      ...CitationPopover_citation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AskCopilot($input: AskInput!) {\n    askCopilot(input: $input) {\n      conversation {\n        id\n        title\n        favorite\n        updatedAt\n      }\n      question {\n        id\n        ...ChatThread_message\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AskCopilot($input: AskInput!) {\n    askCopilot(input: $input) {\n      conversation {\n        id\n        title\n        favorite\n        updatedAt\n      }\n      question {\n        id\n        ...ChatThread_message\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RateAnswer($messageId: ID!, $rating: Rating, $comment: String) {\n    rateAnswer(messageId: $messageId, rating: $rating, comment: $comment) {\n      id\n      viewerRating\n      viewerRatingComment\n    }\n  }\n"): (typeof documents)["\n  mutation RateAnswer($messageId: ID!, $rating: Rating, $comment: String) {\n    rateAnswer(messageId: $messageId, rating: $rating, comment: $comment) {\n      id\n      viewerRating\n      viewerRatingComment\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegenerateAnswer($messageId: ID!) {\n    regenerateAnswer(messageId: $messageId) {\n      conversation {\n        id\n        updatedAt\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RegenerateAnswer($messageId: ID!) {\n    regenerateAnswer(messageId: $messageId) {\n      conversation {\n        id\n        updatedAt\n      }\n      answer {\n        id\n        ...ChatThread_message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReportAnswer($messageId: ID!, $category: ReportCategory!, $comment: String) {\n    reportAnswer(messageId: $messageId, category: $category, comment: $comment) {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n"): (typeof documents)["\n  mutation ReportAnswer($messageId: ID!, $category: ReportCategory!, $comment: String) {\n    reportAnswer(messageId: $messageId, category: $category, comment: $comment) {\n      id\n      ...AnswerFeedback_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetQuerySaved($messageId: ID!, $saved: Boolean!) {\n    setQuerySaved(messageId: $messageId, saved: $saved) {\n      id\n      saved\n    }\n  }\n"): (typeof documents)["\n  mutation SetQuerySaved($messageId: ID!, $saved: Boolean!) {\n    setQuerySaved(messageId: $messageId, saved: $saved) {\n      id\n      saved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      ...StreamedAnswer_message\n    }\n  }\n"): (typeof documents)["\n  mutation StopAnswer($messageId: ID!) {\n    stopAnswer(messageId: $messageId) {\n      id\n      ...StreamedAnswer_message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DataExportPanel_dataExport on DataExport {\n    id\n    status\n    progress\n    sizeBytes\n    downloadUrl\n    createdAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment DataExportPanel_dataExport on DataExport {\n    id\n    status\n    progress\n    sizeBytes\n    downloadUrl\n    createdAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DataExport {\n    dataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n"): (typeof documents)["\n  query DataExport {\n    dataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n"): (typeof documents)["\n  mutation RequestDataExport {\n    requestDataExport {\n      id\n      ...DataExportPanel_dataExport\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DocumentsTable_document on Document {\n    id\n    title\n    mimeType\n    sizeBytes\n    chunkCount\n    status\n    progress\n    error\n    createdAt\n    addedBy {\n      id\n      name\n    }\n    viewerCan {\n      delete\n    }\n  }\n"): (typeof documents)["\n  fragment DocumentsTable_document on Document {\n    id\n    title\n    mimeType\n    sizeBytes\n    chunkCount\n    status\n    progress\n    error\n    createdAt\n    addedBy {\n      id\n      name\n    }\n    viewerCan {\n      delete\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDocument($workspaceId: ID!, $input: AddDocumentInput!) {\n    addDocument(workspaceId: $workspaceId, input: $input) {\n      id\n      ...DocumentsTable_document\n    }\n  }\n"): (typeof documents)["\n  mutation AddDocument($workspaceId: ID!, $input: AddDocumentInput!) {\n    addDocument(workspaceId: $workspaceId, input: $input) {\n      id\n      ...DocumentsTable_document\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteDocument($id: ID!) {\n    deleteDocument(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($token: String!) {\n    acceptInvitation(token: $token) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n    viewerCan {\n      changeRole\n      remove\n      transferOwnership\n    }\n  }\n"): (typeof documents)["\n  fragment MemberRow_membership on Membership {\n    id\n    role\n    joinedAt\n    user {\n      id\n      name\n      email\n      avatarUrl\n    }\n    viewerCan {\n      changeRole\n      remove\n      transferOwnership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MembersTable_workspace on Workspace {\n    id\n    viewerCan {\n      manageMembers\n    }\n  }\n"): (typeof documents)["\n  fragment MembersTable_workspace on Workspace {\n    id\n    viewerCan {\n      manageMembers\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      # What the viewer may do to them can change with it (an admin cannot manage another admin).\n      viewerCan {\n        changeRole\n        remove\n        transferOwnership\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMemberRole($membershipId: ID!, $role: Role!) {\n    changeMemberRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      # What the viewer may do to them can change with it (an admin cannot manage another admin).\n      viewerCan {\n        changeRole\n        remove\n        transferOwnership\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n      # Every answer the pages ask for: the old owner's danger zone, tabs and controls follow at once.\n      viewerCan {\n        update\n        delete\n        invite\n        manageMembers\n        transferOwnership\n        leave\n        addDocuments\n        readAuditLog\n        manageReports\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation TransferOwnership($workspaceId: ID!, $membershipId: ID!) {\n    transferOwnership(workspaceId: $workspaceId, membershipId: $membershipId) {\n      id\n      viewerRole\n      # Every answer the pages ask for: the old owner's danger zone, tabs and controls follow at once.\n      viewerCan {\n        update\n        delete\n        invite\n        manageMembers\n        transferOwnership\n        leave\n        addDocuments\n        readAuditLog\n        manageReports\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PlanCard_plan on Plan {\n    id\n    name\n    monthlyPriceCents\n    yearlyPriceCents\n    limits {\n      members\n      documents\n      documentBytes\n      questionsPerPeriod\n    }\n  }\n"): (typeof documents)["\n  fragment PlanCard_plan on Plan {\n    id\n    name\n    monthlyPriceCents\n    yearlyPriceCents\n    limits {\n      members\n      documents\n      documentBytes\n      questionsPerPeriod\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportDetails_report on Report {\n    id\n    category\n    comment\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n      answer\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ReportDetails_report on Report {\n    id\n    category\n    comment\n    status\n    resolutionNote\n    resolvedAt\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n      answer\n      citations {\n        ...CitationPopover_citation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ReportsTable_report on Report {\n    id\n    category\n    comment\n    status\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n    }\n  }\n"): (typeof documents)["\n  fragment ReportsTable_report on Report {\n    id\n    category\n    comment\n    status\n    createdAt\n    reporter {\n      id\n      name\n    }\n    snapshot {\n      question\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveReport($id: ID!, $status: ReportStatus!, $note: String) {\n    resolveReport(id: $id, status: $status, note: $note) {\n      id\n      ...ReportDetails_report\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveReport($id: ID!, $status: ReportStatus!, $note: String) {\n    resolveReport(id: $id, status: $status, note: $note) {\n      id\n      ...ReportDetails_report\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionsList_session on Session {\n    id\n    device\n    browser\n    ip\n    createdAt\n    lastSeenAt\n    current\n  }\n"): (typeof documents)["\n  fragment SessionsList_session on Session {\n    id\n    device\n    browser\n    ip\n    createdAt\n    lastSeenAt\n    current\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"): (typeof documents)["\n  mutation RevokeOtherSessions {\n    revokeOtherSessions\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"): (typeof documents)["\n  mutation RevokeSession($id: ID!) {\n    revokeSession(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveUsage_usage on Usage {\n    members {\n      used\n      limit\n    }\n    documents {\n      used\n      limit\n    }\n    questionsThisPeriod {\n      used\n      limit\n    }\n  }\n"): (typeof documents)["\n  fragment LiveUsage_usage on Usage {\n    members {\n      used\n      limit\n    }\n    documents {\n      used\n      limit\n    }\n    questionsThisPeriod {\n      used\n      limit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription LiveUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      ...LiveUsage_usage\n    }\n  }\n"): (typeof documents)["\n  subscription LiveUsage($workspaceId: ID!) {\n    workspaceUsage(workspaceId: $workspaceId) {\n      ...LiveUsage_usage\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerCan {\n      leave\n      delete\n      transferOwnership\n    }\n  }\n"): (typeof documents)["\n  fragment DangerZone_workspace on Workspace {\n    id\n    name\n    viewerCan {\n      leave\n      delete\n      transferOwnership\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerCan {\n      update\n    }\n  }\n"): (typeof documents)["\n  fragment WorkspaceGeneralForm_workspace on Workspace {\n    id\n    name\n    slug\n    viewerCan {\n      update\n    }\n  }\n"];
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
export function graphql(source: "\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n      # The layout's list also reads this: asked here so the new entry is complete without refetching the list.\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation CreateWorkspace($input: CreateWorkspaceInput!) {\n    createWorkspace(input: $input) {\n      id\n      ...WorkspaceSwitcher_workspace\n      # The layout's list also reads this: asked here so the new entry is complete without refetching the list.\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountProfile {\n    me {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n"): (typeof documents)["\n  query AccountProfile {\n    me {\n      id\n      name\n      email\n      avatarUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApiTokensSettings {\n    apiTokens {\n      id\n      ...ApiTokensList_token\n    }\n    workspaces {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ApiTokensSettings {\n    apiTokens {\n      id\n      ...ApiTokensList_token\n    }\n    workspaces {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($workspaceId: ID!, $first: Int!, $after: String) {\n    auditLog(workspaceId: $workspaceId, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...AuditLogTable_event\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BillingSettings($slug: String!, $withInvoices: Boolean!) {\n    workspace(slug: $slug) {\n      id\n      subscription {\n        plan\n        status\n        interval\n        currentPeriodEnd\n        cancelAtPeriodEnd\n        graceEndsAt\n        compPlan\n        compUntil\n        invoices @include(if: $withInvoices) {\n          id\n          amountPaid\n          amountDue\n          currency\n          status\n          hostedInvoiceUrl\n          createdAt\n        }\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n    plans {\n      id\n      name\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n"): (typeof documents)["\n  query BillingSettings($slug: String!, $withInvoices: Boolean!) {\n    workspace(slug: $slug) {\n      id\n      subscription {\n        plan\n        status\n        interval\n        currentPeriodEnd\n        cancelAtPeriodEnd\n        graceEndsAt\n        compPlan\n        compUntil\n        invoices @include(if: $withInvoices) {\n          id\n          amountPaid\n          amountDue\n          currency\n          status\n          hostedInvoiceUrl\n          createdAt\n        }\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n    plans {\n      id\n      name\n      monthlyPriceCents\n      yearlyPriceCents\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      ...ChatThread_conversation\n    }\n  }\n"): (typeof documents)["\n  query ChatConversation($id: ID!) {\n    conversation(id: $id) {\n      id\n      ...ChatThread_conversation\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatConversations($workspaceId: ID!, $first: Int!, $after: String, $search: String, $favoritesOnly: Boolean) {\n    conversations(workspaceId: $workspaceId, first: $first, after: $after, search: $search, favoritesOnly: $favoritesOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ConversationList_conversation\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ChatConversations($workspaceId: ID!, $first: Int!, $after: String, $search: String, $favoritesOnly: Boolean) {\n    conversations(workspaceId: $workspaceId, first: $first, after: $after, search: $search, favoritesOnly: $favoritesOnly) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ConversationList_conversation\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ChatSuggestions($workspaceId: ID!) {\n    suggestedQuestions(workspaceId: $workspaceId)\n  }\n"): (typeof documents)["\n  query ChatSuggestions($workspaceId: ID!) {\n    suggestedQuestions(workspaceId: $workspaceId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation ConfirmEmailChange($token: String!) {\n    confirmEmailChange(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentPage($id: ID!, $position: Int!, $withPassage: Boolean!) {\n    document(id: $id) {\n      id\n      title\n      mimeType\n      sizeBytes\n      chunkCount\n      status\n      createdAt\n      addedBy {\n        id\n        name\n      }\n      text\n      passage(position: $position) @include(if: $withPassage) {\n        position\n        heading\n        page\n        content\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentPage($id: ID!, $position: Int!, $withPassage: Boolean!) {\n    document(id: $id) {\n      id\n      title\n      mimeType\n      sizeBytes\n      chunkCount\n      status\n      createdAt\n      addedBy {\n        id\n        name\n      }\n      text\n      passage(position: $position) @include(if: $withPassage) {\n        position\n        heading\n        page\n        content\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsList($workspaceId: ID!, $first: Int!, $after: String, $search: String) {\n    documents(workspaceId: $workspaceId, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DocumentsTable_document\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsList($workspaceId: ID!, $first: Int!, $after: String, $search: String) {\n    documents(workspaceId: $workspaceId, first: $first, after: $after, search: $search) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...DocumentsTable_document\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DocumentsPage($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n"): (typeof documents)["\n  query DocumentsPage($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerCan {\n        addDocuments\n      }\n      usage {\n        ...LiveUsage_usage\n      }\n    }\n  }\n"];
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
export function graphql(source: "\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canInvite: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      ...MembersUsage_workspace\n      ...MembersTable_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Only for those who may invite (the settings layout's viewerCan.invite): the server refuses the field to anyone\n      # else, so it is not asked for at all.\n      invitations @include(if: $canInvite) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n"): (typeof documents)["\n  query MembersSettings($slug: String!, $first: Int!, $after: String, $canInvite: Boolean!) {\n    me {\n      id\n    }\n    workspace(slug: $slug) {\n      id\n      ...MembersUsage_workspace\n      ...MembersTable_workspace\n      members(first: $first, after: $after) {\n        totalCount\n        pageInfo {\n          hasNextPage\n          endCursor\n        }\n        edges {\n          cursor\n          node {\n            id\n            ...MemberRow_membership\n          }\n        }\n      }\n      # Only for those who may invite (the settings layout's viewerCan.invite): the server refuses the field to anyone\n      # else, so it is not asked for at all.\n      invitations @include(if: $canInvite) {\n        id\n        ...PendingInvitations_invitation\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PricingPage {\n    plans {\n      id\n      ...PlanCard_plan\n    }\n    me {\n      id\n    }\n  }\n"): (typeof documents)["\n  query PricingPage {\n    plans {\n      id\n      ...PlanCard_plan\n    }\n    me {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsInbox($workspaceId: ID!, $status: ReportStatus, $first: Int!, $after: String) {\n    reports(workspaceId: $workspaceId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ReportsTable_report\n          ...ReportDetails_report\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsInbox($workspaceId: ID!, $status: ReportStatus, $first: Int!, $after: String) {\n    reports(workspaceId: $workspaceId, status: $status, first: $first, after: $after) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        cursor\n        node {\n          id\n          ...ReportsTable_report\n          ...ReportDetails_report\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportsWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n"): (typeof documents)["\n  query ReportsWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueriesWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n    }\n  }\n"): (typeof documents)["\n  query SavedQueriesWorkspace($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      slug\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SavedQueries($workspaceId: ID!) {\n    savedQueries(workspaceId: $workspaceId) {\n      id\n      content\n      createdAt\n      saved\n    }\n  }\n"): (typeof documents)["\n  query SavedQueries($workspaceId: ID!) {\n    savedQueries(workspaceId: $workspaceId) {\n      id\n      content\n      createdAt\n      saved\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsSettings {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n"): (typeof documents)["\n  query SessionsSettings {\n    sessions {\n      id\n      ...SessionsList_session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"): (typeof documents)["\n  mutation VerifyEmail($token: String!) {\n    verifyEmail(token: $token) {\n      id\n      email\n      emailVerified\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceHome($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n      ...EmailVerificationBanner_user\n    }\n    workspaces {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceLayout {\n    me {\n      id\n      ...UserMenu_user\n      ...EmailVerificationBanner_user\n    }\n    workspaces {\n      id\n      slug\n      viewerCan {\n        manageReports\n      }\n      ...WorkspaceSwitcher_workspace\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      # For the sections inside: the audit log tab and page, and whether the members page asks for invitations.\n      viewerCan {\n        readAuditLog\n        invite\n        manageBilling\n      }\n    }\n  }\n"): (typeof documents)["\n  query WorkspaceSettings($slug: String!) {\n    workspace(slug: $slug) {\n      id\n      name\n      slug\n      # For the sections inside: the audit log tab and page, and whether the members page asks for invitations.\n      viewerCan {\n        readAuditLog\n        invite\n        manageBilling\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;