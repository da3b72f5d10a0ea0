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

export interface ConfirmEmailChangeMailInput {
  /** The NEW address: the link proves the user receives mail there. */
  to: string;
  name: string;
  /** Built from APP_URL (never the request's Host): `${appUrl}/confirm-email-change?token=<token>`. */
  confirmUrl: string;
}

/** To the new address: the link that makes it the account's address. */
export function confirmEmailChangeMail(input: ConfirmEmailChangeMailInput): OutgoingMail {
  const name = oneLine(input.name);
  const subject = 'Confirm your new email address for Askbase';
  const intro = `Hi ${name}, you asked to use ${input.to} for your Askbase account. Confirm it to make the change; until then your account keeps its current address.`;
  const fine =
    'This link works once and expires in 24 hours; you need to be signed in to the account that asked. If you did not ask for this, ignore this email: nothing changes without it.';
  const body = html`${emailHeading('Confirm your new email address')}
${emailParagraph(html`Hi ${name}, you asked to use <strong>${input.to}</strong> for your Askbase account. Confirm it to make the change; until then your account keeps its current address.`)}
${emailButton('Confirm my new address', input.confirmUrl)}
${emailParagraph(html`Or paste this link into your browser:<br>${emailLink(input.confirmUrl)}`, { muted: true })}
${emailParagraph(fine, { muted: true })}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: 'Confirm the change of your Askbase address.', body }),
    text: textLayout([intro, `Confirm the change:\n${input.confirmUrl}`, fine]),
  };
}

export interface EmailChangeNoticeMailInput {
  /** The OLD address: its owner learns of the change whoever asked for it. */
  to: string;
  name: string;
  newEmail: string;
  /** Where to go if it was not them: `${appUrl}/forgot-password`. */
  forgotPasswordUrl: string;
}

const NOT_YOU =
  'If this was not you, someone knows your password: reset it now from the link below. That signs every device out, and the change cannot be confirmed without a signed-in session.';

/** To the old address when a change is requested: nothing has changed yet. */
export function emailChangeRequestedMail(input: EmailChangeNoticeMailInput): OutgoingMail {
  const name = oneLine(input.name);
  const subject = 'A change of your Askbase email address was requested';
  const what = `Someone signed in to your Askbase account asked to change its email address to ${input.newEmail}. Nothing changes until the link sent to that address is followed.`;
  const body = html`${emailHeading('Email change requested')}
${emailParagraph(`Hello ${name},`)}
${emailParagraph(html`Someone signed in to your Askbase account asked to change its email address to <strong>${input.newEmail}</strong>. Nothing changes until the link sent to that address is followed.`)}
${emailParagraph(NOT_YOU)}
${emailButton('Reset my password', input.forgotPasswordUrl)}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: `A change to ${input.newEmail} was requested.`, body }),
    text: textLayout([`Hello ${name},`, what, `${NOT_YOU}\n${input.forgotPasswordUrl}`]),
  };
}

/**
 * To the old address once the change is confirmed. No reset link here: this address no longer has an account, so a
 * reset from it would reach nobody (the "requested" mail, sent while it still did, carries one: a reset then ends
 * every session, and confirming needs one).
 */
export function emailChangedMail(input: Omit<EmailChangeNoticeMailInput, 'forgotPasswordUrl'>): OutgoingMail {
  const name = oneLine(input.name);
  const subject = 'Your Askbase email address was changed';
  const what = `The email address of your Askbase account is now ${input.newEmail}. This address no longer signs in and gets no more mail from Askbase.`;
  const notYou =
    'If you did not make this change, someone had your password and that mailbox: contact Askbase support from this address so the account can be restored.';
  const body = html`${emailHeading('Your email address was changed')}
${emailParagraph(`Hello ${name},`)}
${emailParagraph(html`The email address of your Askbase account is now <strong>${input.newEmail}</strong>. This address no longer signs in and gets no more mail from Askbase.`)}
${emailParagraph(notYou)}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: `Your account's address is now ${input.newEmail}.`, body }),
    text: textLayout([`Hello ${name},`, what, notYou]),
  };
}
