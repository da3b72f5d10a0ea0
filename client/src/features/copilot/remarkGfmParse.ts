import { gfmFromMarkdown } from 'mdast-util-gfm';
import { gfm } from 'micromark-extension-gfm';
// remark-parse declares the processor data its extensions go in.
import type {} from 'remark-parse';
import type { Processor } from 'unified';

/**
 * remark-gfm without its Markdown serialiser: answers are parsed (tables, task lists, strikethrough, autolinks,
 * footnotes), never written back to Markdown, and remark-gfm's `toMarkdown` half brought mdast-util-to-markdown
 * (≈ 8 kB gzip) into the chat's chunks for nothing.
 */
export function remarkGfmParse(this: Processor): void {
  const data = this.data();
  data.micromarkExtensions = [...(data.micromarkExtensions ?? []), gfm()];
  data.fromMarkdownExtensions = [...(data.fromMarkdownExtensions ?? []), gfmFromMarkdown()];
}
