import type { OutgoingMail } from '../mail-message';
import { emailButton, emailHeading, emailLayout, emailParagraph, html, oneLine, textLayout } from './layout';

export interface PasswordChangedMailInput {
  to: string;
  name: string;
  /** 'changed': from the account settings; 'reset': through a mailed reset link. */
  how: 'changed' | 'reset';
  /** Where to ask for a reset link if this was not the user: `${appUrl}/forgot-password`. */
  forgotPasswordUrl: string;
  at: Date;
}

const timeFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** "Your Askbase password was changed": when, what happened to other sessions, and what to do if it was not them. */
export function passwordChangedMail(input: PasswordChangedMailInput): OutgoingMail {
  const name = oneLine(input.name);
  const when = `${timeFormat.format(input.at)} UTC`;
  const subject = 'Your Askbase password was changed';
  const what =
    input.how === 'reset'
      ? `The password of your Askbase account was reset with an emailed link on ${when}. Every device that was signed in has been signed out.`
      : `The password of your Askbase account was changed on ${when}. Every other device that was signed in has been signed out.`;
  const notYou = 'If this was not you, reset your password now and check your account: someone may know your password.';
  const body = html`${emailHeading('Your password was changed')}
${emailParagraph(`Hello ${name},`)}
${emailParagraph(what)}
${emailParagraph(notYou)}
${emailButton('Reset my password', input.forgotPasswordUrl)}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: 'The password of your Askbase account was changed.', body }),
    text: textLayout([`Hello ${name},`, what, `${notYou}\n${input.forgotPasswordUrl}`]),
  };
}
