import { randomBytes } from 'node:crypto';
import type { GraphQLTestClient } from './graphql-client';

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
