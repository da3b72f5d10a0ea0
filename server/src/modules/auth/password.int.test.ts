import type { Client } from 'graphql-ws';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { DEFAULT_PASSWORD, SIGN_UP, signUp, uniqueEmail } from '../../../test/factories';
import { type GraphQLTestClient, openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { type CapturedMail, waitForMail } from '../../../test/mail';
import { waitForStripeCustomer } from '../../../test/stripe';
import { waitFor } from '../../../test/wait-for';
import { hashPasswordResetToken } from './password-reset-token';

const REQUEST = /* GraphQL */ `mutation($email: String!) { requestPasswordReset(email: $email) }`;
const RESET = /* GraphQL */ `mutation($token: String!, $newPassword: String!) { resetPassword(token: $token, newPassword: $newPassword) }`;
const CHANGE = /* GraphQL */ `mutation($currentPassword: String!, $newPassword: String!) { changePassword(currentPassword: $currentPassword, newPassword: $newPassword) }`;
const LOG_IN = /* GraphQL */ `mutation($input: LogInInput!) { logIn(input: $input) { id } }`;
const ME = /* GraphQL */ `{ me { id } }`;
const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }`;
const NEW_PASSWORD = 'violet tractor melody';

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

const count = async (table: string, where = 'true', params: unknown[] = []) =>
  Number((await app.sql<{ n: string }>(`select count(*) as n from ${table} where ${where}`, params))[0]?.n);
const passwordHashOf = async (userId: string) =>
  (await app.sql<{ password_hash: string }>('select password_hash from users where id = ?', [userId]))[0]?.password_hash;
const resetMails = (to: string) =>
  app.sql<CapturedMail>(
    "select to_address, subject, html, text from mail_outbox where to_address = ? and subject like 'Reset%' order by created_at",
    [to],
  );

const RESET_LINK = /\/reset-password\?token=([A-Za-z0-9_-]+)/;

function tokenFrom(mail: CapturedMail): string {
  const match = RESET_LINK.exec(mail.text);
  if (!match?.[1]) throw new Error(`No reset link in: ${mail.text}`);
  return match[1];
}

async function requestToken(email: string): Promise<string> {
  const before = (await resetMails(email)).length;
  expect((await app.client().ok<{ requestPasswordReset: boolean }>(REQUEST, { email })).requestPasswordReset).toBe(true);
  // Newest first, and only reset mails (the sign-up's verification mail goes to the same address).
  const [newest] = await waitForMail(app, email, { count: before + 1, matching: RESET_LINK });
  return tokenFrom(newest as CapturedMail);
}

async function loggedIn(email: string, password: string): Promise<GraphQLTestClient> {
  const client = app.client();
  await client.ok(LOG_IN, { input: { email, password } });
  return client;
}

const logInFails = async (email: string, password: string) =>
  (await app.client().request(LOG_IN, { input: { email, password } })).errors?.[0]?.extensions?.code;

function closeCode(ws: Client): Promise<number> {
  return new Promise((resolve) => ws.on('closed', (event) => resolve((event as { code: number }).code)));
}

describe('requestPasswordReset', () => {
  it('answers true for an unknown address too, running the same statements, and mails only an existing account', async () => {
    const user = await signUp(app.client());
    // The sign-up's own background work (its workspace's Stripe customer) must be done, or its statements would
    // land among the ones measured below.
    const [membership] = await app.sql<{ workspace_id: string }>('select workspace_id from memberships where user_id = ?', [user.id]);
    await waitForStripeCustomer(app, String(membership?.workspace_id));
    const unknown = uniqueEmail('nobody');
    const request = async (email: string) => {
      app.resetQueries();
      const response = await app.client().request(REQUEST, { email });
      // The request itself reads nothing: no look-up whose presence or timing could depend on the address.
      return { response: response.data, sql: [...app.operationQueries] };
    };
    const known = await request(user.email);
    const other = await request(unknown);
    expect(known).toEqual({ response: { requestPasswordReset: true }, sql: [] });
    expect(other).toEqual(known);
    // Each queued the same job; the look-up, token and mail happen there.
    const jobsFor = (email: string) => count('pgboss.job', "name = 'password-reset-request' and data->>'email' = ?", [email]);
    expect([await jobsFor(user.email), await jobsFor(unknown)]).toEqual([1, 1]);

    // The sign-up's verification mail went to the same address first.
    const [mail] = await waitForMail(app, user.email, { matching: RESET_LINK });
    expect(mail?.subject).toBe('Reset your Askbase password');
    expect(mail?.text).toMatch(/http:\/\/localhost:4000\/reset-password\?token=[A-Za-z0-9_-]{43}\n/);
    // The job for the unknown address ran and sent nothing.
    await waitFor(async () => (await count('pgboss.job', "name = 'password-reset-request' and state = 'completed'")) >= 2, {
      description: 'both reset jobs done',
    });
    expect(await count('mail_outbox', 'to_address = ?', [unknown])).toBe(0);
  });

  it('stores only the SHA-256 of a token of 256 bits, valid for 30 minutes', async () => {
    const user = await signUp(app.client());
    const token = await requestToken(user.email);
    expect(Buffer.from(token, 'base64url')).toHaveLength(32);
    const rows = await app.sql<{ token_hash: string; minutes: number }>(
      'select token_hash, (extract(epoch from expires_at - created_at) / 60)::float as minutes from password_resets where user_id = ?',
      [user.id],
    );
    expect(rows).toEqual([{ token_hash: hashPasswordResetToken(token), minutes: expect.closeTo(30, 1) }]);
    expect(await count('password_resets', 'token_hash = ?', [token])).toBe(0);
  });

  it('refuses a malformed address with BAD_USER_INPUT on email', async () => {
    const response = await app.client().request(REQUEST, { email: 'not an address' });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'email', message: expect.any(String) }],
    });
  });
});

describe('resetPassword', () => {
  it('sets the password, uses up the token, ends every session (open sockets close with 4401) and mails the user', async () => {
    const owner = app.client();
    const user = await signUp(owner);
    const workspaceId = await workspaceOf(owner);
    const other = await loggedIn(user.email, user.password);
    const ws = owner.websocket();
    const closed = closeCode(ws);
    const usage = openSubscription(ws, USAGE, { workspaceId });
    await usage.next();

    const token = await requestToken(user.email);
    const done = await app.client().request(RESET, { token, newPassword: NEW_PASSWORD });
    expect(done.errors).toBeUndefined();
    expect(done.data).toEqual({ resetPassword: true });

    expect(await closed).toBe(4401);
    await ws.dispose();
    expect((await owner.ok<{ me: null }>(ME)).me).toBeNull();
    expect((await other.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await count('sessions', 'user_id = ?', [user.id])).toBe(0);
    expect(await logInFails(user.email, user.password)).toBe('UNAUTHENTICATED');
    await loggedIn(user.email, NEW_PASSWORD);
    const [changed] = await waitFor(
      async () => {
        const rows = await app.sql<CapturedMail>(
          "select subject, text from mail_outbox where to_address = ? and subject like '%was changed'",
          [user.email],
        );
        return rows.length > 0 && rows;
      },
      { description: 'the password changed mail' },
    );
    expect(changed?.text).toContain('reset with an emailed link');

    // Used once: a second use changes nothing.
    const hash = await passwordHashOf(user.id);
    const again = await app.client().request(RESET, { token, newPassword: 'another fresh passphrase' });
    expect(again.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'token', message: 'This password reset link has already been used. Ask for a new one.' }],
    });
    expect(await passwordHashOf(user.id)).toBe(hash);
  });

  it.each([
    [
      'expired',
      (token: string) =>
        app.sql(`update password_resets set expires_at = now() - interval '1 second' where token_hash = ?`, [
          hashPasswordResetToken(token),
        ]),
      /has expired/,
    ],
    ['unknown', async () => undefined, /is not valid/],
  ])('refuses an %s token on the token field and changes nothing, sessions included', async (kind, spoil, message) => {
    const client = app.client();
    const user = await signUp(client);
    let token = await requestToken(user.email);
    await spoil(token);
    if (kind === 'unknown') token = `${token.slice(0, -4)}AAAA`;
    const hash = await passwordHashOf(user.id);
    const response = await app.client().request(RESET, { token, newPassword: NEW_PASSWORD });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'token', message: expect.stringMatching(message) }],
    });
    expect(await passwordHashOf(user.id)).toBe(hash);
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
  });

  it('refuses a weak new password on newPassword and keeps the token usable', async () => {
    const user = await signUp(app.client());
    const token = await requestToken(user.email);
    for (const weak of ['password', '12345678', 'aaaaaaaa', user.email]) {
      const response = await app.client().request(RESET, { token, newPassword: weak });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'newPassword', message: expect.any(String) }],
      });
    }
    expect(await count('password_resets', 'user_id = ? and used_at is null', [user.id])).toBe(1);
    expect((await app.client().request(RESET, { token, newPassword: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
  });

  it('a new link makes the older unused one stop working', async () => {
    const user = await signUp(app.client());
    const first = await requestToken(user.email);
    const second = await requestToken(user.email);
    const old = await app.client().request(RESET, { token: first, newPassword: NEW_PASSWORD });
    expect(old.errors?.[0]?.extensions?.fieldErrors).toEqual([{ field: 'token', message: expect.stringMatching(/not valid/) }]);
    expect((await app.client().request(RESET, { token: second, newPassword: NEW_PASSWORD })).data).toEqual({ resetPassword: true });
  });
});

describe('changePassword', () => {
  it('needs the current password, keeps this session, ends the others and mails the user', async () => {
    const client = app.client();
    const user = await signUp(client);
    const other = await loggedIn(user.email, user.password);

    const wrong = await client.request(CHANGE, { currentPassword: 'not my password', newPassword: NEW_PASSWORD });
    expect(wrong.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'currentPassword', message: 'The current password is incorrect.' }],
    });
    const hash = await passwordHashOf(user.id);
    for (const weak of ['password', '12345678', 'aaaaaaaa', user.email, user.password]) {
      const response = await client.request(CHANGE, { currentPassword: user.password, newPassword: weak });
      expect(response.errors?.[0]?.extensions).toEqual({
        code: 'BAD_USER_INPUT',
        fieldErrors: [{ field: 'newPassword', message: expect.any(String) }],
      });
    }
    expect(await passwordHashOf(user.id)).toBe(hash);
    expect((await other.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);

    expect(await client.ok(CHANGE, { currentPassword: user.password, newPassword: NEW_PASSWORD })).toEqual({ changePassword: true });
    expect((await client.ok<{ me: { id: string } }>(ME)).me.id).toBe(user.id);
    expect((await other.ok<{ me: null }>(ME)).me).toBeNull();
    expect(await logInFails(user.email, user.password)).toBe('UNAUTHENTICATED');
    await loggedIn(user.email, NEW_PASSWORD);
    const [mail] = await waitForMail(app, user.email, { matching: /password .*changed/i });
    expect(mail?.subject).toBe('Your Askbase password was changed');
    expect(mail?.text).toContain('Every other device');
  });

  it('is refused without a session', async () => {
    const response = await app.client().request(CHANGE, { currentPassword: DEFAULT_PASSWORD, newPassword: NEW_PASSWORD });
    expect(response.errors?.[0]?.extensions?.code).toBe('UNAUTHENTICATED');
  });
});

describe('signUp applies the password rules', () => {
  it.each(['password', '12345678', 'aaaaaaaa', 'EMAIL'])('refuses %j on the password field and writes nothing', async (password) => {
    const email = uniqueEmail('rules');
    const users = await count('users');
    const response = await app.client().request(SIGN_UP, {
      input: { email, password: password === 'EMAIL' ? email : password, name: 'Rules Tester' },
    });
    expect(response.errors?.[0]?.extensions).toEqual({
      code: 'BAD_USER_INPUT',
      fieldErrors: [{ field: 'password', message: expect.any(String) }],
    });
    expect(await count('users')).toBe(users);
  });
});
