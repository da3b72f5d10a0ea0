import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { workspaceOf } from '../../../test/copilot';
import { DEFAULT_PASSWORD, signUp, signUpVerified, uniqueEmail } from '../../../test/factories';
import { type GraphQLTestClient, openSubscription } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { type CapturedMail, waitForMail } from '../../../test/mail';

const REQUEST = /* GraphQL */ `mutation($newEmail: String!, $password: String!) { requestEmailChange(newEmail: $newEmail, password: $password) }`;
const CONFIRM = /* GraphQL */ `mutation($token: String!) { confirmEmailChange(token: $token) { id email emailVerified } }`;
const LOG_IN = /* GraphQL */ `mutation($input: LogInInput!) { logIn(input: $input) { id email } }`;
const CREATE_TOKEN = /* GraphQL */ `mutation($input: CreateApiTokenInput!) { createApiToken(input: $input) { secret } }`;

const USAGE = /* GraphQL */ `subscription($workspaceId: ID!) { workspaceUsage(workspaceId: $workspaceId) { members { used } } }`;

const CONFIRM_LINK = /\/confirm-email-change\?token=([A-Za-z0-9_-]+)/;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

function tokenFrom(mail: CapturedMail): string {
  const match = CONFIRM_LINK.exec(mail.text);
  if (!match?.[1]) throw new Error(`No confirmation link in: ${mail.text}`);
  return match[1];
}

const emailOf = async (userId: string) =>
  (
    await app.sql<{ email: string; email_verified_at: Date | null }>('select email, email_verified_at from users where id = ?', [userId])
  )[0];
const changeRows = (userId: string) => app.sql('select * from email_changes where user_id = ?', [userId]);
const mailsTo = (to: string) => app.sql<CapturedMail>('select to_address, subject, html, text from mail_outbox where to_address = ?', [to]);
const codeOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) => result.errors?.[0]?.extensions?.code;
const fieldOf = (result: { errors?: Array<{ extensions?: Record<string, unknown> }> }) =>
  (result.errors?.[0]?.extensions?.fieldErrors as Array<{ field: string }> | undefined)?.[0]?.field;

/** Asks for the change and returns the token from the mail to the new address. */
async function requestToken(client: GraphQLTestClient, newEmail: string, password = DEFAULT_PASSWORD): Promise<string> {
  const to = newEmail.trim().toLowerCase();
  const before = (await mailsTo(to)).filter((mail) => CONFIRM_LINK.test(mail.text)).length;
  expect((await client.ok<{ requestEmailChange: boolean }>(REQUEST, { newEmail, password })).requestEmailChange).toBe(true);
  const [newest] = await waitForMail(app, to, { count: before + 1, matching: CONFIRM_LINK });
  return tokenFrom(newest as CapturedMail);
}

