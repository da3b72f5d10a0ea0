import { once } from 'node:events';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { CreateEmbeddingResponse, EmbeddingCreateParams } from 'openai/resources/embeddings';

/** What the server does with the next request; without one it embeds the inputs. */
export type EmbeddingsScenario =
  | { kind: 'error'; status: number; body: unknown }
  | { kind: 'hang' }
  /** Vectors of this many dimensions instead of the server's own. */
  | { kind: 'dimensions'; dimensions: number }
  | { kind: 'raw'; body: string };

export interface EmbeddingsServerOptions {
  dimensions?: number;
  /**
   * Groups of words the fake model takes as one meaning: each word of a group lands in the same dimension, so
   * "reimbursement" sits next to "refund" while sharing no word with it, which a lexical search cannot see.
   */
  synonyms?: string[][];
}

export interface EmbeddingsServer {
  /** As configured in EMBEDDINGS_BASE_URL: "http://127.0.0.1:PORT/v1". */
  baseUrl: string;
  /** Every request's path, headers and parsed body. */
  requests: Array<{ path: string; headers: http.IncomingHttpHeaders; body: EmbeddingCreateParams }>;
  next(scenario: EmbeddingsScenario): void;
  close(): Promise<void>;
}

/** FNV-1a: a stable hash, so a word lands in the same dimension in every run. */
function hash(text: string): number {
  let value = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) value = Math.imul(value ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return value;
}

/**
 * A deterministic "model": a hashed bag of words (lower-cased, letters and digits), each synonym group counted as
 * its first word. Texts that share words or meanings point the same way; tests can compute the expected ranking.
 */
export function fakeEmbedding(text: string, dimensions: number, synonyms: string[][] = []): number[] {
  const canonical = new Map<string, string>();
  for (const group of synonyms) for (const word of group) canonical.set(word.toLowerCase(), group[0]?.toLowerCase() ?? word);
  const vector = new Array<number>(dimensions).fill(0);
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    const index = hash(canonical.get(word) ?? word) % dimensions;
    vector[index] = (vector[index] ?? 0) + 1;
  }
  return vector;
}

/** A real HTTP server on 127.0.0.1 (random port) that speaks OpenAI's embeddings API with the fake model above. */
export async function startEmbeddingsServer(options: EmbeddingsServerOptions = {}): Promise<EmbeddingsServer> {
  const dimensions = options.dimensions ?? 256;
  const scenarios: EmbeddingsScenario[] = [];
  const requests: EmbeddingsServer['requests'] = [];

  const server = http.createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const piece of req) chunks.push(piece as Buffer);
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as EmbeddingCreateParams;
    requests.push({ path: req.url ?? '', headers: req.headers, body });
    const scenario = scenarios.shift();
    if (scenario?.kind === 'hang') return; // headers never sent: the client's time-out must end it
    if (scenario?.kind === 'error') {
      res.writeHead(scenario.status, { 'content-type': typeof scenario.body === 'string' ? 'text/html' : 'application/json' });
      res.end(typeof scenario.body === 'string' ? scenario.body : JSON.stringify(scenario.body));
      return;
    }
    if (scenario?.kind === 'raw') {
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(scenario.body);
      return;
    }
    const size = scenario?.kind === 'dimensions' ? scenario.dimensions : dimensions;
    const inputs = Array.isArray(body.input) ? (body.input as string[]) : [String(body.input)];
    const response: CreateEmbeddingResponse = {
      object: 'list',
      model: body.model,
      // Answered in reverse order, as servers may: the client must place vectors by `index`.
      data: inputs
        .map((input, index) => ({ object: 'embedding' as const, index, embedding: fakeEmbedding(input, size, options.synonyms) }))
        .reverse(),
      usage: { prompt_tokens: 0, total_tokens: 0 },
    };
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify(response));
  });
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as AddressInfo;

  return {
    baseUrl: `http://127.0.0.1:${port}/v1`,
    requests,
    next: (scenario) => scenarios.push(scenario),
    close: async () => {
      server.closeAllConnections();
      server.close();
      await once(server, 'close');
    },
  };
}
