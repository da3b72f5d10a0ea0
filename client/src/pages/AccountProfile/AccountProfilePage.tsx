import { useQuery } from '@apollo/client/react';
import { Anchor, Container, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { AvatarEditor } from '../../features/account/AvatarEditor';
import { ChangeEmailForm } from '../../features/account/ChangeEmailForm';
import { ProfileNameForm } from '../../features/account/ProfileNameForm';
import { graphql } from '../../gql';

export const AccountProfileQuery = graphql(`
  query AccountProfile {
    me {
      id
      name
      email
      avatarUrl
    }
  }
`);

/** Account settings: picture, name and email address. The route guard has signed the viewer in. */
export function AccountProfilePage() {
  const { data } = useQuery(AccountProfileQuery);
  const me = data?.me;

  return (
    <Container size="sm" py="xl">
      <Stack gap="lg">
        <Anchor component={Link} to="/" size="sm">
          ← Back to Askbase
        </Anchor>
        <Title order={1} size="h2">
          Profile
        </Title>
        {!me ? (
          <Loader aria-label="Loading your profile" />
        ) : (
          <>
            <Section title="Picture" hint="Shown in the header and in member lists.">
              <AvatarEditor user={me} />
            </Section>
            <Section title="Name">
              <ProfileNameForm name={me.name} />
            </Section>
            <Section
              title="Email address"
              hint={`You sign in with ${me.email}. A new address is used once you confirm it from the link we send there.`}
            >
              <ChangeEmailForm currentEmail={me.email} />
            </Section>
          </>
        )}
      </Stack>
    </Container>
  );
}

function Section({ title, hint, children }: { title: string; hint?: string; children: ReactNode }) {
  return (
    <Paper withBorder p="lg" radius="md">
      <Stack gap="md">
        <div>
          <Title order={2} size="h4">
            {title}
          </Title>
          {hint && (
            <Text c="dimmed" size="sm">
              {hint}
            </Text>
          )}
        </div>
        {children}
      </Stack>
    </Paper>
  );
}
