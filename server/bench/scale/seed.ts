import { performance } from 'node:perf_hooks';
import pg from 'pg';
import { loadCorpusPages } from '../corpus-pages';

export interface ScaleLayout {
  /** Workspaces of `passagesEach` passages: the many tenants retrieval must not scan across. */
  workspaces: number;
  passagesEach: number;
  /** One more workspace of this many passages: the large tenant the copilot answers in. */
  largePassages: number;
}

export const SCALE_LAYOUT: ScaleLayout = { workspaces: 1_000, passagesEach: 1_000, largePassages: 100_000 };

export interface ScaleSeed {
  /** The many workspaces' ids, in seed order. */
  workspaceIds: string[];
  largeWorkspaceId: string;
  passages: number;
  /** Seconds per step, for the report. */
  seconds: Record<string, number>;
}

/** Passages of one workspace arrive in runs of this many, interleaved with the other workspaces' runs, as documents do. */
const RUN_LENGTH = 50;
/** Each workspace has its own vocabulary of this many made-up words (product names, ticket numbers, people). */
const OWN_WORDS = 200;

/** Ids derived from the seed's own numbers, so documents and passages can be joined without looking anything up. */
const workspaceIdSql = (n: string) => `md5('askbase-scale-workspace-' || ${n})::uuid`;

/**
 * 1,000 workspaces of 1,000 passages and one of 100,000, in bulk SQL. The text is the evaluation corpora's passages
 * (split as ingestion splits them), copied into every workspace starting at a different passage, so each workspace
 * holds a different mix of pages (the ones it holds twice differ), plus one of the workspace's own made-up words per
 * passage: term statistics differ between workspaces as real ones do, and the index holds many rare words.
 * Passages of one workspace are written in runs of RUN_LENGTH interleaved with the others', as documents arriving
 * over time would be, so one workspace's rows are spread over the table rather than packed together.
 *
 * Ingestion's statement triggers keep `workspace_search_terms` and `workspace_search_stats`; here the triggers (and
 * foreign key checks) are off while rows are written (`session_replication_role = replica`), the passages' indexes
 * are dropped and built again once, and the statistics are computed afterwards from the stored vectors in one
 * statement each, the same aggregate the triggers and the statistics migration compute.
 */
export async function seedScale(databaseUrl: string, layout: ScaleLayout, log: (line: string) => void): Promise<ScaleSeed> {
  const seconds: Record<string, number> = {};
  const step = async <T>(name: string, work: () => Promise<T>): Promise<T> => {
    const started = performance.now();
    const result = await work();
    seconds[name] = Number(((performance.now() - started) / 1000).toFixed(1));
    log(`  ${name}: ${seconds[name]} s`);
    return result;
  };
  const clients = [new pg.Client({ connectionString: databaseUrl }), new pg.Client({ connectionString: databaseUrl })];
  await Promise.all(clients.map((client) => client.connect()));
  const [main] = clients as [pg.Client, pg.Client];
  try {
    const pages = await step('read the corpus pages', loadCorpusPages);
    const pool = pages.flatMap((page, pageIndex) =>
      page.passages.map((passage) => ({ ...passage, page: pageIndex, title: page.title.slice(0, 280) })),
    );
    await main.query(`create unlogged table if not exists scale_pool (
      ord int primary key, page int not null, position int not null, heading text, content text not null, title text not null)`);
    await main.query('truncate scale_pool');
    await main.query(
      `insert into scale_pool select ord - 1, (r->>'page')::int, (r->>'index')::int, r->>'heading', r->>'content', r->>'title'
       from jsonb_array_elements($1::jsonb) with ordinality as t(r, ord)`,
      [JSON.stringify(pool)],
    );
    await main.query(`insert into workspaces (id, name, slug, created_at, updated_at)
      select ${workspaceIdSql('n')}, 'Scale ' || n, 'scale-' || n, now(), now() from generate_series(0, ${layout.workspaces}) as n`);

    const indexes = await main.query<{ name: string; definition: string }>(
      `select indexname as name, indexdef as definition from pg_indexes
       where tablename = 'passages' and indexname not in (select conname from pg_constraint where conrelid = 'passages'::regclass)`,
    );
    for (const { name } of indexes.rows) await main.query(`drop index "${name}"`);

    // Workspace 0 is the large one; the passage's number i decides its pool passage (rotated per workspace), its
    // document (one per pool page and pass over the pool) and its made-up word.
    const runs = Math.ceil(layout.largePassages / RUN_LENGTH);
    const smallRuns = Math.ceil(layout.passagesEach / RUN_LENGTH);
    const insertRange = (client: pg.Client, fromRun: number, toRun: number) =>
      client.query(`set session_replication_role = replica;
        insert into passages (id, document_id, workspace_id, position, heading, content, document_title, language)
        select md5('askbase-scale-passage-' || w.n || '-' || i)::uuid,
               md5('askbase-scale-document-' || w.n || '-' || k / pool.size || '-' || p.page)::uuid,
               ${workspaceIdSql('w.n')},
               p.position + (k / pool.size) * 1000, p.heading,
               p.content || ' ' || 'ws' || w.n || 'term' || (abs(hashtext(w.n || '-' || i)) % ${OWN_WORDS}),
               case when k / pool.size = 0 then p.title else p.title || ' (copy ' || k / pool.size || ')' end,
               'english'
        from generate_series(${fromRun}, ${toRun - 1}) as run
        -- Past the runs every workspace has, only the large workspace has more.
        cross join lateral (
          select n, case when n = 0 then ${layout.largePassages} else ${layout.passagesEach} end as passages
          from generate_series(0, case when run < ${smallRuns} then ${layout.workspaces} else 0 end) as n
        ) as w
        cross join generate_series(0, ${RUN_LENGTH - 1}) as j
        cross join (select count(*)::int as size from scale_pool) as pool
        cross join lateral (select run * ${RUN_LENGTH} + j as i) as at
        cross join lateral (select at.i + w.n * 37 as k) as rotated
        join scale_pool p on p.ord = k % pool.size
        where at.i < w.passages
        order by run, w.n, j;
        set session_replication_role = origin;`);
    // Two connections, two cores: the runs every workspace has, then the large workspace's own runs after them.
    await step('write the passages (two connections)', () =>
      Promise.all([
        insertRange(clients[0] as pg.Client, 0, Math.ceil(smallRuns / 2)),
        insertRange(clients[1] as pg.Client, Math.ceil(smallRuns / 2), smallRuns).then(() =>
          insertRange(clients[1] as pg.Client, smallRuns, runs),
        ),
      ]),
    );
    await step('write the documents', () =>
      main.query(`set session_replication_role = replica;
        insert into documents (id, workspace_id, title, mime_type, size_bytes, content, status, chunk_count, created_at)
        select document_id, min(workspace_id::text)::uuid, min(document_title), 'text/markdown', 1, '', 'READY', count(*), now()
        from passages where workspace_id in (select ${workspaceIdSql('n')} from generate_series(0, ${layout.workspaces}) as n)
        group by document_id;
        set session_replication_role = origin;`),
    );
    await step('build the indexes again (two connections)', async () => {
      const queue = [...indexes.rows];
      await Promise.all(
        clients.map(async (client) => {
          await client.query("set maintenance_work_mem = '512MB'");
          for (let next = queue.shift(); next; next = queue.shift()) await client.query(next.definition);
        }),
      );
    });
    await step('compute the workspace term statistics', () => computeStatistics(clients, layout));
    await step('analyze', () => main.query('analyze passages; analyze documents; analyze workspace_search_terms; analyze workspaces'));
    await main.query('drop table scale_pool');
    return { ...(await seededWorkspaces(main, layout)), seconds };
  } finally {
    await Promise.all(clients.map((client) => client.end()));
  }
}

