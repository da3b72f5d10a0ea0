import { useNavigate, useSearchParams } from 'react-router';
import { useApolloClientLoader } from '../../apollo/useApolloClientLoader';
import { graphql } from '../../gql';
import { readConsent } from '../consent/consent';
import { useRecordCookieConsent } from '../consent/useRecordCookieConsent';
import { pickWorkspaceSlug, readLastWorkspaceSlug } from './lastWorkspaceSlug';
import { safeNextPath } from './safeNextPath';
import { ViewerQuery } from './viewerQuery';

export const SessionWorkspacesQuery = graphql(`
  query SessionWorkspaces {
    workspaces {
      id
      slug
    }
  }
`);

/**
 * After sign-up or log-in the session cookie belongs to a (possibly different) person: forget everything
 * cached for the previous one, load `me` and `workspaces` afresh, then go where the user was headed
 * (?next=...) or to their last used / first workspace. A cookie choice made before signing in is recorded for
 * the account now (the server keeps only signed-in users' choices).
 */
export function useStartSession(): () => Promise<void> {
  const loadClient = useApolloClientLoader();
  const navigate = useNavigate();
  const [searchParams] = useSearchParams();
  const recordConsent = useRecordCookieConsent();

  return async () => {
    const client = await loadClient();
    await client.clearStore();
    const viewer = await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
    // No session after all (a sign-up for an address that already has an account opens none): log in instead.
    if (!viewer.data?.me) {
      navigate('/login', { replace: true });
      return;
    }
    const consent = readConsent();
    if (consent) await recordConsent(consent);
    const { data } = await client.query({ query: SessionWorkspacesQuery, fetchPolicy: 'network-only' });
    const slug = pickWorkspaceSlug(data?.workspaces ?? [], readLastWorkspaceSlug());
    const next = safeNextPath(searchParams.get('next'));
    navigate(next ?? (slug ? `/w/${slug}` : '/'), { replace: true });
  };
}
