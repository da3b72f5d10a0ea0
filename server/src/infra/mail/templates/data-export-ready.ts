import type { OutgoingMail } from '../mail-message';
import { emailButton, emailHeading, emailLayout, emailParagraph, html, oneLine, textLayout, webUrl } from './layout';

export interface DataExportReadyMailInput {
  to: string;
  name: string;
  /** The archive itself; opening it needs the user's signed-in session. */
  downloadUrl: string;
  /** Where the export is shown, with its progress and a new-export button: `${appUrl}/account/privacy`. */
  accountUrl: string;
  expiresAt: Date;
}

const dateFormat = new Intl.DateTimeFormat('en-US', { dateStyle: 'long', timeStyle: 'short', timeZone: 'UTC' });

/** "Your Askbase data export is ready": the link, that it needs signing in, and until when it works. */
export function dataExportReadyMail(input: DataExportReadyMailInput): OutgoingMail {
  const name = oneLine(input.name);
  const until = `${dateFormat.format(input.expiresAt)} UTC`;
  const subject = 'Your Askbase data export is ready';
  const what = `The archive of your Askbase data you asked for is ready. Download it until ${until}; after that it is deleted.`;
  const how = 'The link works only while you are signed in to Askbase in your browser, so nobody else who sees this email can use it.';
  const notYou = `If you did not ask for it, change your password: someone may be signed in to your account. Your exports are listed at ${input.accountUrl}.`;
  const body = html`${emailHeading('Your data export is ready')}
${emailParagraph(`Hello ${name},`)}
${emailParagraph(what)}
${emailButton('Download my data', webUrl(input.downloadUrl))}
${emailParagraph(how, { muted: true })}
${emailParagraph(notYou, { muted: true })}`;
  return {
    to: input.to,
    subject,
    html: emailLayout({ title: subject, preheader: 'Your archive is ready to download for 7 days.', body }),
    text: textLayout([`Hello ${name},`, what, `Download it here:\n${input.downloadUrl}`, how, notYou]),
  };
}
