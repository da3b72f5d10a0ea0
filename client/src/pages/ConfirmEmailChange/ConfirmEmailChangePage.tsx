import { useMutation } from '@apollo/client/react';
import { Alert, Button, Loader, Stack } from '@mantine/core';
import { useEffect, useRef } from 'react';
import { Link, useSearchParams } from 'react-router';
import { fieldErrorsOf } from '../../apollo/serverErrors';
import { AuthLayout } from '../../components/AuthLayout';
import { generalMessageOf } from '../../features/forms/applyServerErrors';
import { graphql } from '../../gql';

export const ConfirmEmailChangeMutation = graphql(`
  mutation ConfirmEmailChange($token: String!) {
    confirmEmailChange(token: $token) {
      id
      email
      emailVerified
    }
  }
`);

/**
 * /confirm-email-change?token=…: the link mailed to the new address. Behind the route guard, because only the
 * signed-in account that asked may confirm; one request per page (the token is single use).
 */
export function ConfirmEmailChangePage() {
  const [searchParams] = useSearchParams();
  const token = searchParams.get('token') ?? '';
  const [confirm, { data, error }] = useMutation(ConfirmEmailChangeMutation);
  const sent = useRef(false);
  useEffect(() => {
    if (sent.current || !token) return;
    sent.current = true;
    confirm({ variables: { token } }).catch(() => undefined);
  }, [token, confirm]);

  if (!token) return <Failure message="This page needs the link from the confirmation email. Open the link from the mail again." />;
  if (data)
    return (
      <AuthLayout title="Email address changed" subtitle={data.confirmEmailChange.email}>
        <Stack>
          <Alert color="teal" title="Your new address is confirmed">
            Sign in with {data.confirmEmailChange.email} from now on. We told your previous address about the change.
          </Alert>
          <Button component={Link} to="/account/profile">
            Back to your profile
          </Button>
        </Stack>
      </AuthLayout>
    );
  if (error) return <Failure message={fieldErrorsOf(error).find(({ field }) => field === 'token')?.message ?? generalMessageOf(error)} />;
  return (
    <AuthLayout title="Confirming your new address" subtitle="One moment…">
      <Stack align="center">
        <Loader aria-label="Confirming" />
      </Stack>
    </AuthLayout>
  );
}

function Failure({ message }: { message: string }) {
  return (
    <AuthLayout title="We could not change your email" subtitle="The link did not work.">
      <Stack>
        <Alert color="red" title="Confirmation failed" role="alert">
          {message}
        </Alert>
        <Button component={Link} to="/account/profile" variant="light">
          Go to your profile
        </Button>
      </Stack>
    </AuthLayout>
  );
}
