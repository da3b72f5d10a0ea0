import { Alert, Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { graphql } from '../../gql';
import type { EmailVerificationBanner_UserFragment } from '../../gql/graphql';
import { type ResendOutcome, useResendVerificationEmail, waitPhrase } from './useResendVerificationEmail';

export const EmailVerificationBannerFragment = graphql(`
  fragment EmailVerificationBanner_user on User {
    id
    email
    emailVerified
  }
`);

/**
 * Shown to a signed-in user whose address is not verified yet: where the link went, and a way to get a new one.
 * Disappears by itself once `emailVerified` turns true in the cache (verifyEmail returns the user).
 */
export function EmailVerificationBanner({ user }: { user: EmailVerificationBanner_UserFragment }) {
  const { resend, loading } = useResendVerificationEmail();
  const [outcome, setOutcome] = useState<ResendOutcome | null>(null);
  if (user.emailVerified) return null;

  return (
    <Alert color="yellow" title="Verify your email" mb="md" aria-label="Verify your email">
      <Group justify="space-between" align="center" gap="sm">
        <Text size="sm">
          We sent a link to <strong>{user.email}</strong>. Follow it to confirm your address: until then you cannot invite members.
        </Text>
        <Button size="xs" variant="light" color="yellow" loading={loading} onClick={async () => setOutcome(await resend())}>
          Resend
        </Button>
      </Group>
      {outcome && (
        <Text size="sm" mt="xs" role="status" c={outcome.status === 'sent' ? 'teal' : 'red'}>
          {outcome.status === 'sent' && `A new link is on its way to ${user.email}. Earlier links no longer work.`}
          {outcome.status === 'rate-limited' &&
            `You asked for several links already. You can send another one ${waitPhrase(outcome.retryAfterSeconds)}; check your spam folder meanwhile.`}
          {outcome.status === 'failed' && outcome.message}
        </Text>
      )}
    </Alert>
  );
}
