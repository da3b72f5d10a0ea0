import { Alert, Anchor, Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { Link } from 'react-router';
import { useLogOut } from '../auth/useLogOut';
import { generalMessageOf } from '../forms/applyServerErrors';
import { InvitationSignUpForm } from './InvitationSignUpForm';
import { useAcceptInvitation } from './useAcceptInvitation';

interface AcceptInvitationPanelProps {
  token: string;
  invitation: { email: string; workspaceName: string; accountExists: boolean };
  viewer: { email: string } | null;
}

/** What a usable invitation asks of the visitor, depending on who they are: accept, switch account, log in or sign up. */
export function AcceptInvitationPanel({ token, invitation, viewer }: AcceptInvitationPanelProps) {
  if (viewer && viewer.email.toLowerCase() === invitation.email.toLowerCase()) {
    return <AcceptAsViewer token={token} workspaceName={invitation.workspaceName} email={viewer.email} />;
  }
  if (viewer) return <WrongAccount invitedEmail={invitation.email} viewerEmail={viewer.email} />;
  if (invitation.accountExists) {
    return (
      <Stack>
        <Text size="sm">
          <strong>{invitation.email}</strong> already has an Askbase account. Log in with it to accept.
        </Text>
        <Button component={Link} to={`/login?next=${encodeURIComponent(`/invite/${token}`)}`} fullWidth>
          Log in to accept
        </Button>
      </Stack>
    );
  }
  return <InvitationSignUpForm token={token} email={invitation.email} workspaceName={invitation.workspaceName} />;
}

function AcceptAsViewer({ token, workspaceName, email }: { token: string; workspaceName: string; email: string }) {
  const accept = useAcceptInvitation(token, workspaceName);
  const [accepting, setAccepting] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);

  const onAccept = async () => {
    setAccepting(true);
    setFailure(null);
    try {
      await accept();
    } catch (error) {
      setFailure(generalMessageOf(error));
      setAccepting(false);
    }
  };

  return (
    <Stack>
      {failure && (
        <Alert color="red" title="Could not join the workspace" role="alert">
          {failure}
        </Alert>
      )}
      <Text size="sm">
        You are signed in as <strong>{email}</strong>.
      </Text>
      <Button fullWidth loading={accepting} onClick={() => void onAccept()}>
        Accept and join
      </Button>
    </Stack>
  );
}

function WrongAccount({ invitedEmail, viewerEmail }: { invitedEmail: string; viewerEmail: string }) {
  const { logOut, loading } = useLogOut();
  return (
    <Stack>
      <Alert color="yellow" title="This invitation is for another address">
        You are signed in as <strong>{viewerEmail}</strong>, but the invitation was sent to <strong>{invitedEmail}</strong>. Log out, then
        log in or sign up with {invitedEmail} to accept it.
      </Alert>
      <Button fullWidth variant="light" loading={loading} onClick={() => void logOut({ stay: true })}>
        Log out
      </Button>
      <Anchor component={Link} to="/" size="sm" ta="center">
        Back to my workspaces
      </Anchor>
    </Stack>
  );
}
