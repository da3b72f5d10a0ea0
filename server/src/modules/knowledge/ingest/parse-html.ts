import { type Document, DomHandler } from 'domhandler';
import { Parser } from 'htmlparser2';

/**
 * Elements nested deeper than this are not opened: their text goes to the deepest element kept, and their end tags
 * close elements early (harmless on a page that nests this deep, and no real page does). htmlparser2 keeps its
 * stack of open elements in an array it `unshift`s and `indexOf`s, so each open and each unmatched end tag costs
 * time in proportion to the depth: 100,000 nested `<div>`s take minutes. A bounded stack makes parsing linear.
 */
const MAX_OPEN_ELEMENTS = 256;

/** What the cap needs of htmlparser2 10's Parser internals (the pinned version; the nesting tests guard it). */
interface ParserInternals {
  stack: string[];
  tagname: string;
  emitOpenTag(name: string): void;
}

class DepthLimitedParser extends Parser {}

const parserInternals = Parser.prototype as unknown as ParserInternals;
(DepthLimitedParser.prototype as unknown as ParserInternals).emitOpenTag = function emitOpenTag(this: ParserInternals, name: string) {
  if (this.stack.length >= MAX_OPEN_ELEMENTS) {
    // Nothing is opened, so the tag's attributes and its end must not be reported either.
    this.tagname = '';
    return;
  }
  parserInternals.emitOpenTag.call(this, name);
};

/** A DOM of the page (entities decoded, unclosed tags closed the way browsers do), in linear time. */
export function parseHtml(html: string): Document {
  const handler = new DomHandler();
  new DepthLimitedParser(handler, { decodeEntities: true }).end(html);
  return handler.root;
}
