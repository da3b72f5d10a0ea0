import { Route, Routes } from 'react-router';
import { RequireAuth } from './features/auth/RequireAuth';
import { AccountPrivacyPage } from './pages/AccountPrivacy/AccountPrivacyPage';
import { AccountProfilePage } from './pages/AccountProfile/AccountProfilePage';
import { AccountSecurityPage } from './pages/AccountSecurity/AccountSecurityPage';
import { ApiTokensSettingsPage } from './pages/ApiTokensSettings/ApiTokensSettingsPage';
import { AuditLogPage } from './pages/AuditLog/AuditLogPage';
import { BillingSettingsPage } from './pages/BillingSettings/BillingSettingsPage';
import { ChatPage } from './pages/Chat/ChatPage';
import { ConfirmEmailChangePage } from './pages/ConfirmEmailChange/ConfirmEmailChangePage';
import { DocumentPage } from './pages/Document/DocumentPage';
import { DocumentsPage } from './pages/Documents/DocumentsPage';
import { ForgotPasswordPage } from './pages/ForgotPassword/ForgotPasswordPage';
import { GeneralSettingsPage } from './pages/GeneralSettings/GeneralSettingsPage';
import { HomeRedirectPage } from './pages/Home/HomeRedirectPage';
import { InvitationPage } from './pages/Invitation/InvitationPage';
import { LogInPage } from './pages/LogIn/LogInPage';
import { MembersSettingsPage } from './pages/MembersSettings/MembersSettingsPage';
import { NotFoundPage } from './pages/NotFound/NotFoundPage';
import { PricingPage } from './pages/Pricing/PricingPage';
import { PrivacyPage } from './pages/Privacy/PrivacyPage';
import { ReportsPage } from './pages/Reports/ReportsPage';
import { ResetPasswordPage } from './pages/ResetPassword/ResetPasswordPage';
import { SavedQueriesPage } from './pages/SavedQueries/SavedQueriesPage';
import { SessionsSettingsPage } from './pages/SessionsSettings/SessionsSettingsPage';
import { SignUpPage } from './pages/SignUp/SignUpPage';
import { TermsPage } from './pages/Terms/TermsPage';
import { VerifyEmailPage } from './pages/VerifyEmail/VerifyEmailPage';
import { WorkspaceHomePage } from './pages/WorkspaceHome/WorkspaceHomePage';
import { WorkspaceLayout } from './pages/WorkspaceLayout/WorkspaceLayout';
import { WorkspaceSettingsLayout } from './pages/WorkspaceSettings/WorkspaceSettingsLayout';

export function AppRoutes() {
  return (
    <Routes>
      <Route path="/signup" element={<SignUpPage />} />
      <Route path="/login" element={<LogInPage />} />
      <Route path="/forgot-password" element={<ForgotPasswordPage />} />
      {/* Public: read before signing up, and linked from the footer of every page. */}
      <Route path="/pricing" element={<PricingPage />} />
      <Route path="/privacy" element={<PrivacyPage />} />
      <Route path="/terms" element={<TermsPage />} />
      {/* The token travels in the query string, from the mailed link. */}
      <Route path="/reset-password" element={<ResetPasswordPage />} />
      <Route
        path="/account/security"
        element={
          <RequireAuth>
            <AccountSecurityPage />
          </RequireAuth>
        }
      />
      <Route
        path="/account/profile"
        element={
          <RequireAuth>
            <AccountProfilePage />
          </RequireAuth>
        }
      />
      {/* Signed in: only the account that asked for the change may confirm it (log-in comes back here). */}
      <Route
        path="/confirm-email-change"
        element={
          <RequireAuth>
            <ConfirmEmailChangePage />
          </RequireAuth>
        }
      />
      <Route
        path="/account/privacy"
        element={
          <RequireAuth>
            <AccountPrivacyPage />
          </RequireAuth>
        }
      />
      {/* Public: the invitee may have no account yet; the page itself offers log-in or sign-up. */}
      <Route path="/invite/:token" element={<InvitationPage />} />
      {/* Public: the link from the verification mail may be opened in any browser, signed in or not. */}
      <Route path="/verify-email" element={<VerifyEmailPage />} />
      <Route
        path="/"
        element={
          <RequireAuth>
            <HomeRedirectPage />
          </RequireAuth>
        }
      />
      <Route
        path="/w/:slug"
        element={
          <RequireAuth>
            <WorkspaceLayout />
          </RequireAuth>
        }
      >
        <Route index element={<WorkspaceHomePage />} />
        {/* Each conversation has its own address: shareable with oneself, and the back button walks the history. */}
        <Route path="chat" element={<ChatPage />} />
        <Route path="chat/:conversationId" element={<ChatPage />} />
        <Route path="documents" element={<DocumentsPage />} />
        <Route path="documents/:documentId" element={<DocumentPage />} />
        <Route path="saved" element={<SavedQueriesPage />} />
        <Route path="reports" element={<ReportsPage />} />
        <Route path="settings" element={<WorkspaceSettingsLayout />}>
          <Route index element={<GeneralSettingsPage />} />
          <Route path="members" element={<MembersSettingsPage />} />
          <Route path="billing" element={<BillingSettingsPage />} />
          <Route path="audit" element={<AuditLogPage />} />
          {/* The viewer's own account, shown among the settings: not about this workspace. */}
          <Route path="sessions" element={<SessionsSettingsPage />} />
          <Route path="api-tokens" element={<ApiTokensSettingsPage />} />
        </Route>
      </Route>
      <Route path="*" element={<NotFoundPage />} />
    </Routes>
  );
}
