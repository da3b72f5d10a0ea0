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

export interface VerificationMailInput {
  to: string;
  name: string;
  /** Built by the caller from APP_URL (never from the request's Host): `${appUrl}/verify-email?token=<token>`. */
  verifyUrl: string;
}

/** "Verify your email address": sent at sign-up and on resend. Also finishes a pending sign-up (same wording). */
export function verificationMail(input: VerificationMailInput): OutgoingMail {
  const name = oneLine(input.name);
  const subject = 'Verify your email address for Askbase';
  const body = html`${emailHeading('Verify your email address')}
${emailParagraph(html`Hi ${name}, confirm that <strong>${input.to}</strong> is your address to finish setting up your Askbase account.`)}
${emailButton('Verify my email', input.verifyUrl)}
${emailParagraph(html`Or paste this link into your browser:<br>${emailLink(input.verifyUrl)}`, { muted: true })}
${emailParagraph('This link works once and expires in 24 hours. If you did not sign up for Askbase, ignore this email: no account is confirmed without it.', { muted: true })}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: 'Confirm your address to finish setting up Askbase.', body }),
    text: textLayout([
      `Hi ${name}, confirm that ${input.to} is your address to finish setting up your Askbase account.`,
      `Verify your email:\n${input.verifyUrl}`,
      'This link works once and expires in 24 hours. If you did not sign up for Askbase, ignore this email: no account is confirmed without it.',
    ]),
  };
}

export interface SignUpAttemptMailInput {
  to: string;
  logInUrl: string;
}

/**
 * To the verified owner of an address someone tried to sign up with. Sign-up answers the same either way (so it
 * does not tell strangers which addresses have accounts); this mail is how the owner learns about it.
 */
export function signUpAttemptMail(input: SignUpAttemptMailInput): OutgoingMail {
  const subject = 'Someone tried to sign up for Askbase with your address';
  const body = html`${emailHeading('You already have an Askbase account')}
${emailParagraph(html`Someone just tried to create an Askbase account with <strong>${input.to}</strong>, which already has one. No new account was created.`)}
${emailParagraph('If it was you, log in instead. If you forgot your password, reset it from the log-in page.')}
${emailButton('Log in', input.logInUrl)}
${emailParagraph('If it was not you, you can ignore this email: your account has not changed.', { muted: true })}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: 'No new account was created: you already have one.', body }),
    text: textLayout([
      `Someone just tried to create an Askbase account with ${input.to}, which already has one. No new account was created.`,
      `If it was you, log in instead. If you forgot your password, reset it from the log-in page:\n${input.logInUrl}`,
      'If it was not you, you can ignore this email: your account has not changed.',
    ]),
  };
}
