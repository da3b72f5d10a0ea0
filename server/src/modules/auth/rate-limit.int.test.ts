import { afterAll, beforeAll, expect, it } from 'vitest';
import { signUp } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp({ AUTH_RATE_LIMIT_PER_MINUTE: '3' });
});
afterAll(async () => {
  await app.close();
});

it('throttles password guessing on one account with RATE_LIMITED and a retry delay, even with the right password', async () => {
  const user = await signUp(app.client());
  const attempt = (password: string) =>
    app.client().request(`mutation($input: LogInInput!) { logIn(input: $input) { id } }`, { input: { email: user.email, password } });
  for (let i = 0; i < 3; i += 1) expect((await attempt('wrong password')).errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  const blocked = await attempt(user.password);
  expect(blocked.errors?.[0]?.extensions?.code).toBe('RATE_LIMITED');
  expect(blocked.errors?.[0]?.extensions?.retryAfterSeconds).toBeGreaterThan(0);
  expect(blocked.headers.get('set-cookie')).toBeNull();
});
