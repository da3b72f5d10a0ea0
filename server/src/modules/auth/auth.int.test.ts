import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, SIGN_UP, signUp, uniqueEmail } from '../../../test/factories';
import { startTestApp, type TestApp } from '../../../test/harness';
import { hashSessionToken } from './session-token';

const LOG_IN = /* GraphQL */ `
  mutation LogIn($input: LogInInput!) {
    logIn(input: $input) { id email }
  }
`;
const ME = /* GraphQL */ `{ me { id email name emailVerified } }`;
const LOG_OUT = /* GraphQL */ `mutation { logOut }`;

let app: TestApp;
const count = async (table: string, where = 'true', params: unknown[] = []) =>
  Number((await app.sql<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params))[0]?.n);

beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

describe('signUp', () => {
  it('creates the user, a first workspace they own, and a session cookie', async () => {
    const client = app.client();
    const email = uniqueEmail('Mixed.Case');
    const response = await client.request<{ signUp: { email: string } }>(SIGN_UP, {
      input: { email: email.toUpperCase(), password: DEFAULT_PASSWORD, name: '  Ada  ' },
    });
    expect(response.errors).toBeUndefined();
    expect(response.data?.signUp.email).toBe(email.toLowerCase());

    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^askbase_session=[A-Za-z0-9_-]{43};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Max-Age/i); // not "remember me": a browser-session cookie

    const me = await client.ok<{ me: { name: string } }>(ME);
    expect(me.me.name).toBe('Ada');
    const { workspaces } = await client.ok<{ workspaces: Array<{ name: string; viewerRole: string }> }>(
      '{ workspaces { name viewerRole } }',
    );
    expect(workspaces).toEqual([{ name: "Ada's workspace", viewerRole: 'OWNER' }]);
  });

  it('stores only the SHA-256 of the session token and an argon2id hash of the password', async () => {
    const client = app.client();
    const user = await signUp(client, { rememberMe: true });
    const token = client.cookie?.split('=')[1] ?? '';
    expect(await count('sessions', 'token_hash = ?', [hashSessionToken(token)])).toBe(1);
    expect(await count('sessions', 'token_hash = ?', [token])).toBe(0);
    const [row] = await app.sql<{ password_hash: string }>('select password_hash from users where id = ?', [user.id]);
    expect(row?.password_hash).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/);
  });

  it('gives a 30-day cookie with rememberMe', async () => {
    const client = app.client();
    const response = await client.request(SIGN_UP, {
      input: { email: uniqueEmail(), password: DEFAULT_PASSWORD, name: 'R', rememberMe: true },
    });
    expect(response.headers.get('set-cookie')).toMatch(/Max-Age=2592000/);
  });

  it('answers a taken address like a new one and writes no account (email-verification.int.test.ts has the rest)', async () => {
    const email = uniqueEmail();
    await signUp(app.client(), { email });
    const [users, workspaces] = [await count('users'), await count('workspaces')];
    const response = await app
      .client()
      .request(SIGN_UP, { input: { email: email.toUpperCase(), password: DEFAULT_PASSWORD, name: 'Twin' } });
    expect(response.errors).toBeUndefined();
    expect([await count('users'), await count('workspaces')]).toEqual([users, workspaces]);
  });

  it.each([
    ['a malformed email', { email: 'not-an-email' }, 'email'],
    ['a short password', { password: 'short' }, 'password'],
    ['a password over 128 characters', { password: 'correct horse battery staple '.repeat(5) }, 'password'],
    ['a blank name', { name: '   ' }, 'name'],
  ])('refuses %s with BAD_USER_INPUT on that field and writes nothing', async (_label, override, field) => {
    const users = await count('users');
    const response = await app
      .client()
      .request(SIGN_UP, { input: { email: uniqueEmail(), password: DEFAULT_PASSWORD, name: 'Valid', ...override } });
    expect(response.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(response.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field, message: expect.any(String) }]);
    expect(await count('users')).toBe(users);
  });
});

describe('logIn and logOut', () => {
  it('logs in with the right password, case-insensitively on the email', async () => {
    const user = await signUp(app.client());
    const client = app.client();
    const data = await client.ok<{ logIn: { id: string } }>(LOG_IN, {
      input: { email: user.email.toUpperCase(), password: user.password },
    });
    expect(data.logIn.id).toBe(user.id);
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('answers a wrong password and an unknown email with the same UNAUTHENTICATED error, and opens no session', async () => {
    const user = await signUp(app.client());
    const sessions = await count('sessions');
    const wrong = await app.client().request(LOG_IN, { input: { email: user.email, password: 'wrong password' } });
    const unknown = await app.client().request(LOG_IN, { input: { email: uniqueEmail(), password: 'wrong password' } });
    expect(wrong.errors?.[0]?.extensions).toEqual({ code: 'UNAUTHENTICATED' });
    expect(unknown.errors?.[0]?.message).toBe(wrong.errors?.[0]?.message);
    expect(wrong.headers.get('set-cookie')).toBeNull();
    expect(await count('sessions')).toBe(sessions);
  });

  it('logOut deletes the session and clears the cookie; the old cookie no longer works', async () => {
    const client = app.client();
    await signUp(client);
    const oldCookie = client.cookie;
    const response = await client.request(LOG_OUT);
    expect(response.data).toEqual({ logOut: true });
    expect(response.headers.get('set-cookie')).toMatch(/askbase_session=;.*Max-Age=0/);
    const replay = app.client();
    replay.cookie = oldCookie;
    expect((await replay.ok(ME)).me).toBeNull();
  });
});

describe('sessions', () => {
  it('treats a forged cookie and an unknown bearer token as anonymous', async () => {
    const forged = app.client();
    forged.cookie = `askbase_session=${'A'.repeat(43)}`;
    expect((await forged.ok(ME)).me).toBeNull();
    const garbage = app.client();
    garbage.cookie = 'askbase_session=%%%not-a-token';
    expect((await garbage.ok(ME)).me).toBeNull();
    const bearer = app.client();
    bearer.bearer = 'B'.repeat(43);
    expect((await bearer.ok(ME)).me).toBeNull();
  });

  it('accepts the session token as a Bearer token for third-party clients', async () => {
    const browser = app.client();
    const user = await signUp(browser);
    const api = app.client();
    api.bearer = browser.cookie?.split('=')[1];
    expect((await api.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('refuses an expired session', async () => {
    const client = app.client();
    const user = await signUp(client);
    await app.sql(`update sessions set expires_at = now() - interval '1 second' where user_id = ?`, [user.id]);
    expect((await client.ok(ME)).me).toBeNull();
  });

  it('slides a short session forward on activity, but not a remembered one', async () => {
    const short = app.client();
    const shortUser = await signUp(short);
    const long = app.client();
    const longUser = await signUp(long, { rememberMe: true });
    const past = `now() - interval '1 hour'`;
    await app.sql(`update sessions set last_seen_at = ${past}, expires_at = expires_at - interval '1 hour' where user_id in (?, ?)`, [
      shortUser.id,
      longUser.id,
    ]);
    const expiry = async (id: string) => {
      const [row] = await app.sql<{ expires_at: string }>('select expires_at from sessions where user_id = ?', [id]);
      return new Date(row?.expires_at ?? 0).getTime();
    };
    const [shortBefore, longBefore] = [await expiry(shortUser.id), await expiry(longUser.id)];
    await short.ok(ME);
    await long.ok(ME);
    expect(await expiry(shortUser.id)).toBeGreaterThan(shortBefore + 30 * 60 * 1000);
    expect(await expiry(longUser.id)).toBe(longBefore);
  });
});
