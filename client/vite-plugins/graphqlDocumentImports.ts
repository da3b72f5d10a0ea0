import { readFileSync } from 'node:fs';
import path from 'node:path';
import MagicString from 'magic-string';
import type { Plugin } from 'vite';

const VIRTUAL_PREFIX = 'virtual:graphql-document/';
const RESOLVED_PREFIX = `\0${VIRTUAL_PREFIX}`;

/**
 * Build only: each `graphql(`…`)` call becomes an import of its document, as a module of its own, so a chunk carries
 * the documents its own code uses and no other. Left alone, `graphql()` looks its argument up in one map of every
 * document of the app (src/gql/gql.ts), and even without the map, src/gql/graphql.ts is one module: the bundler
 * keeps a module whole in one chunk, so all ≈ 100 documents (≈ 215 KB of AST) landed in the entry chunk.
 * What the codegen's Babel plugin does for the client preset, plus one module per document.
 *
 * The lookup is the one `graphql()` does at run time (the exact source text, the key of gql.ts's map), and the
 * document is graphql.ts's own object, so dev, tests and the build use the same documents. A call or a document
 * the generated files do not have fails the build: they are stale (`npm run codegen`).
 */
export function graphqlDocumentImports({ gqlDir }: { gqlDir: string }): Plugin {
  const gqlFile = path.join(gqlDir, 'gql.ts');
  const documentsFile = path.join(gqlDir, 'graphql.ts');
  let exportBySource = new Map<string, string>();
  let documentByExport = new Map<string, string>();

  return {
    name: 'askbase:graphql-document-imports',
    apply: 'build',
    buildStart() {
      exportBySource = readDocumentMap(readFileSync(gqlFile, 'utf8'));
      documentByExport = readDocuments(readFileSync(documentsFile, 'utf8'));
      if (exportBySource.size === 0 || documentByExport.size === 0) {
        this.error(`no documents found in ${gqlDir}: has the shape of the codegen output changed?`);
      }
    },
    resolveId(id) {
      return id.startsWith(VIRTUAL_PREFIX) ? `\0${id}` : null;
    },
    load(id) {
      if (!id.startsWith(RESOLVED_PREFIX)) return null;
      const name = id.slice(RESOLVED_PREFIX.length);
      const document = documentByExport.get(name);
      if (!document) this.error(`graphql.ts has no document ${name}. Run \`npm run codegen\`.`);
      return `export default ${document};\n`;
    },
    transform(code, id) {
      if (!/\.tsx?$/.test(id) || id.startsWith(gqlDir) || !code.includes('graphql(`')) return null;
      const output = new MagicString(code);
      const imports = new Map<string, string>();
      for (const call of code.matchAll(/\bgraphql\(`([^`]*)`\)/g)) {
        const name = exportBySource.get(call[1] ?? '');
        if (!name) this.error(`${path.relative(process.cwd(), id)}: a graphql() document gql.ts does not know. Run \`npm run codegen\`.`);
        const local = `__document_${name}`;
        imports.set(local, `import ${local} from ${JSON.stringify(VIRTUAL_PREFIX + name)};\n`);
        output.overwrite(call.index, call.index + call[0].length, local);
      }
      if (imports.size === 0) return null;
      // The `graphql` import, now unused, goes too: an unused import would still keep gql.ts's map of every document.
      for (const unused of code.matchAll(/import\s*\{\s*graphql\s*\}\s*from\s*["'](?:\.\.?\/)+gql["'];?/g)) {
        output.remove(unused.index, unused.index + unused[0].length);
      }
      output.prepend([...imports.values()].join(''));
      return { code: output.toString(), map: output.generateMap({ hires: true }) };
    },
  };
}

/** gql.ts's `const documents = { "<source>": types.<Export>, … }`, as source text → export name. */
function readDocumentMap(gqlSource: string): Map<string, string> {
  const map = new Map<string, string>();
  const body = gqlSource.slice(gqlSource.indexOf('const documents'));
  for (const entry of body.matchAll(/^\s*("(?:[^"\\]|\\.)*"): types\.(\w+),?$/gm)) {
    map.set(JSON.parse(entry[1] ?? '""') as string, entry[2] ?? '');
  }
  return map;
}

/** graphql.ts's `export const <Export> = {…} as unknown as DocumentNode<…>;` lines, as export name → object literal. */
function readDocuments(documentsSource: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const line of documentsSource.matchAll(/^export const (\w+) = (\{.*\}) as unknown as DocumentNode<.*>;$/gm)) {
    map.set(line[1] ?? '', line[2] ?? '');
  }
  return map;
}
