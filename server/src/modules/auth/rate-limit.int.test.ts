import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

const SLOWDOWN_MS = 600;
let app: TestApp;
beforeAll(async () => {
  // One proxy in front (TRUST_PROXY=1): X-Forwarded-For names the client, so tests can speak from several addresses.
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY: '1', AUTH_ACCOUNT_SLOWDOWN_MS: String(SLOWDOWN_MS) });
});
afterAll(async () => {
  await app.close();
});

const attempt = (email: string, password: string, ip = '203.0.113.1') =>
  app.client().request<{ logIn: { id: string } }>(
    `mutation($input: LogInInput!) { logIn(input: $input) { id } }`,
    { input: { email, password } },
    {
      'x-forwarded-for': ip,
    },
  );

it('throttles password guessing from one address on one account with RATE_LIMITED and a retry delay, even with the right password', async () => {
  const user = await signUp(app.client());
  for (let i = 0; i < 3; i += 1)
    expect((await attempt(user.email, 'wrong password')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const blocked = await attempt(user.email, user.password);
  expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(blocked.headers.get('set-cookie')).toBeNull();
});

it('ten wrong passwords from one address do not lock the owner out from another: the account is slowed, not blocked', async () => {
  const user = await signUp(app.client());
  const codes: unknown[] = [];
  for (let i = 0; i < 10; i += 1) codes.push((await attempt(user.email, 'wrong password', '198.51.100.66')).errors?.[0]?.extensions?.code);
  expect(codes.slice(0, 3)).toEqual(['UNAUTHENTICATED', 'UNAUTHENTICATED', 'UNAUTHENTICATED']);
  expect(new Set(codes.slice(3))).toEqual(new Set(['RATE_LIMITED']));

  // The owner, elsewhere: the account is over its own limit, so the attempt waits, then succeeds.
  const started = Date.now();
  const owner = await attempt(user.email, user.password, '192.0.2.10');
  expect(owner.errors).toBeUndefined();
  expect(owner.data?.logIn.id).toBe(user.id);
  expect(Date.now() - started).toBeGreaterThanOrEqual(SLOWDOWN_MS - 50);
  // The guessing address stays blocked on this account.
  expect((await attempt(user.email, user.password, '198.51.100.66')).errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
});

it('limits reset requests per address (five an hour), the same for an address with no account', async () => {
  const user = await signUp(app.client());
  const request = (email: string, i: number) =>
    app
      .client()
      .request(`mutation($email: String!) { requestPasswordReset(email: $email) }`, { email }, { 'x-forwarded-for': `192.0.2.${100 + i}` });
  for (const email of [user.email, `nobody-${user.id}@example.com`]) {
    const codes: unknown[] = [];
    for (let i = 0; i < 6; i += 1) {
      const response = await request(email, i);
      codes.push(response.errors?.[0]?.extensions?.code ?? response.data?.requestPasswordReset);
    }
    expect(codes).toEqual([true, true, true, true, true, 'RATE_LIMITED']);
  }
});
