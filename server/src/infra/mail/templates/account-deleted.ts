import type { OutgoingMail } from '../mail-message';
import { emailHeading, emailLayout, emailParagraph, html, oneLine, textLayout } from './layout';

export interface AccountDeletedMailInput {
  to: string;
  name: string;
  at: Date;
  /** Names of the workspaces deleted with the account (the ones only this user was in). */
  deletedWorkspaces: string[];
}

const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** "Your Askbase account was deleted": when, what went with it, and what stayed with the teams. */
export function accountDeletedMail(input: AccountDeletedMailInput): OutgoingMail {
  const name = oneLine(input.name);
  const subject = 'Your Askbase account was deleted';
  const what = `Your Askbase account was deleted on ${timeFormat.format(input.at)} UTC, with your conversations, saved questions, sessions, API tokens and data exports. Every device that was signed in has been signed out.`;
  const workspaces =
    input.deletedWorkspaces.length > 0
      ? `These workspaces, where you were the only member, were deleted too: ${input.deletedWorkspaces.map(oneLine).join(', ')}.`
      : null;
  const kept =
    'Documents you added to workspaces shared with others stay there for the team, no longer attributed to you; workspace audit logs keep their entries without your name or address.';
  const notYou = 'If you did not do this, someone knew your password: change it wherever else you use it.';
  const paragraphs = [`Hello ${name},`, what, ...(workspaces ? [workspaces] : []), kept, notYou];
  const body = html`${emailHeading('Your account was deleted')}
${paragraphs.map((paragraph) => emailParagraph(paragraph))}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: 'Your Askbase account and its data were deleted.', body }),
    text: textLayout(paragraphs),
  };
}
