/** One message to one recipient, rendered and ready to send: what a mail job carries and a driver delivers. */
export interface OutgoingMail {
  to: string;
  subject: string;
  html: string;
  /** The plain-text alternative: shown by clients that do not render HTML, and read by spam filters. */
  text: string;
}
