import WebSocket from 'ws';

/**
 * The server's heap after a full collection, through its inspector (`--inspect=127.0.0.1:<port>`): RSS and a heap
 * read at any moment rise and fall with the collector, what survives a full collection only grows with a leak.
 * Each reading pauses the server for the collection, so the soak takes them only when asked (`--heap-after-gc`).
 */
export class HeapAfterGc {
  private nextId = 0;
  private readonly waiting = new Map<number, (result: unknown) => void>();

  private constructor(private readonly socket: WebSocket) {
    socket.on('message', (data: Buffer) => {
      const message = JSON.parse(data.toString('utf8')) as { id?: number; result?: unknown };
      if (message.id !== undefined) this.waiting.get(message.id)?.(message.result);
    });
  }

  static async connect(inspectorPort: number): Promise<HeapAfterGc> {
    const targets = (await (await fetch(`http://127.0.0.1:${inspectorPort}/json/list`)).json()) as Array<{ webSocketDebuggerUrl: string }>;
    const url = targets[0]?.webSocketDebuggerUrl;
    if (!url) throw new Error(`no inspector target on port ${inspectorPort}`);
    const socket = new WebSocket(url);
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    return new HeapAfterGc(socket);
  }

  private send(method: string, params: Record<string, unknown> = {}): Promise<unknown> {
    const id = ++this.nextId;
    return new Promise((resolve) => {
      this.waiting.set(id, (result) => {
        this.waiting.delete(id);
        resolve(result);
      });
      this.socket.send(JSON.stringify({ id, method, params }));
    });
  }

  /** Bytes of heap in use after two full collections. */
  async read(): Promise<number> {
    await this.send('HeapProfiler.collectGarbage');
    await this.send('HeapProfiler.collectGarbage');
    const evaluated = (await this.send('Runtime.evaluate', { expression: 'process.memoryUsage().heapUsed', returnByValue: true })) as {
      result: { value: number };
    };
    return evaluated.result.value;
  }

  close(): void {
    this.socket.close();
  }
}
