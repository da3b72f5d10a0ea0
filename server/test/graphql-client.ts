import { type Client, createClient } from 'graphql-ws';
import WebSocket from 'ws';

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  data?: T | null;
  errors?: Array<{ message: string; path?: string[]; extensions?: Record<string, unknown> }>;
}

/** A browser-like GraphQL client for tests: real HTTP, keeps the session cookie like a browser would. */
export class GraphQLTestClient {
  cookie: string | undefined;
  bearer: string | undefined;

  constructor(
    readonly baseUrl: string,
    private readonly options: { origin?: string } = {},
  ) {}

  async request<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    extraHeaders: Record<string, string> = {},
  ): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        ...extraHeaders,
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.bearer ? { authorization: `Bearer ${this.bearer}` } : {}),
        ...(this.options.origin ? { origin: this.options.origin } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status' | 'headers'>;
    return { status: response.status, headers: response.headers, ...body };
  }

  /** Like request(), but fails the test on any GraphQL error. */
  async ok<T = Record<string, unknown>>(query: string, variables?: Record<string, unknown>): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length || !result.data) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data;
  }

  /** A graphql-ws client on the same server, sending this client's cookie in the upgrade request. */
  websocket(options: { origin?: string; connectionParams?: Record<string, unknown>; headers?: Record<string, string> } = {}): Client {
    const cookie = this.cookie;
    const origin = options.origin ?? this.options.origin;
    const extra = options.headers ?? {};
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { ...extra, ...(cookie ? { cookie } : {}), ...(origin ? { origin } : {}) } });
      }
    }
    return createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      connectionParams: options.connectionParams,
      retryAttempts: 0,
      lazy: true,
    });
  }
}

/** Collects a subscription's results until it completes, errors, or `count` results arrived. */
export function collect<T>(
  client: Client,
  query: string,
  variables: Record<string, unknown>,
  count: number,
): Promise<{ results: T[]; error?: unknown }> {
  return new Promise((resolve) => {
    const results: T[] = [];
    let dispose: () => void = () => undefined;
    dispose = client.subscribe<T>(
      { query, variables },
      {
        next: (value) => {
          results.push(value as T);
          if (results.length >= count) {
            dispose();
            resolve({ results });
          }
        },
        error: (error) => resolve({ results, error }),
        complete: () => resolve({ results }),
      },
    );
  });
}

/** A subscription read one result at a time: `next()` resolves with the next result, or `done` once it completed. */
export function openSubscription<T>(client: Client, query: string, variables: Record<string, unknown>) {
  const queue: T[] = [];
  let done = false;
  let failure: unknown;
  let wake: (() => void) | undefined;
  const dispose = client.subscribe<T>(
    { query, variables },
    {
      next: (value) => {
        queue.push(value as T);
        wake?.();
      },
      error: (error) => {
        failure = error;
        done = true;
        wake?.();
      },
      complete: () => {
        done = true;
        wake?.();
      },
    },
  );
  return {
    async next(): Promise<{ value?: T; done: boolean; error?: unknown }> {
      while (queue.length === 0 && !done) await new Promise<void>((resolve) => (wake = resolve));
      const value = queue.shift();
      return value === undefined ? { done: true, error: failure } : { value, done: false };
    },
    dispose,
  };
}
