import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_PASSWORD, SIGN_UP, signUp, signUpVerified, uniqueEmail } from '../../../test/factories';
import type { GraphQLTestClient } from '../../../test/graphql-client';
import { startTestApp, type TestApp } from '../../../test/harness';
import { INVITATION_LINK, invitationTokenFrom, waitForMail } from '../../../test/mail';

const INVITE = /* GraphQL */ `mutation($workspaceId: ID!, $email: String!, $role: Role!) {
  inviteMember(workspaceId: $workspaceId, email: $email, role: $role) { id email role expiresAt invitedBy { name } }
}`;
const PREVIEW = /* GraphQL */ `query($token: String!) { invitation(token: $token) { workspaceName inviterName email role status expired accountExists } }`;
const ACCEPT = /* GraphQL */ `mutation($token: String!) { acceptInvitation(token: $token) { id role user { email } workspace { slug viewerRole } } }`;
const MEMBERS = /* GraphQL */ `query($slug: String!) { workspace(slug: $slug) { members { totalCount edges { node { role user { email } } } } invitations { email } } }`;

let app: TestApp;
beforeAll(async () => {
  app = await startTestApp();
});
afterAll(async () => {
  await app.close();
});

async function owner(): Promise<{ client: GraphQLTestClient; workspaceId: string; slug: string; name: string }> {
  const client = app.client();
  const user = await signUpVerified(app, client, { name: 'Olive Owner' });
  const { workspaces } = await client.ok<{ workspaces: Array<{ id: string; slug: string; name: string }> }>(
    '{ workspaces { id slug name } }',
  );
  const [workspace] = workspaces;
  if (!workspace) throw new Error(`no workspace for ${user.email}`);
  return { client, workspaceId: workspace.id, slug: workspace.slug, name: workspace.name };
}

async function invite(from: Awaited<ReturnType<typeof owner>>, email: string, role = 'MEMBER') {
  const data = await from.client.ok<{ inviteMember: { id: string } }>(INVITE, { workspaceId: from.workspaceId, email, role });
  const [mail] = await waitForMail(app, email.toLowerCase(), { matching: INVITATION_LINK });
  if (!mail) throw new Error('no mail');
  return { id: data.inviteMember.id, token: invitationTokenFrom(mail), mail };
}

