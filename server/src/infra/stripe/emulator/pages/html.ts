/** Escapes text for HTML bodies and attribute values (double-quoted). Everything rendered goes through it. */
export function escapeHtml(value: unknown): string {
  return String(value ?? '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;');
}

/** A tagged template that escapes every interpolated value unless it is already `SafeHtml`. */
export class SafeHtml {
  constructor(readonly html: string) {}
  toString(): string {
    return this.html;
  }
}

export function html(strings: TemplateStringsArray, ...values: unknown[]): SafeHtml {
  let out = strings[0] ?? '';
  values.forEach((value, index) => {
    out += renderValue(value) + (strings[index + 1] ?? '');
  });
  return new SafeHtml(out);
}

function renderValue(value: unknown): string {
  if (value instanceof SafeHtml) return value.html;
  if (Array.isArray(value)) return value.map(renderValue).join('');
  if (value === null || value === undefined || value === false) return '';
  return escapeHtml(value);
}

export function formatAmount(cents: number | null, currency: string): string {
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: currency.toUpperCase() }).format((cents ?? 0) / 100);
}

export function formatDate(seconds: number): string {
  return new Date(seconds * 1000).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });
}

/** The page frame: no scripts, no external assets, a banner saying this is not the real Stripe. */
export function page(title: string, body: SafeHtml): string {
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>
  body { font-family: system-ui, sans-serif; background: #f6f9fc; color: #1a1f36; margin: 0; }
  main { max-width: 32rem; margin: 2rem auto; background: #fff; border-radius: 8px; padding: 2rem; box-shadow: 0 2px 8px rgba(0,0,0,.08); }
  .banner { background: #ffe8a3; text-align: center; padding: .4rem; font-size: .85rem; }
  .error { color: #b42318; background: #fef3f2; border: 1px solid #fecdca; padding: .6rem; border-radius: 6px; }
  .notice { color: #05603a; background: #ecfdf3; border: 1px solid #abefc6; padding: .6rem; border-radius: 6px; }
  label { display: block; margin: 1rem 0 .3rem; font-weight: 600; }
  input { width: 100%; box-sizing: border-box; padding: .6rem; font-size: 1rem; border: 1px solid #c1c9d2; border-radius: 6px; }
  button { margin-top: 1rem; padding: .6rem 1.2rem; font-size: 1rem; border: 0; border-radius: 6px; background: #635bff; color: #fff; cursor: pointer; }
  button.secondary { background: #e3e8ee; color: #1a1f36; }
  section { border-top: 1px solid #e3e8ee; margin-top: 1.5rem; padding-top: 1rem; }
  table { width: 100%; border-collapse: collapse; } td, th { text-align: left; padding: .3rem 0; }
  .price { font-size: 2rem; font-weight: 700; }
</style>
</head>
<body>
<div class="banner" role="note">Stripe emulator: test mode, no real payments</div>
<main>${body}</main>
</body>
</html>`.html;
}
