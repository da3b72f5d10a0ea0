import { readFileSync } from 'node:fs';
import path from 'node:path';
import { type DocumentNode, print } from 'graphql';

/** Every operation the client sends, as codegen wrote them out (fragments included) in client/src/gql/graphql.ts. */
export function clientOperations(): Array<[string, DocumentNode]> {
  const generated = readFileSync(path.join(__dirname, '../../client/src/gql/graphql.ts'), 'utf8');
  return [...generated.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm)].map((match) => [
    match[1] as string,
    JSON.parse(match[2] as string) as DocumentNode,
  ]);
}

/** The text of one client operation with its fragments, e.g. `clientOperation('MembersSettings')`: what the app asks. */
export function clientOperation(name: string): string {
  const found = clientOperations().find(([operation]) => operation === name);
  if (!found) throw new Error(`the client has no operation ${name} (client/src/gql/graphql.ts)`);
  return print(found[1]);
}
