import type { ReactNode } from 'react';
import { ErrorBoundary } from 'react-error-boundary';
import { useLocation } from 'react-router';
import { ErrorFallbackPage } from './ErrorFallbackPage';

/** Catches render crashes anywhere below; moving to another page clears the error by itself. */
export function AppErrorBoundary({ children }: { children: ReactNode }) {
  const { pathname } = useLocation();
  return (
    <ErrorBoundary
      FallbackComponent={ErrorFallbackPage}
      resetKeys={[pathname]}
      onError={(error, info) => console.error('Unhandled render error', error, info.componentStack)}
    >
      {children}
    </ErrorBoundary>
  );
}