/**
 * The statistics of the seeded workspaces from their stored vectors: what `askbase_passages_added` adds up for each
 * inserted statement, computed once. Split by workspace over the two connections.
 */
async function computeStatistics(clients: pg.Client[], layout: ScaleLayout): Promise<void> {
  const half = Math.ceil(layout.workspaces / 2);
  const ranges: Array<[number, number]> = [
    [0, half],
    [half + 1, layout.workspaces],
  ];
  await Promise.all(
    ranges.map(([from, to], at) =>
      (clients[at] as pg.Client).query(`
        with seeded as (select ${workspaceIdSql('n')} as id from generate_series(${from}, ${to}) as n)
        insert into workspace_search_terms ("workspace_id", "lexeme", "in_body", "in_context")
          select workspace_id, lexeme, sum(in_body)::int, sum(in_context)::int from (
            select p.workspace_id, u.lexeme, 1 as in_body, 0 as in_context from passages p, unnest(p.body_vector) u
            where p.workspace_id in (select id from seeded)
            union all
            select p.workspace_id, u.lexeme, 0, 1 from passages p, unnest(p.context_vector) u
            where p.workspace_id in (select id from seeded)
          ) terms group by workspace_id, lexeme;
        insert into workspace_search_stats ("workspace_id", "passages", "body_length")
          select workspace_id, count(*), sum(length(body_vector)) from passages
          where workspace_id in (select ${workspaceIdSql('n')} from generate_series(${from}, ${to}) as n)
          group by workspace_id;`),
    ),
  );
}

/** The workspaces an earlier seedScale() wrote, to measure again without seeding. */
export async function scaledWorkspaces(databaseUrl: string, layout: ScaleLayout): Promise<ScaleSeed> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    return { ...(await seededWorkspaces(client, layout)), seconds: {} };
  } finally {
    await client.end();
  }
}

async function seededWorkspaces(client: pg.Client, layout: ScaleLayout): Promise<Omit<ScaleSeed, 'seconds'>> {
  const count = await client.query<{ passages: number }>(
    `select sum(passages)::int as passages from workspace_search_stats
     where workspace_id in (select ${workspaceIdSql('n')} from generate_series(0, ${layout.workspaces}) as n)`,
  );
  const ids = await client.query<{ n: number; id: string }>(
    `select n, ${workspaceIdSql('n')} as id from generate_series(0, ${layout.workspaces}) as n order by n`,
  );
  return {
    workspaceIds: ids.rows.filter((row) => row.n > 0).map((row) => row.id),
    largeWorkspaceId: ids.rows[0]?.id as string,
    passages: count.rows[0]?.passages ?? 0,
  };
}
