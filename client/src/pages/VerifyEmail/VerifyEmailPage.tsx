import { useMutation } from '@apollo/client/react';
import { Alert, Button, Loader, Stack, Text } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../apollo/serverErrors';
import { AuthLayout } from '../../components/AuthLayout';
import { generalMessageOf } from '../../features/forms/applyServerErrors';
import { graphql } from '../../gql';

export const VerifyEmailMutation = graphql(`
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

/** /verify-email?token=…, public: the link from the verification mail. Verifies once, then says how it went. */
export function VerifyEmailPage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [verifyEmail, { data, error, called }] = useMutation(VerifyEmailMutation);
  // The token is single use: one request per page, even when React runs effects twice in development.
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    verifyEmail({ variables: { token } }).catch(() => undefined);
  }, [token, verifyEmail]);

  if (!token) return <Failure message="This page needs the link from the verification email. Open the link from the mail again." />;
  if (data)
    return (
      <AuthLayout title="Email verified" subtitle={data.verifyEmail.email}>
        <Stack>
          <Alert color="teal" title="Thanks, your address is confirmed">
            You can now invite members to your workspaces.
          </Alert>
          <Button component={Link} to="/">
            Continue to Askbase
          </Button>
        </Stack>
      </AuthLayout>
    );
  if (error) return <Failure message={fieldErrorsOf(error).find(({ field }) => field === 'token')?.message ?? generalMessageOf(error)} />;
  return (
    <AuthLayout title="Verifying your email" subtitle="One moment…">
      <Stack align="center">
        <Loader aria-label="Verifying" />
        {!called && <Text size="sm">Starting…</Text>}
      </Stack>
    </AuthLayout>
  );
}

function Failure({ message }: { message: string }) {
  return (
    <AuthLayout title="We could not verify your email" subtitle="The link did not work.">
      <Stack>
        <Alert color="red" title="Verification failed" role="alert">
          {message}
        </Alert>
        <Text size="sm">Signed in? The banner at the top of the app sends a new link.</Text>
        <Button component={Link} to="/" variant="light">
          Go to Askbase
        </Button>
      </Stack>
    </AuthLayout>
  );
}
