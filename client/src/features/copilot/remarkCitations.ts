import type { Emphasis, Nodes, PhrasingContent, Root, Text } from 'mdast';

// "[1]", "[12]": the markers answers use for their numbered sources.
const MARKER = /\[(\d{1,3})\]/g;

/** The attribute that carries the citation number on the rendered marker (`data-citation`). */
export const CITATION_PROPERTY = 'dataCitation';

/**
 * Remark plugin: turns each [n] in the answer's prose into a `<cite data-citation="n">` element, which the renderer
 * swaps for a button that opens the passage. Code and link texts are left alone (a button cannot sit in a link).
 */
export function remarkCitations() {
  return (tree: Root) => visit(tree);
}

function visit(node: Nodes): void {
  if (!('children' in node) || node.type === 'link' || node.type === 'linkReference') return;
  const children: Nodes[] = [];
  for (const child of node.children) {
    if (child.type === 'text') children.push(...splitMarkers(child));
    else {
      visit(child);
      children.push(child);
    }
  }
  (node as { children: Nodes[] }).children = children;
}

function splitMarkers(text: Text): PhrasingContent[] {
  const parts: PhrasingContent[] = [];
  let last = 0;
  for (const match of text.value.matchAll(MARKER)) {
    if (match.index > last) parts.push({ type: 'text', value: text.value.slice(last, match.index) });
    parts.push(citationNode(Number(match[1])));
    last = match.index + match[0].length;
  }
  if (parts.length === 0) return [text];
  if (last < text.value.length) parts.push({ type: 'text', value: text.value.slice(last) });
  return parts;
}

function citationNode(index: number): Emphasis {
  return {
    type: 'emphasis',
    data: { hName: 'cite', hProperties: { [CITATION_PROPERTY]: index } },
    children: [{ type: 'text', value: `[${index}]` }],
  };
}
