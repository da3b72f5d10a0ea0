import { randomBytes } from 'node:crypto';
import type { GraphQLTestClient } from './graphql-client';
import type { TestApp } from './harness';
import { VERIFICATION_LINK, verificationTokenFrom, waitForMail } from './mail';

export const SIGN_UP = /* GraphQL */ `
  mutation SignUp($input: SignUpInput!) {
    signUp(input: $input) { id email name emailVerified }
  }
`;

export function uniqueEmail(prefix = 'user'): string {
  return `${prefix}-${randomBytes(5).toString('hex')}@example.com`;
}

export const DEFAULT_PASSWORD = 'correct horse battery';

/** Signs up through the API (each test its own tenant); the client keeps the session cookie. */
export async function signUp(
  client: GraphQLTestClient,
  overrides: Partial<{ email: string; name: string; password: string; rememberMe: boolean }> = {},
) {
  const input = { email: uniqueEmail(), name: 'Test User', password: DEFAULT_PASSWORD, rememberMe: false, ...overrides };
  const data = await client.ok<{ signUp: { id: string; email: string; name: string } }>(SIGN_UP, { input });
  return { ...data.signUp, password: input.password };
}

export const VERIFY_EMAIL = /* GraphQL */ `
  mutation VerifyEmail($token: String!) {
    verifyEmail(token: $token) { id email emailVerified }
  }
`;

/** Follows the verification link mailed to `email` (read from the outbox), as the user would. */
export async function verifyEmailByMail(app: TestApp, client: GraphQLTestClient, email: string): Promise<void> {
  const [mail] = await waitForMail(app, email, { matching: VERIFICATION_LINK });
  if (!mail) throw new Error(`no verification mail to ${email}`);
  await client.ok(VERIFY_EMAIL, { token: verificationTokenFrom(mail) });
}

/**
 * Signs up and verifies the address through the mailed link: for tests that are not about verification but need
 * what it unlocks (inviting members).
 */
export async function signUpVerified(
  app: TestApp,
  client: GraphQLTestClient,
  overrides: Partial<{ email: string; name: string; password: string; rememberMe: boolean }> = {},
) {
  const user = await signUp(client, overrides);
  await verifyEmailByMail(app, client, user.email);
  return user;
}
