import { useQuery } from '@apollo/client/react';
import { Button, Container, Paper, Skeleton, Stack, Text } from '@mantine/core';
import { Link, useParams } from 'react-router';
import { AuthLayout } from '../../components/AuthLayout';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadFailedState } from '../../components/LoadFailedState';
import { AcceptInvitationPanel } from '../../features/invitation/AcceptInvitationPanel';
import { roleLabel } from '../../features/workspace/roleLabel';
import { graphql } from '../../gql';
import type { InvitationPageQuery as InvitationPageData } from '../../gql/graphql';

export const InvitationPageQuery = graphql(`
  query InvitationPage($token: String!) {
    me {
      id
      name
      email
    }
    invitation(token: $token) {
      workspaceName
      inviterName
      email
      role
      status
      expired
      expiresAt
      accountExists
    }
  }
`);

type Invitation = NonNullable<InvitationPageData['invitation']>;

/** /invite/:token, public: what the invitation offers, and the way in for whoever opened the link. */
export function InvitationPage() {
  const { token = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(InvitationPageQuery, { variables: { token } });

  if (loading && !data) return <InvitationSkeleton />;
  if (error || !data) {
    return (
      <Container size={440} py={80}>
        <LoadFailedState onRetry={() => void refetch()} title="This invitation could not be loaded" />
      </Container>
    );
  }

  const { invitation, me } = data;
  if (!invitation) {
    return (
      <AuthLayout
        title="This invitation link is not valid"
        subtitle="Check that you opened the whole link from the email, or ask for a new invitation."
      >
        <HomeButton />
      </AuthLayout>
    );
  }
  if (invitation.status !== 'PENDING' || invitation.expired) {
    return (
      <AuthLayout
        title={unusableTitle(invitation)}
        subtitle={`Ask ${invitation.inviterName} for a new invitation to ${invitation.workspaceName}.`}
      >
        <HomeButton />
      </AuthLayout>
    );
  }

  return (
    <AuthLayout
      title={`Join ${invitation.workspaceName}`}
      subtitle={
        <>
          {invitation.inviterName} invited <strong>{invitation.email}</strong> to join as {roleLabel(invitation.role).toLowerCase()}.
        </>
      }
    >
      <Stack>
        <AcceptInvitationPanel token={token} invitation={invitation} viewer={me ?? null} />
        <Text size="xs" c="dimmed" ta="center">
          This invitation expires on <FormattedDate value={invitation.expiresAt} withTime />.
        </Text>
      </Stack>
    </AuthLayout>
  );
}

function unusableTitle(invitation: Invitation): string {
  if (invitation.status === 'ACCEPTED') return 'This invitation has already been used';
  if (invitation.status === 'REVOKED') return 'This invitation was withdrawn';
  return 'This invitation has expired';
}

function HomeButton() {
  return (
    <Button component={Link} to="/" fullWidth variant="light">
      Go to Askbase
    </Button>
  );
}

function InvitationSkeleton() {
  return (
    <Container size={440} py={80} aria-busy="true" aria-label="Loading the invitation">
      <Stack gap="xs" align="center" mb="lg">
        <Skeleton height={18} width={80} radius="sm" />
        <Skeleton height={30} width="70%" radius="sm" />
        <Skeleton height={14} width="85%" radius="sm" />
      </Stack>
      <Paper withBorder p="xl" radius="md">
        <Stack>
          <Skeleton height={36} radius="sm" />
          <Skeleton height={36} radius="sm" />
        </Stack>
      </Paper>
    </Container>
  );
}
