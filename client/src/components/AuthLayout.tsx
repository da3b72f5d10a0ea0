import { Container, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { SiteFooter } from './SiteFooter';

interface AuthLayoutProps {
  title: string;
  subtitle: ReactNode;
  children: ReactNode;
}

/** The centered card that the sign-up and log-in pages share, with the site footer under it. */
export function AuthLayout({ title, subtitle, children }: AuthLayoutProps) {
  return (
    <Container size={440} py={80}>
      <Stack gap="xs" align="center" mb="lg">
        <Text fw={700} c="indigo" size="lg">
          Askbase
        </Text>
        <Title order={1} size="h2" ta="center">
          {title}
        </Title>
        <Text c="dimmed" size="sm" ta="center">
          {subtitle}
        </Text>
      </Stack>
      <Paper withBorder shadow="sm" p="xl" radius="md">
        {children}
      </Paper>
      <SiteFooter />
    </Container>
  );
}
