import type { GraphQLTestClient } from './graphql-client';
import type { TestApp } from './harness';
import { waitFor } from './wait-for';
import { unzipText } from './zip';

export const REQUEST_EXPORT = /* GraphQL */ `mutation { requestDataExport { id status progress } }`;
export const DATA_EXPORT = /* GraphQL */ `{ dataExport { id status progress sizeBytes downloadUrl expiresAt completedAt } }`;

export interface DataExportView {
  id: string;
  status: string;
  progress: number;
  sizeBytes: number | null;
  downloadUrl: string | null;
  expiresAt: string | null;
}

/** Asks for an export and polls, as the account page does, until it is READY (or fails the test). */
export async function exportWhenReady(client: GraphQLTestClient): Promise<DataExportView> {
  await client.ok(REQUEST_EXPORT);
  return waitFor(
    async () => {
      const { dataExport } = await client.ok<{ dataExport: DataExportView | null }>(DATA_EXPORT);
      if (dataExport?.status === 'FAILED') throw new Error('the data export FAILED');
      return dataExport?.status === 'READY' && dataExport;
    },
    { description: 'the data export to be READY', timeoutMs: 20_000, intervalMs: 100 },
  );
}

/** GET the download with whatever credentials are given (the client's cookie by default). */
export function download(app: TestApp, path: string, headers: Record<string, string> = {}): Promise<Response> {
  return fetch(`${app.url}${path}`, { headers, redirect: 'manual' });
}

/** The archive's files, parsed: `{ "profile.json": {...}, "conversations.json": [...] }`. */
export async function downloadArchive(app: TestApp, client: GraphQLTestClient, path: string): Promise<Record<string, unknown>> {
  const response = await download(app, path, client.cookie ? { cookie: client.cookie } : {});
  if (response.status !== 200) throw new Error(`download answered ${response.status}: ${await response.text()}`);
  const files = await unzipText(Buffer.from(await response.arrayBuffer()));
  return Object.fromEntries([...files].map(([name, text]) => [name, JSON.parse(text) as unknown]));
}
