import { Button, Code, Container, Group, Stack, Text, Title } from '@mantine/core';
import type { FallbackProps } from 'react-error-boundary';
import { useLocation, useNavigate } from 'react-router';

/** Shown by the app-wide error boundary when rendering crashed. */
export function ErrorFallbackPage({ error, resetErrorBoundary }: FallbackProps) {
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const message = error instanceof Error ? error.message : String(error);

  // AppErrorBoundary resets itself when the path changes; resetting here as well would re-render the
  // crashed page once more before the navigation lands. Only when already home is a manual reset needed.
  const goHome = () => (pathname === '/' ? resetErrorBoundary() : navigate('/'));

  return (
    <Container size="sm" py={80}>
      <Stack gap="md" role="alert">
        <Title order={1}>Something went wrong</Title>
        <Text c="dimmed">An unexpected error stopped this page. Trying again often helps; if it does not, start over from home.</Text>
        {import.meta.env.DEV && <Code block>{message}</Code>}
        <Group>
          <Button onClick={resetErrorBoundary}>Try again</Button>
          <Button variant="default" onClick={goHome}>
            Go home
          </Button>
        </Group>
      </Stack>
    </Container>
  );
}
