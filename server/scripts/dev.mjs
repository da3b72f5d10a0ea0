// `npm run dev`: the watch loop. tsc --watch compiles the server (it emits the decorator metadata that tsx and
// esbuild cannot), node --watch restarts it on each compile, and Vite serves the client with hot reload,
// proxying /graphql (HTTP and WebSocket) to the server.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const serverDir = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const repoDir = path.dirname(serverDir);
const children = [];

function run(name, command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '1' } });
  const prefix = (chunk) => chunk.toString().replace(/^(?=.)/gm, `[${name}] `);
  child.stdout.on('data', (chunk) => process.stdout.write(prefix(chunk)));
  child.stderr.on('data', (chunk) => process.stderr.write(prefix(chunk)));
  children.push(child);
  return child;
}

const stopAll = () => {
  for (const child of children) child.kill('SIGTERM');
};
process.on('SIGINT', stopAll);
process.on('SIGTERM', stopAll);

const compiler = run('tsc', 'npx', ['tsc', '-p', 'tsconfig.build.json', '--watch', '--preserveWatchOutput'], serverDir);
let serverStarted = false;
compiler.stdout.on('data', (chunk) => {
  if (serverStarted || !/Found \d+ errors?\. Watching/.test(chunk.toString())) return;
  if (!existsSync(path.join(serverDir, 'dist/src/main.js'))) return;
  serverStarted = true;
  run('server', 'node', ['--watch', 'dist/src/main.js'], serverDir);
  run('client', 'npm', ['run', 'dev', '-w', 'client'], repoDir);
  process.stdout.write('\nAPI on http://localhost:4000 · app with hot reload on http://localhost:5173\n\n');
});
