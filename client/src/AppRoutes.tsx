import type { ApolloClient } from '@apollo/client';
import { getApolloContext } from '@apollo/client/react';
import { Children, isValidElement, type ReactNode, Suspense, useContext, useEffect, useRef } from 'react';
import { createRoutesFromElements, type Location, matchRoutes, type Params, Route, Routes, useLocation } from 'react-router';
import { FullPageLoader } from './components/FullPageLoader';
import { probablySignedIn } from './features/auth/signedInHint';
import { lazyNamed } from './routing/lazyNamed';
import { preloadRouteData } from './routing/routeData';

// Apollo Client and the session check are chunks too, loaded with the routes that query: the log-in, sign-up and
// password pages paint without them (their forms load Apollo Client when sent, see useApolloClientLoader).
const ApolloGate = lazyNamed(() => import('./apollo/ApolloGate'), 'ApolloGate');
const RequireAuth = lazyNamed(() => import('./features/auth/RequireAuth'), 'RequireAuth');

// Every page is a chunk of its own: the log-in page does not download the chat, the Markdown renderer or the settings.
const AccountPrivacyPage = lazyNamed(() => import('./pages/AccountPrivacy/AccountPrivacyPage'), 'AccountPrivacyPage');
const AccountProfilePage = lazyNamed(() => import('./pages/AccountProfile/AccountProfilePage'), 'AccountProfilePage');
const AccountSecurityPage = lazyNamed(() => import('./pages/AccountSecurity/AccountSecurityPage'), 'AccountSecurityPage');
const ApiTokensSettingsPage = lazyNamed(() => import('./pages/ApiTokensSettings/ApiTokensSettingsPage'), 'ApiTokensSettingsPage');
const AuditLogPage = lazyNamed(() => import('./pages/AuditLog/AuditLogPage'), 'AuditLogPage');
const BillingSettingsPage = lazyNamed(() => import('./pages/BillingSettings/BillingSettingsPage'), 'BillingSettingsPage');
const ChatPage = lazyNamed(() => import('./pages/Chat/ChatPage'), 'ChatPage');
const ConfirmEmailChangePage = lazyNamed(() => import('./pages/ConfirmEmailChange/ConfirmEmailChangePage'), 'ConfirmEmailChangePage');
const DocumentPage = lazyNamed(() => import('./pages/Document/DocumentPage'), 'DocumentPage');
const DocumentsPage = lazyNamed(() => import('./pages/Documents/DocumentsPage'), 'DocumentsPage');
const ForgotPasswordPage = lazyNamed(() => import('./pages/ForgotPassword/ForgotPasswordPage'), 'ForgotPasswordPage');
const GeneralSettingsPage = lazyNamed(() => import('./pages/GeneralSettings/GeneralSettingsPage'), 'GeneralSettingsPage');
const HomeRedirectPage = lazyNamed(() => import('./pages/Home/HomeRedirectPage'), 'HomeRedirectPage');
const InvitationPage = lazyNamed(() => import('./pages/Invitation/InvitationPage'), 'InvitationPage');
const LogInPage = lazyNamed(() => import('./pages/LogIn/LogInPage'), 'LogInPage');
const MembersSettingsPage = lazyNamed(() => import('./pages/MembersSettings/MembersSettingsPage'), 'MembersSettingsPage');
const NotFoundPage = lazyNamed(() => import('./pages/NotFound/NotFoundPage'), 'NotFoundPage');
const PricingPage = lazyNamed(() => import('./pages/Pricing/PricingPage'), 'PricingPage');
const PrivacyPage = lazyNamed(() => import('./pages/Privacy/PrivacyPage'), 'PrivacyPage');
const ReportsPage = lazyNamed(() => import('./pages/Reports/ReportsPage'), 'ReportsPage');
const ResetPasswordPage = lazyNamed(() => import('./pages/ResetPassword/ResetPasswordPage'), 'ResetPasswordPage');
const SavedQueriesPage = lazyNamed(() => import('./pages/SavedQueries/SavedQueriesPage'), 'SavedQueriesPage');
const SessionsSettingsPage = lazyNamed(() => import('./pages/SessionsSettings/SessionsSettingsPage'), 'SessionsSettingsPage');
const SignUpPage = lazyNamed(() => import('./pages/SignUp/SignUpPage'), 'SignUpPage');
const TermsPage = lazyNamed(() => import('./pages/Terms/TermsPage'), 'TermsPage');
const VerifyEmailPage = lazyNamed(() => import('./pages/VerifyEmail/VerifyEmailPage'), 'VerifyEmailPage');
const WorkspaceHomePage = lazyNamed(() => import('./pages/WorkspaceHome/WorkspaceHomePage'), 'WorkspaceHomePage');
const WorkspaceLayout = lazyNamed(() => import('./pages/WorkspaceLayout/WorkspaceLayout'), 'WorkspaceLayout');
const WorkspaceSettingsLayout = lazyNamed(() => import('./pages/WorkspaceSettings/WorkspaceSettingsLayout'), 'WorkspaceSettingsLayout');

