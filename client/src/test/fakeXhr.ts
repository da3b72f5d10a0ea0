import { vi } from 'vitest';

/**
 * XMLHttpRequest under the test's control: each `new XMLHttpRequest()` lands in `FakeXhr.instances`, and the test
 * drives it (upload progress, the answer, a network error). jsdom's own one would try to reach a server.
 */
export class FakeXhr {
  static instances: FakeXhr[] = [];
  method = '';
  url = '';
  headers: Record<string, string> = {};
  body: unknown = null;
  status = 0;
  response: unknown = null;
  responseType = '';
  aborted = false;
  upload: { onprogress: ((event: { lengthComputable: boolean; loaded: number; total: number }) => void) | null } = { onprogress: null };
  onload: (() => void) | null = null;
  onerror: (() => void) | null = null;
  onabort: (() => void) | null = null;

  constructor() {
    FakeXhr.instances.push(this);
  }

  open(method: string, url: string) {
    this.method = method;
    this.url = url;
  }

  setRequestHeader(name: string, value: string) {
    this.headers[name] = value;
  }

  send(body: unknown) {
    this.body = body;
  }

  abort() {
    this.aborted = true;
    this.onabort?.();
  }

  progress(loaded: number, total: number) {
    this.upload.onprogress?.({ lengthComputable: true, loaded, total });
  }

  respond(status: number, response: unknown) {
    this.status = status;
    this.response = response;
    this.onload?.();
  }

  fail() {
    this.onerror?.();
  }

  static install() {
    FakeXhr.instances = [];
    vi.stubGlobal('XMLHttpRequest', FakeXhr);
  }

  static last(): FakeXhr {
    const last = FakeXhr.instances.at(-1);
    if (!last) throw new Error('No upload was started.');
    return last;
  }
}
