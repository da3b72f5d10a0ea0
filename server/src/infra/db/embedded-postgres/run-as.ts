import { execFileSync } from 'node:child_process';
import { statSync } from 'node:fs';
import path from 'node:path';

/** The unprivileged account PostgreSQL runs as when this process is root (PostgreSQL refuses to run as root). */
export interface RunAs {
  uid: number;
  gid: number;
}

const ACCOUNT = 'postgres';

function idOf(flag: '-u' | '-g'): number | null {
  try {
    return Number(execFileSync('id', [flag, ACCOUNT], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return null;
  }
}

/** null when this process is not root: PostgreSQL then runs as the current user. Creates the account when missing. */
export function postgresAccount(): RunAs | null {
  if (process.getuid?.() !== 0) return null;
  if (idOf('-u') === null) {
    try {
      execFileSync('groupadd', ['--system', ACCOUNT], { stdio: 'ignore' });
    } catch {
      // The group may exist without the user.
    }
    execFileSync('useradd', ['--system', '--gid', ACCOUNT, '--no-create-home', '--shell', '/usr/sbin/nologin', ACCOUNT], {
      stdio: 'ignore',
    });
  }
  const uid = idOf('-u');
  const gid = idOf('-g');
  if (uid === null || gid === null) throw new Error(`Could not find or create the "${ACCOUNT}" account the embedded PostgreSQL runs as.`);
  return { uid, gid };
}

/**
 * Whether `account` can reach `target`: every folder above it must let that account through (x for owner, group
 * or others, whichever applies). Folders not made yet count as passable: they are created 0755. Conservative:
 * supplementary groups and ACLs are not consulted.
 */
export function isReachableBy(target: string, account: RunAs): boolean {
  let dir = path.dirname(path.resolve(target));
  for (;;) {
    const stat = statSync(dir, { throwIfNoEntry: false });
    if (stat) {
      const bit = stat.uid === account.uid ? 0o100 : stat.gid === account.gid ? 0o010 : 0o001;
      if ((stat.mode & bit) === 0) return false;
    }
    const parent = path.dirname(dir);
    if (parent === dir) return true;
    dir = parent;
  }
}
