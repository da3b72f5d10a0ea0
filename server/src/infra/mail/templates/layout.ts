/**
 * The building blocks of every mail: an HTML layout that mail clients render alike (tables, inline styles, no CSS
 * classes, no scripts, no images to block) and its plain-text counterpart. Everything interpolated is escaped unless
 * it is SafeHtml, so a workspace named `<script>` arrives as text.
 */

/** HTML that is already safe: built by `html` or by the helpers below. `html` inserts it as is. */
export class SafeHtml {
  constructor(readonly value: string) {}

  toString(): string {
    return this.value;
  }
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML element or a quoted attribute value. */
export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);
}

const render = (value: unknown): string => {
  if (value instanceof SafeHtml) return value.value;
  if (Array.isArray(value)) return value.map(render).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
};

/** Template tag: escapes every interpolated value except SafeHtml; arrays are joined, null/undefined/false vanish. */
export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += render(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

/** Header values stay on one line: a line break in a name must not start a new header or a second subject line. */
export function oneLine(value: string): string {
  return value.replace(/\s+/g, ' ').trim();
}

/** Links in mail are http(s) only: a `javascript:` or `data:` href would be code in the reader's mail client. */
export function webUrl(url: string): string {
  const protocol = URL.canParse(url) ? new URL(url).protocol : '';
  if (protocol !== 'http:' && protocol !== 'https:') throw new Error(`Mail links must be http(s) URLs, got ${JSON.stringify(url)}`);
  return url;
}

const FONT = '-apple-system, BlinkMacSystemFont, Segoe UI, Roboto, Helvetica, Arial, sans-serif';
const TEXT_COLOR = '#1f2933';
const MUTED_COLOR = '#616e7c';
const ACCENT = '#1c7ed6';

export function emailHeading(text: string): SafeHtml {
  return html`<h1 style="margin:0 0 16px;font-family:${FONT};font-size:22px;line-height:30px;font-weight:700;color:${TEXT_COLOR};">${text}</h1>`;
}

export function emailParagraph(content: string | SafeHtml, options: { muted?: boolean } = {}): SafeHtml {
  const size = options.muted ? '14px;line-height:20px' : '16px;line-height:24px';
  const color = options.muted ? MUTED_COLOR : TEXT_COLOR;
  return html`<p style="margin:0 0 16px;font-family:${FONT};font-size:${size};color:${color};">${content}</p>`;
}

/** A plain link showing its own URL: the fallback under a button, for clients that mangle buttons. */
export function emailLink(url: string, label: string = url): SafeHtml {
  return html`<a href="${webUrl(url)}" style="color:${ACCENT};text-decoration:underline;word-break:break-all;">${label}</a>`;
}

/** A "bulletproof" button: a coloured table cell around a link, which Outlook renders too. */
export function emailButton(label: string, url: string): SafeHtml {
  return html`<table role="presentation" cellpadding="0" cellspacing="0" border="0" style="margin:8px 0 24px;">
  <tr>
    <td align="center" bgcolor="${ACCENT}" style="border-radius:6px;background-color:${ACCENT};">
      <a href="${webUrl(url)}" target="_blank" style="display:inline-block;padding:12px 24px;font-family:${FONT};font-size:16px;font-weight:600;line-height:20px;color:#ffffff;text-decoration:none;border-radius:6px;">${label}</a>
    </td>
  </tr>
</table>`;
}

export interface EmailLayoutContent {
  /** The document title; some clients show it. */
  title: string;
  /** The preview line inboxes show after the subject; hidden in the message itself. */
  preheader: string;
  body: SafeHtml;
}

export function emailLayout({ title, preheader, body }: EmailLayoutContent): string {
  return html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light">
<title>${title}</title>
</head>
<body style="margin:0;padding:0;background-color:#f4f5f7;">
<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;color:transparent;">${preheader}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="background-color:#f4f5f7;">
  <tr>
    <td align="center" style="padding:32px 16px;">
      <table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0" style="max-width:560px;background-color:#ffffff;border:1px solid #e4e7eb;border-radius:8px;">
        <tr>
          <td style="padding:32px;">
            <p style="margin:0 0 24px;font-family:${FONT};font-size:18px;font-weight:700;color:${ACCENT};">Askbase</p>
            ${body}
          </td>
        </tr>
      </table>
      <p style="margin:16px 0 0;font-family:${FONT};font-size:12px;line-height:18px;color:${MUTED_COLOR};">Sent by Askbase, the workspace Q&amp;A copilot.</p>
    </td>
  </tr>
</table>
</body>
</html>
`.value;
}

/** The plain-text version: paragraphs separated by blank lines, URLs on lines of their own, a signature. */
export function textLayout(paragraphs: string[]): string {
  return `${[...paragraphs, '-- \nSent by Askbase, the workspace Q&A copilot.'].join('\n\n')}\n`;
}