const routes = (
  <>
    <Route path="/signup" element={<SignUpPage />} />
    <Route path="/login" element={<LogInPage />} />
    <Route path="/forgot-password" element={<ForgotPasswordPage />} />
    {/* Public: read before signing up, and linked from the footer of every page. */}
    <Route
      path="/pricing"
      element={
        <ApolloGate>
          <PricingPage />
        </ApolloGate>
      }
    />
    <Route path="/privacy" element={<PrivacyPage />} />
    <Route path="/terms" element={<TermsPage />} />
    {/* The token travels in the query string, from the mailed link. */}
    <Route path="/reset-password" element={<ResetPasswordPage />} />
    <Route
      path="/account/security"
      element={
        <ApolloGate>
          <RequireAuth>
            <AccountSecurityPage />
          </RequireAuth>
        </ApolloGate>
      }
    />
    <Route
      path="/account/profile"
      element={
        <ApolloGate>
          <RequireAuth>
            <AccountProfilePage />
          </RequireAuth>
        </ApolloGate>
      }
    />
    {/* Signed in: only the account that asked for the change may confirm it (log-in comes back here). */}
    <Route
      path="/confirm-email-change"
      element={
        <ApolloGate>
          <RequireAuth>
            <ConfirmEmailChangePage />
          </RequireAuth>
        </ApolloGate>
      }
    />
    <Route
      path="/account/privacy"
      element={
        <ApolloGate>
          <RequireAuth>
            <AccountPrivacyPage />
          </RequireAuth>
        </ApolloGate>
      }
    />
    {/* Public: the invitee may have no account yet; the page itself offers log-in or sign-up. */}
    <Route
      path="/invite/:token"
      element={
        <ApolloGate>
          <InvitationPage />
        </ApolloGate>
      }
    />
    {/* Public: the link from the verification mail may be opened in any browser, signed in or not. */}
    <Route
      path="/verify-email"
      element={
        <ApolloGate>
          <VerifyEmailPage />
        </ApolloGate>
      }
    />
    <Route
      path="/"
      element={
        <ApolloGate>
          <RequireAuth>
            <HomeRedirectPage />
          </RequireAuth>
        </ApolloGate>
      }
    />
    <Route
      path="/w/:slug"
      element={
        <ApolloGate>
          <RequireAuth>
            <WorkspaceLayout />
          </RequireAuth>
        </ApolloGate>
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
  </>
);
const routeObjects = createRoutesFromElements(routes);

export function AppRoutes() {
  const location = useLocation();
  // The app's own client, loaded on demand; under a provider of its own (tests), that one.
  const { client } = useContext(getApolloContext());
  // The chunks during render: a navigation is a transition that React commits only once its chunks are here, so
  // starting them in an effect would load the layout's and the page's one after the other again. Idempotent.
  preloadPagesFor(location);
  // The pages' queries once per visit, after the commit: a render may run twice (StrictMode) or be thrown away
  // (concurrent rendering), a commit happens once. The first visit commits the loader at once, so the queries still
  // start with the route, long before the session check answers.
  const dataPreloadedFor = useRef<string | null>(null);
  useEffect(() => {
    if (dataPreloadedFor.current === location.key) return;
    dataPreloadedFor.current = location.key;
    // Only for a visitor probably signed in: an anonymous one's queries (a shared link, an expired session) would all
    // fail UNAUTHENTICATED, each counted against the per-IP rate limit, while the guard sends them to log in.
    if (probablySignedIn()) preloadDataFor(location, client);
  }, [location, client]);
  return (
    // The first page of a visit shows a loader while its chunk arrives; later navigations are transitions, so the
    // current page stays until the next one is ready (layouts keep their own frame: see WorkspaceLayout).
    <Suspense fallback={<FullPageLoader />}>
      <Routes>{routes}</Routes>
    </Suspense>
  );
}

interface LazyComponent {
  preload: () => Promise<unknown>;
  /** The params of the route that renders it. */
  params: Params;
}

/**
 * Starts fetching every page chunk the URL needs at once. Without this they load one after another: the layout's
 * chunk, then (once the layout renders its outlet) the page's; and a page behind RequireAuth only after the session
 * check. Fetching is idempotent, so doing it on every render is free after the first.
 */
function preloadPagesFor(location: Location) {
  for (const { preload } of lazyComponentsFor(location)) void preload().catch(() => undefined);
}

/**
 * Starts the pages' own queries (routing/routeData) as soon as their chunks are here. Every page with such queries sits
 * behind RequireAuth, hence the signed-in hint checked by the caller.
 */
function preloadDataFor(location: Location, client: ApolloClient | undefined) {
  for (const { preload, params } of lazyComponentsFor(location)) {
    void preload()
      .then((module) => preloadRouteData(module, params, client))
      .catch(() => undefined);
  }
}

/** The lazy components (guards, layouts, pages) the routes matching this URL render. */
function lazyComponentsFor(location: Location): LazyComponent[] {
  const found: LazyComponent[] = [];
  for (const match of matchRoutes(routeObjects, location) ?? []) collectLazy(match.route.element, match.params, found);
  return found;
}

function collectLazy(node: ReactNode, params: Params, found: LazyComponent[]) {
  Children.forEach(node, (child) => {
    if (!isValidElement<{ children?: ReactNode }>(child)) return;
    const { preload } = child.type as { preload?: () => Promise<unknown> };
    if (preload) found.push({ preload, params });
    collectLazy(child.props.children, params, found);
  });
}
