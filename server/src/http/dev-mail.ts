import type { EntityManager } from '@mikro-orm/postgresql';
import express, { type Response, type Router } from 'express';
import { OutboxMail } from '../infra/mail/outbox-mail.entity';
import { escapeHtml, html, SafeHtml } from '../infra/mail/templates/layout';

export interface DevMailOptions {
  /** The app's root entity manager; each request forks it. */
  rootEm: EntityManager;
  /** False in production: the outbox holds invitation links, so the pages answer 404 there. */
  enabled: boolean;
  /** With SMTP_URL set, new mail goes to the SMTP server and the page says so. */
  smtpConfigured: boolean;
}

const LIST_LIMIT = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * /dev/mail: the captured mail outbox, so sign-up-to-invitation flows work with no mail server. Server-rendered,
 * everything escaped, no scripts (the CSP forbids inline ones; inline styles are allowed).
 */
export function devMailRouter(options: DevMailOptions): Router {
  const router = express.Router();
  if (!options.enabled) {
    // Explicit, so the client's SPA fallback does not answer these paths with index.html.
    router.use('/dev/mail', (_req, res) => {
      res.status(404).type('text/plain').send('Not found');
    });
    return router;
  }

  router.get('/dev/mail', async (_req, res) => {
    const em = options.rootEm.fork();
    const [mails, total] = await em.findAndCount(OutboxMail, {}, { orderBy: { createdAt: 'desc', id: 'desc' }, limit: LIST_LIMIT });
    const rows = mails.map(
      (mail) => html`<tr>
  <td class="time">${formatTime(mail.createdAt)}</td>
  <td>${mail.toAddress}</td>
  <td><a href="/dev/mail/${mail.id}">${mail.subject || '(no subject)'}</a></td>
</tr>`,
    );
    const shown = total > mails.length ? html`<p class="muted">The newest ${mails.length} of ${total} messages.</p>` : '';
    const table =
      mails.length === 0
        ? html`<p class="empty">No mail yet. Invite someone to a workspace and the message shows up here.</p>`
        : html`<table class="outbox">
  <thead><tr><th>Time (UTC)</th><th>To</th><th>Subject</th></tr></thead>
  <tbody>${rows}</tbody>
</table>${shown}`;
    sendPage(res, 'Mail outbox', html`<h1>Mail outbox</h1>${notice(options.smtpConfigured)}${table}`);
  });

  router.get('/dev/mail/:id', async (req, res) => {
    const mail = UUID.test(req.params.id) ? await options.rootEm.fork().findOne(OutboxMail, req.params.id) : null;
    if (!mail) {
      res.status(404);
      sendPage(res, 'Message not found', html`<p><a href="/dev/mail">← All mail</a></p><h1>Message not found</h1>`);
      return;
    }
    const asText = req.query.format === 'text';
    const self = `/dev/mail/${mail.id}`;
    const switcher = asText
      ? html`<a href="${self}">HTML</a> · <strong>Plain text</strong>`
      : html`<strong>HTML</strong> · <a href="${self}?format=text">Plain text</a>`;
    const content = asText
      ? html`<pre class="mail-text">${linkify(mail.text)}</pre>`
      : html`<div class="mail-html">${trustedMailBody(mail.html)}</div>`;
    sendPage(
      res,
      mail.subject,
      html`<p><a href="/dev/mail">← All mail</a></p>
<h1>${mail.subject || '(no subject)'}</h1>
<dl>
  <dt>To</dt><dd>${mail.toAddress}</dd>
  <dt>Time</dt><dd>${formatTime(mail.createdAt)} UTC</dd>
  <dt>View</dt><dd>${switcher}</dd>
</dl>
${content}`,
    );
  });
  return router;
}

function notice(smtpConfigured: boolean): SafeHtml {
  return smtpConfigured
    ? html`<p class="notice">SMTP_URL is set: mail goes to that SMTP server and is not captured here. Older captured messages are listed below.</p>`
    : html`<p class="notice">No SMTP_URL is set, so mail is captured here instead of being sent. This page exists outside production only.</p>`;
}

const formatTime = (date: Date) => date.toISOString().replace('T', ' ').slice(0, 19);

/**
 * A stored message's HTML comes from our templates, which escape every value: it is shown as HTML, links and all.
 * Only its <body> is kept, because a whole document cannot nest inside this page; the layout's styles are inline.
 */
function trustedMailBody(document: string): SafeHtml {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(document)?.[1] ?? document;
  return new SafeHtml(body);
}

/** Plain text, escaped, with its http(s) URLs made clickable. */
function linkify(text: string): SafeHtml {
  // A URL ends before trailing punctuation, so "see https://x.test/a." links to https://x.test/a.
  return new SafeHtml(escapeHtml(text).replace(/https?:\/\/[^\s<>"']*[^\s<>"'.,;:!?)]/g, (url) => `<a href="${url}">${url}</a>`));
}

const STYLE = `
  body { margin: 0; padding: 24px; font: 15px/1.5 system-ui, sans-serif; color: #1f2933; background: #f4f5f7; }
  main { max-width: 960px; margin: 0 auto; background: #fff; border: 1px solid #e4e7eb; border-radius: 8px; padding: 24px 32px; }
  main > h1 { font-size: 22px; margin: 0 0 16px; }
  a { color: #1c7ed6; }
  /* Scoped to the list: the rules must not reach the tables of a message's own HTML. */
  table.outbox { width: 100%; border-collapse: collapse; }
  .outbox th, .outbox td { text-align: left; padding: 8px; border-bottom: 1px solid #e4e7eb; vertical-align: top; }
  .outbox th { font-size: 13px; color: #616e7c; font-weight: 600; }
  .outbox td.time { white-space: nowrap; font-variant-numeric: tabular-nums; color: #616e7c; }
  .notice { background: #e7f5ff; border: 1px solid #a5d8ff; border-radius: 6px; padding: 8px 12px; }
  .muted, .empty { color: #616e7c; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 4px 16px; margin: 0 0 16px; }
  dt { color: #616e7c; }
  dd { margin: 0; }
  .mail-html { border: 1px solid #e4e7eb; border-radius: 6px; overflow: auto; }
  .mail-text { border: 1px solid #e4e7eb; border-radius: 6px; padding: 16px; white-space: pre-wrap; word-break: break-word; font: 14px/1.5 ui-monospace, monospace; }
`;

function sendPage(res: Response, title: string, body: SafeHtml): void {
  res
    .type('html')
    .set('Cache-Control', 'no-store')
    .send(
      html`<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${title} · Askbase dev</title>
<style>${new SafeHtml(STYLE)}</style>
</head>
<body><main>${body}</main></body>
</html>
`.value,
    );
}