describe('invitations', () => {
  it('mails a link built from APP_URL that a new person uses to sign up straight into the workspace, email verified', async () => {
    const team = await owner();
    const email = uniqueEmail('newcomer');
    const { token, mail } = await invite(team, email.toUpperCase());
    expect(mail.subject).toBe(`Olive Owner invited you to ${team.name} on Askbase`);
    expect(mail.text).toContain(`http://localhost:4000/invite/${token}`);
    expect(token.length).toBeGreaterThanOrEqual(22); // at least 128 bits
    expect(await app.sql('select 1 from invitations where token_hash = ?', [token])).toEqual([]);

    const preview = await app.client().ok<{ invitation: Record<string, unknown> }>(PREVIEW, { token });
    expect(preview.invitation).toEqual({
      workspaceName: team.name,
      inviterName: 'Olive Owner',
      email,
      role: 'MEMBER',
      status: 'PENDING',
      expired: false,
      accountExists: false,
    });

    const newcomer = app.client();
    const signedUp = await newcomer.ok<{ signUp: { emailVerified: boolean } }>(SIGN_UP, {
      input: { email, password: DEFAULT_PASSWORD, name: 'Nina Newcomer', invitationToken: token },
    });
    expect(signedUp.signUp.emailVerified).toBe(true);
    const { workspaces } = await newcomer.ok<{ workspaces: Array<{ slug: string; viewerRole: string }> }>(
      '{ workspaces { slug viewerRole } }',
    );
    expect(workspaces).toEqual([{ slug: team.slug, viewerRole: 'MEMBER' }]);

    const used = await app.client().ok<{ invitation: { status: string } }>(PREVIEW, { token });
    expect(used.invitation.status).toBe('ACCEPTED');
    const members = await team.client.ok<{ workspace: { members: { totalCount: number }; invitations: unknown[] } }>(MEMBERS, {
      slug: team.slug,
    });
    expect(members.workspace.members.totalCount).toBe(2);
    expect(members.workspace.invitations).toEqual([]);
  });

  it('lets a signed-in user with the invited address accept, once', async () => {
    const team = await owner();
    const invitee = app.client();
    const { email } = await signUp(invitee);
    const { token } = await invite(team, email, 'VIEWER');
    const accepted = await invitee.ok<{ acceptInvitation: { role: string; user: { email: string } } }>(ACCEPT, { token });
    expect(accepted.acceptInvitation).toMatchObject({
      role: 'VIEWER',
      user: { email },
      workspace: { slug: team.slug, viewerRole: 'VIEWER' },
    });
    const again = await invitee.request(ACCEPT, { token });
    expect(again.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', reason: 'used' });
  });

  it('refuses an account with another address, and changes nothing', async () => {
    const team = await owner();
    const { token } = await invite(team, uniqueEmail('someone'));
    const other = app.client();
    await signUp(other);
    const result = await other.request(ACCEPT, { token });
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect((await other.ok<{ workspaces: unknown[] }>('{ workspaces { id } }')).workspaces).toHaveLength(1);
  });

  it('refuses expired, revoked and forged tokens with clear errors', async () => {
    const team = await owner();
    const invitee = app.client();
    const { email } = await signUp(invitee);
    const expired = await invite(team, email);
    await app.sql(`update invitations set expires_at = now() - interval '1 minute' where id = ?`, [expired.id]);
    expect((await invitee.request(ACCEPT, { token: expired.token })).errors?.[0]?.extensions).toMatchObject({ reason: 'expired' });
    expect((await app.client().ok<{ invitation: { expired: boolean } }>(PREVIEW, { token: expired.token })).invitation.expired).toBe(true);

    const revoked = await invite(team, uniqueEmail('revoked'));
    await team.client.ok('mutation($id: ID!) { revokeInvitation(id: $id) }', { id: revoked.id });
    expect((await app.client().ok<{ invitation: { status: string } }>(PREVIEW, { token: revoked.token })).invitation.status).toBe(
      'REVOKED',
    );

    const forged = 'A'.repeat(43);
    expect((await app.client().ok(PREVIEW, { token: forged })).invitation).toBeNull();
    expect((await invitee.request(ACCEPT, { token: forged })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const signUpWithForged = await app
      .client()
      .request(SIGN_UP, { input: { email: uniqueEmail(), password: DEFAULT_PASSWORD, name: 'F', invitationToken: forged } });
    expect(signUpWithForged.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it('answers CONFLICT on the email field for an existing member or a pending invitation', async () => {
    const team = await owner();
    const me = await team.client.ok<{ me: { email: string } }>('{ me { email } }');
    const member = await team.client.request(INVITE, { workspaceId: team.workspaceId, email: me.me.email, role: 'MEMBER' });
    expect(member.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fieldErrors: [{ field: 'email' }] });
    const email = uniqueEmail('twice');
    await invite(team, email);
    const twice = await team.client.request(INVITE, { workspaceId: team.workspaceId, email, role: 'MEMBER' });
    expect(twice.errors?.[0]?.extensions).toMatchObject({ code: 'CONFLICT', fieldErrors: [{ field: 'email' }] });
  });

  it('rejects bad input: malformed email, inviting as OWNER, an unknown role', async () => {
    const team = await owner();
    const malformed = await team.client.request(INVITE, { workspaceId: team.workspaceId, email: 'nope', role: 'MEMBER' });
    expect(malformed.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'email' }] });
    const asOwner = await team.client.request(INVITE, { workspaceId: team.workspaceId, email: uniqueEmail(), role: 'OWNER' });
    expect(asOwner.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', fieldErrors: [{ field: 'role' }] });
    const unknownRole = await team.client.request(INVITE, { workspaceId: team.workspaceId, email: uniqueEmail(), role: 'EMPEROR' });
    expect(unknownRole.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(await app.sql('select 1 from invitations where workspace_id = ?', [team.workspaceId])).toEqual([]);
  });

  it('counts pending invitations against the plan’s member limit', async () => {
    const team = await owner();
    await invite(team, uniqueEmail('second'));
    await invite(team, uniqueEmail('third'));
    const fourth = await team.client.request(INVITE, { workspaceId: team.workspaceId, email: uniqueEmail('fourth'), role: 'MEMBER' });
    expect(fourth.errors?.[0]?.extensions).toMatchObject({ code: 'PLAN_LIMIT_REACHED', limit: 'members', plan: 'FREE' });
  });

  it('resends with a fresh link: the old one stops working', async () => {
    const team = await owner();
    const invitee = app.client();
    const { email } = await signUp(invitee);
    const first = await invite(team, email);
    await team.client.ok('mutation($id: ID!) { resendInvitation(id: $id) { id } }', { id: first.id });
    const mails = await waitForMail(app, email, { count: 2, matching: INVITATION_LINK });
    const fresh = invitationTokenFrom(mails[0] as (typeof mails)[number]);
    expect(fresh).not.toBe(first.token);
    expect((await invitee.request(ACCEPT, { token: first.token })).errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    expect((await invitee.ok<{ acceptInvitation: { role: string } }>(ACCEPT, { token: fresh })).acceptInvitation.role).toBe('MEMBER');
  });
});
