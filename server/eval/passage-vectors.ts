import pg from 'pg';

/**
 * With semantic retrieval configured, a document is READY (searchable lexically) before its passages have vectors:
 * the `embed-passages` job runs afterwards. A question asked meanwhile is answered from partial vectors, so the
 * figures would depend on how fast the embeddings endpoint is. The public API does not show vectors, so this reads
 * the database: it returns once every passage of the workspaces has a vector of `model`, and fails after
 * `timeoutMs` (a job that keeps failing would otherwise hold the run forever).
 */
export async function waitForPassageVectors(
  databaseUrl: string,
  workspaceIds: string[],
  model: string,
  timeoutMs = 15 * 60_000,
): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const { rows } = await client.query<{ missing: number; total: number }>(
        `select count(*) filter (where embedding is null or embedding_model is distinct from $2)::int as missing,
                count(*)::int as total
         from passages where workspace_id::text = any($1::text[])`,
        [workspaceIds, model],
      );
      const { missing, total } = rows[0] ?? { missing: 0, total: 0 };
      if (missing === 0) return;
      if (Date.now() > deadline) {
        throw new Error(`${missing} of ${total} passages still had no ${model} vector after ${Math.round(timeoutMs / 1000)} s`);
      }
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  } finally {
    await client.end();
  }
}
