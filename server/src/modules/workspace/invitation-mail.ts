import type { OutgoingMail } from '../../infra/mail/mail-message';
import {
  emailButton,
  emailHeading,
  emailLayout,
  emailLink,
  emailParagraph,
  html,
  oneLine,
  textLayout,
} from '../../infra/mail/templates/layout';
import type { Role } from './role';

export interface InvitationMailInput {
  to: string;
  workspaceName: string;
  inviterName: string;
  role: Role;
  /** Built by the caller from APP_URL (never from the request's Host): `${appUrl}/invite/<token>`. */
  acceptUrl: string;
  expiresAt: Date;
}

const ROLE_PHRASES: Record<Role, string> = {
  OWNER: 'an owner',
  ADMIN: 'an admin',
  MEMBER: 'a member',
  VIEWER: 'a viewer',
};

// Recipients are anywhere: the expiry is stated in UTC, and says so.
const expiryFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** "Ada invited you to Acme on Askbase": a button to accept, the link spelled out, when it expires. */
export function invitationMail(input: InvitationMailInput): OutgoingMail {
  const inviter = oneLine(input.inviterName);
  const workspace = oneLine(input.workspaceName);
  const role = ROLE_PHRASES[input.role];
  const expires = `${expiryFormat.format(input.expiresAt)} UTC`;
  const subject = `${inviter} invited you to ${workspace} on Askbase`;

  const body = html`${emailHeading(`Join ${workspace} on Askbase`)}
${emailParagraph(html`<strong>${inviter}</strong> invited you to join the workspace <strong>${workspace}</strong> as ${role}. Askbase answers questions from your team's documents, with citations.`)}
${emailButton('Accept the invitation', input.acceptUrl)}
${emailParagraph(html`Or paste this link into your browser:<br>${emailLink(input.acceptUrl)}`, { muted: true })}
${emailParagraph(`This invitation expires on ${expires}. If you did not expect it, you can ignore this email: nothing happens until you accept.`, { muted: true })}`;

  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: `${inviter} invited you to join ${workspace} as ${role}.`, body }),
    text: textLayout([
      `${inviter} invited you to join the workspace "${workspace}" on Askbase as ${role}.`,
      `Accept the invitation:\n${input.acceptUrl}`,
      `This invitation expires on ${expires}. If you did not expect it, you can ignore this email: nothing happens until you accept.`,
    ]),
  };
}
