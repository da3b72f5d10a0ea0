import type { TestApp } from './harness';
import { waitFor } from './wait-for';

export interface CapturedMail {
  to_address: string;
  subject: string;
  html: string;
  text: string;
}

/**
 * Waits for the mail worker to deliver `count` messages to `to` into the outbox; newest first. With `matching`,
 * only messages whose text matches count (an invitation among verification mails, say).
 */
export function waitForMail(
  app: TestApp,
  to: string,
  { count = 1, timeoutMs = 15_000, matching }: { count?: number; timeoutMs?: number; matching?: RegExp } = {},
): Promise<CapturedMail[]> {
  return waitFor(
    async () => {
      const all = await app.sql<CapturedMail>(
        'select to_address, subject, html, text from mail_outbox where to_address = ? order by created_at desc',
        [to],
      );
      const rows = matching ? all.filter((mail) => matching.test(mail.text)) : all;
      return rows.length >= count && rows;
    },
    { description: `${count} mail(s) to ${to}${matching ? ` matching ${matching}` : ''}`, timeoutMs },
  );
}

export const INVITATION_LINK = /\/invite\/[A-Za-z0-9_-]+/;
export const VERIFICATION_LINK = /\/verify-email\?token=[A-Za-z0-9_-]+/;

/** The verification token from the link in a captured mail. */
export function verificationTokenFrom(mail: CapturedMail): string {
  const match = /\/verify-email\?token=([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No verification link in: ${mail.text}`);
  return match[1];
}

/** The invitation token from the link in a captured mail. */
export function invitationTokenFrom(mail: CapturedMail): string {
  const match = /\/invite\/([A-Za-z0-9_-]+)/.exec(mail.text);
  if (!match?.[1]) throw new Error(`No invitation link in: ${mail.text}`);
  return match[1];
}
