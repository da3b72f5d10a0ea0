import { describe, expect, it } from 'vitest';
import { emailButton, emailLayout, escapeHtml, html, oneLine, SafeHtml, textLayout, webUrl } from './layout';

describe('escapeHtml and the html tag', () => {
  it('escapes the five characters that matter in elements and quoted attributes', () => {
    expect(escapeHtml(`<a href="x" title='y'>&</a>`)).toBe('&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;&lt;/a&gt;');
  });

  it('escapes every interpolated value but SafeHtml, joins arrays and drops null, undefined and false', () => {
    const name = '<img src=x onerror=alert(1)>';
    const out = html`<p title="${name}">${name} ${html`<b>${name}</b>`} ${[1, '<2>']} ${null}${undefined}${false}</p>`;
    expect(out).toBeInstanceOf(SafeHtml);
    expect(out.value).toBe(
      '<p title="&lt;img src=x onerror=alert(1)&gt;">&lt;img src=x onerror=alert(1)&gt; <b>&lt;img src=x onerror=alert(1)&gt;</b> 1&lt;2&gt; </p>',
    );
  });

  it('keeps header values on one line', () => {
    expect(oneLine('  Acme\r\nBcc: victim@example.com\tTeam ')).toBe('Acme Bcc: victim@example.com Team');
  });
});

describe('links', () => {
  it('accepts http and https only', () => {
    expect(webUrl('https://askbase.example.com/invite/abc')).toBe('https://askbase.example.com/invite/abc');
    expect(() => webUrl('javascript:alert(1)')).toThrow(/http\(s\) URLs/);
    expect(() => webUrl('/invite/abc')).toThrow(/http\(s\) URLs/);
  });

  it('escapes the URL inside the button', () => {
    expect(emailButton('Go', 'https://x.test/?a=1&b="2"').value).toContain('href="https://x.test/?a=1&amp;b=&quot;2&quot;"');
  });
});

describe('emailLayout', () => {
  it('is a whole document with the escaped title and preheader around the body, and no scripts', () => {
    const page = emailLayout({ title: 'A & B', preheader: '<hidden>', body: html`<p>Body</p>` });
    expect(page).toMatch(/^<!DOCTYPE html>/);
    expect(page).toContain('<title>A &amp; B</title>');
    expect(page).toContain('&lt;hidden&gt;');
    expect(page).toContain('<p>Body</p>');
    expect(page).not.toMatch(/<script|<link|<img/i);
  });
});

describe('textLayout', () => {
  it('separates paragraphs with blank lines and signs off', () => {
    expect(textLayout(['One.', 'Two:\nhttps://x.test'])).toBe(
      'One.\n\nTwo:\nhttps://x.test\n\n-- \nSent by Askbase, the workspace Q&A copilot.\n',
    );
  });
});
