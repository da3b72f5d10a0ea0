import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { repoRoot } from '../config/paths';
import { buildBareSchema, printSortedSchema } from './schema';

// `npm run schema`: writes the public API to schema.graphql at the repository root (CI fails when it is stale).
async function main(): Promise<void> {
  const target = path.join(repoRoot, 'schema.graphql');
  writeFileSync(target, printSortedSchema(await buildBareSchema()));
  process.stdout.write(`wrote ${path.relative(process.cwd(), target)}\n`);
}

void main();
