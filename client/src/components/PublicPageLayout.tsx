import { Anchor, Container, Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { SiteFooter } from './SiteFooter';

interface PublicPageLayoutProps {
  title: string;
  /** Under the title: "Last updated …", a one-line summary. */
  subtitle?: ReactNode;
  /** Wider for the pricing table. */
  size?: 'md' | 'lg';
  children: ReactNode;
}

/** The frame of the pages anyone may read, signed in or not: pricing, privacy, terms. */
export function PublicPageLayout({ title, subtitle, size = 'md', children }: PublicPageLayoutProps) {
  return (
    <Container size={size} py="xl">
      <Group justify="space-between" mb="xl">
        <Text component={Link} to="/" fw={700} c="indigo" size="lg" td="none">
          Askbase
        </Text>
        <Group gap="md">
          <Anchor component={Link} to="/login" size="sm">
            Log in
          </Anchor>
          <Anchor component={Link} to="/signup" size="sm">
            Sign up
          </Anchor>
        </Group>
      </Group>
      <Stack gap="xs" mb="lg">
        <Title order={1}>{title}</Title>
        {subtitle && <Text c="dimmed">{subtitle}</Text>}
      </Stack>
      <main>{children}</main>
      <SiteFooter />
    </Container>
  );
}
