import type { OutgoingMail } from '../mail-message';
import { emailButton, emailHeading, emailLayout, emailLink, emailParagraph, html, textLayout } from './layout';

export interface PasswordResetMailInput {
  to: string;
  /** Built by the caller from APP_URL (never from the request's Host): `${appUrl}/reset-password?token=<token>`. */
  resetUrl: string;
  /** How long the link works, in minutes. */
  validForMinutes: number;
}

/** "Reset your Askbase password": a button, the link spelled out, how long it works, what to do if unexpected. */
export function passwordResetMail(input: PasswordResetMailInput): OutgoingMail {
  const subject = 'Reset your Askbase password';
  const validity = `This link works once, for ${input.validForMinutes} minutes.`;
  const unexpected = 'If you did not ask for this, ignore this email: your password stays as it is.';
  const body = html`${emailHeading('Reset your password')}
${emailParagraph('Someone, hopefully you, asked to reset the password of the Askbase account for this address. Choose a new password with the button below; every device signed in to the account will be signed out.')}
${emailButton('Choose a new password', input.resetUrl)}
${emailParagraph(html`Or paste this link into your browser:<br>${emailLink(input.resetUrl)}`, { muted: true })}
${emailParagraph(`${validity} ${unexpected}`, { muted: true })}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: 'Choose a new password for your Askbase account.', body }),
    text: textLayout([
      'Someone, hopefully you, asked to reset the password of the Askbase account for this address.',
      `Choose a new password:\n${input.resetUrl}`,
      `${validity} Every device signed in to the account will be signed out. ${unexpected}`,
    ]),
  };
}
