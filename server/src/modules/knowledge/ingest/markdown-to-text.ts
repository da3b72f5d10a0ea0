import { scanLines } from './markdown-lines';

const FRONT_MATTER = /^(?:---|\+\+\+)[ \t]*\n[\s\S]*?\n(?:---|\+\+\+|\.\.\.)[ \t]*(?:\n|$)/;
const SETEXT_UNDERLINE = /^ {0,3}(=+|-+)[ \t]*$/;
const TABLE_RULE = /^\s*\|?\s*:?-{3,}:?\s*(?:\|\s*:?-{3,}:?\s*)*\|?\s*$/;
const REFERENCE_DEFINITION = /^ {0,3}\[[^\]]+\]:\s+\S+/;

/** Inline syntax a reader does not see: link targets, images, emphasis markers, inline-code ticks. */
function cleanInline(line: string): string {
  return line
    .replace(/<!--[\s\S]*?-->/g, '')
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/(\*\*|__)(?=\S)(.+?)(?<=\S)\1/g, '$2')
    .replace(/(^|[^\w*])\*(?=\S)([^*\n]+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/`([^`\n]+)`/g, '$1')
    .replace(/^ {0,3}> ?/, '');
}

/**
 * Markdown as reading text that keeps its structure: headings stay `#` lines (setext ones become `#`/`##`), code
 * blocks stay fenced, and only the markup a reader would not see goes.
 */
export function markdownToText(markdown: string): string {
  const body = markdown.replace(FRONT_MATTER, '');
  const lines = scanLines(body);
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const current = lines[i];
    if (!current) continue;
    if (current.inCode) {
      out.push(current.line);
      continue;
    }
    if (current.heading) {
      out.push(`${'#'.repeat(current.heading.level)} ${cleanInline(current.heading.text)}`);
      continue;
    }
    const underline = lines[i + 1];
    const setext = underline && !underline.inCode ? SETEXT_UNDERLINE.exec(underline.line)?.[1] : undefined;
    const isParagraphLine = current.line.trim() !== '' && !/^\s*(?:[-*+]\s|\d+[.)]\s|>|\|)/.test(current.line);
    if (setext && isParagraphLine) {
      out.push(`${setext.startsWith('=') ? '#' : '##'} ${cleanInline(current.line.trim())}`);
      i++;
      continue;
    }
    // Thematic breaks, table rules and link reference definitions carry no text.
    if (/^ {0,3}(?:[-*_][ \t]*){3,}$/.test(current.line) || TABLE_RULE.test(current.line)) continue;
    if (REFERENCE_DEFINITION.test(current.line)) continue;
    out.push(cleanInline(current.line));
  }
  return out.join('\n');
}
