import http from 'node:http';
import type { GraphQLTestClient } from './graphql-client';

export interface UploadResponse {
  status: number;
  body: {
    uploadId?: string;
    filename?: string;
    sizeBytes?: number;
    expiresAt?: string;
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** POST /uploads as the browser sends it: multipart/form-data, the client's cookie or token, the CSRF header. */
export async function postUpload(
  client: GraphQLTestClient,
  workspaceId: string,
  file: { filename: string; bytes: Buffer | string; type?: string },
  headers: Record<string, string> = { 'apollo-require-preflight': 'true' },
): Promise<UploadResponse> {
  const form = new FormData();
  form.append(
    'file',
    new Blob([typeof file.bytes === 'string' ? file.bytes : new Uint8Array(file.bytes)], { type: file.type ?? 'application/octet-stream' }),
    file.filename,
  );
  const response = await fetch(`${client.baseUrl}/uploads?workspaceId=${encodeURIComponent(workspaceId)}`, {
    method: 'POST',
    headers: {
      ...headers,
      ...(client.cookie ? { cookie: client.cookie } : {}),
      ...(client.bearer ? { authorization: `Bearer ${client.bearer}` } : {}),
    },
    body: form,
  });
  return { status: response.status, body: (await response.json()) as UploadResponse['body'] };
}

/** Uploads and returns the id, failing the test on any refusal. */
export async function uploadOk(client: GraphQLTestClient, workspaceId: string, filename: string, bytes: Buffer | string): Promise<string> {
  const { status, body } = await postUpload(client, workspaceId, { filename, bytes });
  if (status !== 201 || !body.uploadId) throw new Error(`upload refused: ${status} ${JSON.stringify(body)}`);
  return body.uploadId;
}

export interface StreamedUpload {
  status: number;
  /** The answer's Connection header: `close` when the server ends the connection instead of keeping it for the rest. */
  connection: string | undefined;
  body: string;
  /** Bytes of file content this client got to write before the server closed the connection (or all of them). */
  bytesWritten: number;
}

/**
 * Sends a multipart body of `totalBytes` of file content in 64 KB chunks, as fast as the server reads them, and goes
 * on writing after the server's answer, until the server closes the connection: a server that answers only once it
 * has read the body lets all of it through. Without `declaredLength` the body is chunked (no Content-Length to check
 * up front); with it, only `totalBytes` of the declared length are sent and the body is left unfinished.
 */
export function streamUpload(
  client: GraphQLTestClient,
  workspaceId: string,
  totalBytes: number,
  declaredLength?: number,
): Promise<StreamedUpload> {
  const boundary = 'askbase-test-boundary';
  const head = Buffer.from(
    `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.txt"\r\ncontent-type: text/plain\r\n\r\n`,
  );
  const url = new URL(`/uploads?workspaceId=${workspaceId}`, client.baseUrl);
  const agent = new http.Agent({ keepAlive: true });
  return new Promise<StreamedUpload>((resolve, reject) => {
    let bytesWritten = 0;
    let status = 0;
    let connection: string | undefined;
    const body: Buffer[] = [];
    const req = http.request(url, {
      method: 'POST',
      // Keep-alive, as browsers: the server decides whether the connection outlives the answer.
      agent,
      headers: {
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'apollo-require-preflight': 'true',
        ...(client.cookie ? { cookie: client.cookie } : {}),
        ...(declaredLength !== undefined ? { 'content-length': String(declaredLength) } : {}),
      },
    });
    req.on('response', (res) => {
      status = res.statusCode ?? 0;
      connection = res.headers.connection;
      res.on('data', (chunk: Buffer) => body.push(chunk));
      res.on('error', () => undefined);
    });
    // The server closing the connection mid-body shows up as an error here, after its answer (or without one).
    req.on('error', () => undefined);
    req.on('close', () => {
      if (status === 0) reject(new Error(`no answer; the connection closed after ${bytesWritten} bytes`));
      else resolve({ status, connection, body: Buffer.concat(body).toString('utf8'), bytesWritten });
    });
    const chunk = Buffer.alloc(64 * 1024, 'a');
    const pump = () => {
      while (!req.destroyed && bytesWritten < totalBytes) {
        bytesWritten += chunk.length;
        if (!req.write(chunk)) {
          req.once('drain', pump);
          return;
        }
      }
      // With a declared length, the body stays unfinished: an answer can only come from the length itself.
      if (declaredLength === undefined && !req.destroyed) req.end(`\r\n--${boundary}--\r\n`);
    };
    req.write(head);
    pump();
  }).finally(() => agent.destroy());
}
