import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * The server package's folder, found by walking up to its package.json. The same code runs from `src/` under
 * vitest and from `dist/src/` in production, so a fixed number of `..` would be wrong in one of them.
 */
function findServerRoot(start: string): string {
  let dir = start;
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@askbase/server') return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Cannot find the @askbase/server package above ${start}`);
    dir = parent;
  }
}

export const serverRoot = findServerRoot(__dirname);
export const repoRoot = path.dirname(serverRoot);
export const clientDistDir = path.join(repoRoot, 'client', 'dist');
