import { execFile, spawn } from 'node:child_process';
import { promisify } from 'node:util';
import pg from 'pg';

const run = promisify(execFile);

/** Raised with a message for the operator: what is missing and how to provide it. */
export class BackupError extends Error {
  override name = 'BackupError';
}

/** The PostgreSQL major version a connection talks to, e.g. 15 or 18. */
async function serverMajorVersion(databaseUrl: string): Promise<number> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const { rows } = await client.query<{ server_version_num: string }>('SHOW server_version_num');
    return Math.floor(Number(rows[0]?.server_version_num) / 10_000);
  } finally {
    await client.end();
  }
}

async function clientMajorVersion(binary: string): Promise<number | null> {
  try {
    const { stdout } = await run(binary, ['--version']);
    const match = /(\d+)(?:\.\d+)?/.exec(stdout);
    return match ? Number(match[1]) : null;
  } catch {
    return null;
  }
}

/**
 * pg_dump and pg_restore of a version that can read the server: the same major version or newer. PG_BIN_DIR points
 * at another installation's bin folder (the embedded PostgreSQL's package has no pg_dump of its own).
 */
export async function postgresTool(
  tool: 'pg_dump' | 'pg_restore' | 'psql',
  databaseUrl: string,
  binDir = process.env.PG_BIN_DIR,
): Promise<string> {
  const binary = binDir ? `${binDir.replace(/\/+$/, '')}/${tool}` : tool;
  const [server, client] = await Promise.all([serverMajorVersion(databaseUrl), clientMajorVersion(binary)]);
  if (client === null) {
    throw new BackupError(
      `${binary} was not found. Install PostgreSQL ${server}'s client tools (Debian: apt-get install postgresql-client-${server}) or set PG_BIN_DIR to their bin folder.`,
    );
  }
  if (client < server) {
    throw new BackupError(
      `${binary} is version ${client} and cannot read a PostgreSQL ${server} server. Install PostgreSQL ${server}'s client tools or set PG_BIN_DIR to their bin folder.`,
    );
  }
  return binary;
}

async function runTool(binary: string, args: string[]): Promise<void> {
  const failure = await exitOf(spawn(binary, args, { stdio: ['ignore', 'inherit', 'pipe'] }), binary);
  if (failure) throw failure;
}

/**
 * Writes the whole database (schema, data, the migrations table and the job queue's schema) to `file` in pg_dump's
 * custom format: compressed, restorable table by table, readable by pg_restore of the same or a newer version.
 */
export async function backupDatabase(databaseUrl: string, file: string): Promise<void> {
  const pgDump = await postgresTool('pg_dump', databaseUrl);
  await runTool(pgDump, ['--format=custom', '--no-owner', '--no-privileges', `--file=${file}`, `--dbname=${databaseUrl}`]);
}

/** The schemas a backup holds: the app's tables and the job queue's. */
const SCHEMAS = ['public', 'pgboss'];

/**
 * Replaces the database's contents with the backup's in ONE transaction: the schemas are dropped and the backup's
 * SQL (pg_restore's output) replayed by psql with --single-transaction, so a restore that fails half way leaves the
 * database as it was. (pg_restore --clean cannot drop pg-boss's partitioned tables in place.)
 */
export async function restoreDatabase(databaseUrl: string, file: string): Promise<void> {
  const [pgRestore, psql] = await Promise.all([postgresTool('pg_restore', databaseUrl), postgresTool('psql', databaseUrl)]);
  const prologue = `${SCHEMAS.map((schema) => `DROP SCHEMA IF EXISTS ${schema} CASCADE;`).join('\n')}\nCREATE SCHEMA public;\n`;
  const replay = spawn(psql, ['--single-transaction', '--set=ON_ERROR_STOP=1', '--quiet', '--no-psqlrc', `--dbname=${databaseUrl}`], {
    stdio: ['pipe', 'ignore', 'pipe'],
  });
  const script = spawn(pgRestore, ['--no-owner', '--no-privileges', '--file=-', file], { stdio: ['ignore', 'pipe', 'pipe'] });
  replay.stdin.write(prologue);
  script.stdout.pipe(replay.stdin);
  const [scriptExit, replayExit] = await Promise.all([exitOf(script, pgRestore), exitOf(replay, psql)]);
  if (scriptExit) throw scriptExit;
  if (replayExit) throw replayExit;
}

/** Resolves with null on exit code 0, or with an error carrying the last lines the tool wrote to stderr. */
function exitOf(child: ReturnType<typeof spawn>, binary: string): Promise<BackupError | null> {
  let stderr = '';
  child.stderr?.on('data', (chunk: Buffer) => {
    stderr += chunk.toString('utf8');
  });
  return new Promise((resolve) => {
    child.on('error', (error) => resolve(new BackupError(`${binary} could not run: ${error.message}`)));
    child.on('close', (code) =>
      resolve(code === 0 ? null : new BackupError(`${binary} exited with ${code}: ${stderr.trim().split('\n').slice(-3).join(' ')}`)),
    );
  });
}
