import { useQuery } from '@apollo/client/react';
import type { ReactNode } from 'react';
import { Navigate, useLocation } from 'react-router';
import { findErrorWithCode } from '../../apollo/serverErrors';
import { FullPageLoader } from '../../components/FullPageLoader';
import { LoadFailedState } from '../../components/LoadFailedState';
import { loginPathFor } from './safeNextPath';
import { ViewerQuery } from './viewerQuery';

/** Renders its children for signed-in users; sends anonymous ones to /login?next=<where they wanted to go>. */
export function RequireAuth({ children }: { children: ReactNode }) {
  const location = useLocation();
  const { data, loading, error, refetch } = useQuery(ViewerQuery);

  if (loading) return <FullPageLoader label="Checking your session" />;

  const expired = findErrorWithCode(error, 'UNAUTHENTICATED') !== undefined;
  if (error && !expired) return <LoadFailedState onRetry={() => void refetch()} />;

  if (expired || !data?.me) return <Navigate to={loginPathFor(location)} replace />;

  return children;
}
