import { Button, EmptyState } from '@mantine/core';

interface LoadFailedStateProps {
  onRetry: () => void;
  title?: string;
}

/** For a query that failed for a reason the error link has already announced (network, server). */
export function LoadFailedState({ onRetry, title = 'This page could not be loaded' }: LoadFailedStateProps) {
  return (
    <EmptyState py="xl" title={title} description="Check your connection, then try again." role="alert">
      <EmptyState.Actions>
        <Button variant="light" onClick={onRetry}>
          Try again
        </Button>
      </EmptyState.Actions>
    </EmptyState>
  );
}
