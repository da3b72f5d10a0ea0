export interface ServerSentEvent {
  /** The `event:` field; "message" when absent. */
  event: string;
  data: string;
}

/**
 * An incremental parser for text/event-stream (WHATWG HTML, "Parsing an event stream"): feed it decoded text in
 * pieces of any size, get back the events completed so far. Lines end in \n, \r\n or \r (a \r at the end of a piece
 * waits for the next one, which may bring its \n); `data:` lines of one event join with \n; comments (`:`) and
 * unknown fields are ignored. A small parser of our own because eventsource-parser's current major wants Node 22.
 */
export class SseParser {
  private buffer = '';
  private data: string[] = [];
  private event = '';

  push(text: string): ServerSentEvent[] {
    this.buffer += text;
    const events: ServerSentEvent[] = [];
    let start = 0;
    for (let i = 0; i < this.buffer.length; i++) {
      const char = this.buffer[i];
      if (char !== '\n' && char !== '\r') continue;
      if (char === '\r' && i === this.buffer.length - 1) break; // maybe the first half of \r\n
      this.line(this.buffer.slice(start, i), events);
      if (char === '\r' && this.buffer[i + 1] === '\n') i++;
      start = i + 1;
    }
    this.buffer = this.buffer.slice(start);
    return events;
  }

  /**
   * The stream has ended. The specification drops an event not closed by a blank line; servers that omit the final
   * blank line after `data: [DONE]` exist, so a complete last line is still dispatched.
   */
  end(): ServerSentEvent[] {
    const events: ServerSentEvent[] = [];
    if (this.buffer) this.line(this.buffer.replace(/\r$/, ''), events);
    this.buffer = '';
    this.line('', events);
    return events;
  }

  private line(line: string, events: ServerSentEvent[]): void {
    if (line === '') {
      if (this.data.length > 0) events.push({ event: this.event || 'message', data: this.data.join('\n') });
      this.data = [];
      this.event = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    const value = colon === -1 ? '' : line.slice(colon + 1).replace(/^ /, '');
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
  }
}
