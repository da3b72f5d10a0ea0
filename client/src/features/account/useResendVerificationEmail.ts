import { useMutation } from '@apollo/client/react';
import { findErrorWithCode, retryAfterSecondsOf } from '../../apollo/serverErrors';
import { graphql } from '../../gql';
import { generalMessageOf } from '../forms/applyServerErrors';

export const ResendVerificationEmailMutation = graphql(`
  mutation ResendVerificationEmail {
    resendVerificationEmail
  }
`);

export type ResendOutcome =
  | { status: 'sent' }
  | { status: 'rate-limited'; retryAfterSeconds: number | null }
  | { status: 'failed'; message: string };

/** Mails a fresh verification link; says what happened so the banner can show it in place. */
export function useResendVerificationEmail(): { resend: () => Promise<ResendOutcome>; loading: boolean } {
  const [resendVerificationEmail, { loading }] = useMutation(ResendVerificationEmailMutation);
  const resend = async (): Promise<ResendOutcome> => {
    try {
      await resendVerificationEmail();
      return { status: 'sent' };
    } catch (error) {
      const limited = findErrorWithCode(error, 'RATE_LIMITED');
      if (limited) return { status: 'rate-limited', retryAfterSeconds: retryAfterSecondsOf(limited) ?? null };
      return { status: 'failed', message: generalMessageOf(error) };
    }
  };
  return { resend, loading };
}

/** "in 42 minutes", "in 30 seconds": rate-limit waits are often long, seconds alone read badly. */
export function waitPhrase(seconds: number | null): string {
  if (!seconds) return 'in a little while';
  if (seconds < 90) return `in ${seconds} seconds`;
  const minutes = Math.ceil(seconds / 60);
  return `in ${minutes} minutes`;
}
