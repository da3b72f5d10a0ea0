import { useQuery } from '@apollo/client/react';
import { Anchor, Container, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { SiteFooter } from '../../components/SiteFooter';
import { ChangePasswordForm } from '../../features/account/ChangePasswordForm';
import { SecurityLogSection } from '../../features/account/SecurityLogSection';
import { ViewerQuery } from '../../features/auth/viewerQuery';

/** Account settings: security. The route guard has loaded the viewer already. */
export function AccountSecurityPage() {
  const { data } = useQuery(ViewerQuery);
  const me = data?.me;
  const userInputs = me ? [me.email, me.email.split('@')[0] ?? '', me.name] : [];

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Anchor component={Link} to="/" size="sm">
          ← Back to Askbase
        </Anchor>
        <div>
          <Title order={1} size="h2">
            Account security
          </Title>
          {me && (
            <Text c="dimmed" size="sm">
              Signed in as {me.email}
            </Text>
          )}
        </div>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4">
                Password
              </Title>
              <Text c="dimmed" size="sm">
                Changing it signs out every other device. We email you when it changes.
              </Text>
            </div>
            <ChangePasswordForm userInputs={userInputs} />
          </Stack>
        </Paper>
        <Paper withBorder p="lg" radius="md">
          <Stack gap="md">
            <div>
              <Title order={2} size="h4">
                Security log
              </Title>
              <Text c="dimmed" size="sm">
                Recent changes to how you sign in. Something you do not recognise? Change your password and end your other sessions.
              </Text>
            </div>
            <SecurityLogSection />
          </Stack>
        </Paper>
      </Stack>
      <SiteFooter />
    </Container>
  );
}