describe('requestEmailChange and confirmEmailChange', () => {
  it('mails a link to the new address, tells the old one, and switches (verified) once confirmed', async () => {
    const client = app.client();
    const user = await signUp(client);
    const newEmail = uniqueEmail('moved');
    const token = await requestToken(client, ` ${newEmail.toUpperCase()} `);
    expect(token.length).toBeGreaterThanOrEqual(22); // ≥ 128 bits in base64url

    // The old address is told at once, with the new one named; nothing has changed yet.
    const [notice] = await waitForMail(app, user.email, { matching: /asked to change its email address/ });
    expect(notice?.text).toContain(newEmail);
    expect(notice?.html).toContain(newEmail);
    expect((await emailOf(user.id))?.email).toBe(user.email);
    // Stored hashed: the token itself is nowhere in the table.
    expect(JSON.stringify(await changeRows(user.id))).not.toContain(token);

    const { confirmEmailChange } = await client.ok<{ confirmEmailChange: { email: string; emailVerified: boolean } }>(CONFIRM, { token });
    expect(confirmEmailChange).toMatchObject({ email: newEmail, emailVerified: true });
    const [changed] = await waitForMail(app, user.email, { matching: /is now/ });
    expect(changed?.subject).toMatch(/was changed/);
    expect(changed?.text).toContain(newEmail);

    // The new address logs in; the old one no longer does.
    expect(codeOf(await app.client().request(LOG_IN, { input: { email: newEmail, password: DEFAULT_PASSWORD } }))).toBeUndefined();
    expect(codeOf(await app.client().request(LOG_IN, { input: { email: user.email, password: DEFAULT_PASSWORD } }))).toBe(
      'UNAUTHENTICATED',
    );
  });

  it('refuses a wrong password on its field (rate limited), and mails nothing', async () => {
    const client = app.client();
    const user = await signUp(client);
    const newEmail = uniqueEmail('never');
    const wrong = await client.request(REQUEST, { newEmail, password: 'not the password' });
    expect(codeOf(wrong)).toBe('BAD_USER_INPUT');
    expect(fieldOf(wrong)).toBe('password');
    expect(await changeRows(user.id)).toEqual([]);
    expect(await mailsTo(newEmail)).toEqual([]);
    // Ten tries per 15 minutes, then RATE_LIMITED even with the right password.
    for (let i = 1; i < 10; i++) await client.request(REQUEST, { newEmail, password: `wrong ${i}` });
    expect(codeOf(await client.request(REQUEST, { newEmail, password: DEFAULT_PASSWORD }))).toBe('RATE_LIMITED');
    expect(await changeRows(user.id)).toEqual([]);
  });

  it('refuses an address a verified account uses (CONFLICT on newEmail), and the current address and a malformed one', async () => {
    const taken = await signUpVerified(app, app.client());
    const client = app.client();
    const user = await signUp(client);
    const inUse = await client.request(REQUEST, { newEmail: taken.email.toUpperCase(), password: DEFAULT_PASSWORD });
    expect(codeOf(inUse)).toBe('CONFLICT');
    expect(fieldOf(inUse)).toBe('newEmail');
    const same = await client.request(REQUEST, { newEmail: user.email, password: DEFAULT_PASSWORD });
    expect([codeOf(same), fieldOf(same)]).toEqual(['BAD_USER_INPUT', 'newEmail']);
    const malformed = await client.request(REQUEST, { newEmail: 'not-an-address', password: DEFAULT_PASSWORD });
    expect([codeOf(malformed), fieldOf(malformed)]).toEqual(['BAD_USER_INPUT', 'newEmail']);
    expect(await changeRows(user.id)).toEqual([]);
    expect((await mailsTo(taken.email)).filter((mail) => CONFIRM_LINK.test(mail.text))).toEqual([]);
  });

  it('refuses at confirmation an address taken since the request, and changes nothing', async () => {
    const client = app.client();
    const user = await signUp(client);
    const newEmail = uniqueEmail('raced');
    const token = await requestToken(client, newEmail);
    await signUpVerified(app, app.client(), { email: newEmail });
    const result = await client.request(CONFIRM, { token });
    expect(codeOf(result)).toBe('CONFLICT');
    expect((await emailOf(user.id))?.email).toBe(user.email);
  });

  it('a used link, an older link replaced by a newer one, and an expired link are refused on `token`', async () => {
    const client = app.client();
    const user = await signUp(client);
    const first = await requestToken(client, uniqueEmail('first'));
    const secondEmail = uniqueEmail('second');
    const second = await requestToken(client, secondEmail);
    const replaced = await client.request(CONFIRM, { token: first });
    expect([codeOf(replaced), fieldOf(replaced)]).toEqual(['BAD_USER_INPUT', 'token']);
    expect(replaced.errors?.[0]?.message).toMatch(/already used or replaced/);

    await client.ok(CONFIRM, { token: second });
    const reused = await client.request(CONFIRM, { token: second });
    expect([codeOf(reused), fieldOf(reused)]).toEqual(['BAD_USER_INPUT', 'token']);
    expect((await emailOf(user.id))?.email).toBe(secondEmail);

    const thirdEmail = uniqueEmail('third');
    const third = await requestToken(client, thirdEmail);
    await app.sql("update email_changes set expires_at = now() - interval '1 second' where user_id = ? and used_at is null", [user.id]);
    const expired = await client.request(CONFIRM, { token: third });
    expect([codeOf(expired), fieldOf(expired)]).toEqual(['BAD_USER_INPUT', 'token']);
    expect(expired.errors?.[0]?.message).toMatch(/expired/);
    expect((await emailOf(user.id))?.email).toBe(secondEmail);
  });

  it('another user’s link does nothing for them and stays usable by its owner', async () => {
    const owner = app.client();
    const ownerUser = await signUp(owner);
    const intruder = app.client();
    const intruderUser = await signUp(intruder);
    const newEmail = uniqueEmail('mine');
    const token = await requestToken(owner, newEmail);
    const stolen = await intruder.request(CONFIRM, { token });
    expect([codeOf(stolen), fieldOf(stolen)]).toEqual(['BAD_USER_INPUT', 'token']);
    expect((await emailOf(intruderUser.id))?.email).toBe(intruderUser.email);
    expect((await emailOf(ownerUser.id))?.email).toBe(ownerUser.email);
    // Anonymous: UNAUTHENTICATED, and the link is not spent either.
    expect(codeOf(await app.client().request(CONFIRM, { token }))).toBe('UNAUTHENTICATED');
    await owner.ok(CONFIRM, { token });
    expect((await emailOf(ownerUser.id))?.email).toBe(newEmail);
  });

  it('confirming retires links that went to the old address (verification, password reset)', async () => {
    const client = app.client();
    const user = await signUp(client);
    await client.ok(/* GraphQL */ `mutation($email: String!) { requestPasswordReset(email: $email) }`, { email: user.email });
    await waitForMail(app, user.email, { matching: /reset-password\?token=/ });
    const token = await requestToken(client, uniqueEmail('fresh'));
    expect(await app.sql('select id from email_verifications where user_id = ? and used_at is null', [user.id])).toHaveLength(1);
    expect(await app.sql('select id from password_resets where user_id = ? and used_at is null', [user.id])).toHaveLength(1);
    await client.ok(CONFIRM, { token });
    expect(await app.sql('select id from email_verifications where user_id = ? and used_at is null', [user.id])).toEqual([]);
    expect(await app.sql('select id from password_resets where user_id = ? and used_at is null', [user.id])).toEqual([]);
  });

  it('an address an unverified account holds is not refused: confirming takes it over and closes the holder’s sockets', async () => {
    const squatter = app.client();
    const squatterUser = await signUp(squatter);
    const squatterSocket = squatter.websocket();
    const squatterClosed = new Promise<number>((resolve) =>
      squatterSocket.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    const usage = openSubscription(squatterSocket, USAGE, { workspaceId: await workspaceOf(squatter) });
    expect((await usage.next()).value).toEqual({ data: { workspaceUsage: { members: { used: 1 } } } });
    const client = app.client();
    const user = await signUp(client);
    const token = await requestToken(client, squatterUser.email);
    const { confirmEmailChange } = await client.ok<{ confirmEmailChange: { email: string } }>(CONFIRM, { token });
    expect(confirmEmailChange.email).toBe(squatterUser.email);
    expect((await emailOf(squatterUser.id))?.email).toMatch(/@released\.invalid$/);
    expect((await emailOf(user.id))?.email).toBe(squatterUser.email);
    // The squatter's open socket closes like a revoked session's, not at its next reconnect.
    expect(await squatterClosed).toBe(4401);
    expect(codeOf(await squatter.request('{ workspaces { id } }'))).toBe('UNAUTHENTICATED');
  });

  it('needs a browser session: anonymous callers get UNAUTHENTICATED, API tokens FORBIDDEN', async () => {
    const client = app.client();
    const user = await signUp(client);
    const newEmail = uniqueEmail('token');
    expect(codeOf(await app.client().request(REQUEST, { newEmail, password: DEFAULT_PASSWORD }))).toBe('UNAUTHENTICATED');
    const { createApiToken } = await client.ok<{ createApiToken: { secret: string } }>(CREATE_TOKEN, { input: { name: 'script' } });
    const tokenClient = app.client();
    tokenClient.bearer = createApiToken.secret;
    expect(codeOf(await tokenClient.request(REQUEST, { newEmail, password: DEFAULT_PASSWORD }))).toBe('FORBIDDEN');
    expect(codeOf(await tokenClient.request(CONFIRM, { token: 'x'.repeat(43) }))).toBe('FORBIDDEN');
    expect(await changeRows(user.id)).toEqual([]);
  });
});
