import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { type Plugin, parseAst } from 'vite';

/** What `dist/.vite/route-preloads.json` holds: read by the server (server/src/http/client-app.ts). */
export interface RoutePreloads {
  routes: { path: string; scripts: string[]; styles: string[] }[];
}

/** A route as written in the routes file: its full path and the lazy modules (project-relative) it renders with. */
export interface RouteModules {
  path: string;
  modules: string[];
}

export interface RoutePreloadsOptions {
  /** The client's project directory (module ids in the output are relative to it, as in Vite's manifest). */
  root: string;
  /** The file whose `<Route>` elements and `lazyNamed(() => import(…))` components define the pages. */
  routesFile: string;
  /**
   * Modules a lazy module loads with `import()` before the route can paint, which reading the routes cannot see:
   * `{ 'src/apollo/ApolloGate.tsx': ['src/apollo/createApolloClient.ts'] }`.
   */
  loadsWith?: Record<string, string[]>;
  /** Modules a route loads before its largest paint, by route path: `{ '/w/:slug/chat/:conversationId': [...] }`. */
  routeLoads?: Record<string, string[]>;
}

/**
 * Build only: writes `.vite/route-preloads.json`, the chunks each route of the app needs before it can paint, beyond
 * those index.html already loads. The page chunks are lazy (`import()` when the route renders), so without a hint the
 * browser learns of them only after it has downloaded and run the entry chunk and React has rendered the router:
 * on a throttled phone that was a full round of requests (≈ 1 s on the chat) after the entry. The server puts
 * `<link rel="modulepreload">` for the requested route into index.html, so they download beside the entry.
 *
 * The routes are read from the routes file itself (the `<Route path element>` tree and the `lazyNamed` components its
 * elements use), so a new page needs no second list; a file this cannot read fails the build rather than silently
 * preloading nothing.
 */
export function routePreloads(options: RoutePreloadsOptions): Plugin {
  return {
    name: 'askbase:route-preloads',
    apply: 'build',
    generateBundle(_output, bundle) {
      const source = readFileSync(options.routesFile, 'utf8');
      let routes: RouteModules[];
      try {
        routes = readRouteModules(source, options.routesFile, options.root);
      } catch (error) {
        this.error(`route preloads: ${(error as Error).message}`);
      }
      const chunks = Object.values(bundle).filter((file) => file.type === 'chunk');
      const byModule = new Map(chunks.filter((chunk) => chunk.facadeModuleId).map((chunk) => [chunk.facadeModuleId as string, chunk]));
      const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
      const entry = chunks.find((chunk) => chunk.isEntry && chunk.facadeModuleId === path.join(options.root, 'index.html'));
      if (!entry) this.error('route preloads: no chunk for index.html');
      // What index.html loads already (its script, modulepreloads and stylesheet).
      const inHtml = staticClosure(entry.fileName, byFile);

      for (const module of [...Object.entries(options.loadsWith ?? {}), ...Object.entries(options.routeLoads ?? {})].flat(2)) {
        if (module.startsWith('src/') && !existsSync(path.join(options.root, module)))
          this.error(`route preloads: ${module} does not exist`);
      }
      const preloads: RoutePreloads = { routes: [] };
      for (const route of routes) {
        const modules = [...route.modules, ...(options.routeLoads?.[route.path] ?? [])].flatMap((module) => [
          module,
          ...(options.loadsWith?.[module] ?? []),
        ]);
        const files = new Set<string>();
        for (const module of modules) {
          const chunk = byModule.get(path.join(options.root, module));
          // A module merged into a chunk already loaded (no chunk of its own) needs no hint.
          if (chunk) for (const file of staticClosure(chunk.fileName, byFile)) files.add(file);
        }
        const scripts = [...files].filter((file) => !inHtml.has(file));
        const styles = [...new Set(scripts.flatMap((file) => [...(byFile.get(file)?.viteMetadata?.importedCss ?? [])]))];
        preloads.routes.push({ path: route.path, scripts, styles });
      }
      this.emitFile({ type: 'asset', fileName: '.vite/route-preloads.json', source: `${JSON.stringify(preloads, null, 2)}\n` });
    },
  };
}

interface ChunkImports {
  imports: string[];
}

/** The chunk and every chunk it statically imports, transitively, in load order (dependencies first). */
function staticClosure(fileName: string, byFile: Map<string, ChunkImports>, into = new Set<string>()): Set<string> {
  if (into.has(fileName)) return into;
  into.add(fileName);
  for (const imported of byFile.get(fileName)?.imports ?? []) staticClosure(imported, byFile, into);
  return into;
}

// The few ESTree shapes read here, loosely typed: the parser's full types add nothing to a walk this small.
interface AstNode {
  type: string;
  [key: string]: unknown;
}

const isNode = (value: unknown): value is AstNode => typeof value === 'object' && value !== null && 'type' in value;

function* childNodes(node: AstNode): Generator<AstNode> {
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) for (const item of value) if (isNode(item)) yield item;
    if (isNode(value)) yield value;
  }
}

/**
 * Every route of a React Router routes file, with the lazy modules its element and its parents' elements render.
 * Reads `const Page = lazyNamed(() => import('./pages/Page'), 'Page')` and `<Route path="…" element={…}>` nesting.
 */
export function readRouteModules(source: string, file: string, root: string): RouteModules[] {
  const program = parseAst(source, { lang: 'tsx' }) as unknown as AstNode;
  const lazyModules = new Map<string, string>();
  const routes: RouteModules[] = [];

  const walk = (node: AstNode, parentPath: string, parentModules: string[]) => {
    if (node.type === 'VariableDeclarator') {
      const specifier = lazyImportSpecifier(node.init);
      if (specifier && isNode(node.id) && node.id.type === 'Identifier') {
        lazyModules.set(node.id.name as string, resolveModule(specifier, file, root));
        return;
      }
    }
    if (node.type === 'JSXElement' && jsxName(node) === 'Route') {
      const fullPath = joinPath(parentPath, stringAttribute(node, 'path') ?? '');
      const element = attribute(node, 'element');
      const modules = [...parentModules, ...(element ? lazyComponentsIn(element, lazyModules) : [])];
      routes.push({ path: fullPath, modules });
      for (const child of (node.children as AstNode[]) ?? []) walk(child, fullPath, modules);
      return;
    }
    for (const child of childNodes(node)) walk(child, parentPath, parentModules);
  };
  walk(program, '', []);

  if (lazyModules.size === 0 || routes.length === 0) {
    throw new Error(`found ${lazyModules.size} lazyNamed pages and ${routes.length} <Route>s in ${file}: has its shape changed?`);
  }
  // A layout route and its index route share a path: the index one, the deeper, is what renders.
  const byPath = new Map<string, RouteModules>();
  for (const route of routes) {
    const known = byPath.get(route.path);
    if (!known || route.modules.length >= known.modules.length) byPath.set(route.path, route);
  }
  return [...byPath.values()];
}

/** `() => import('x')` → 'x' when the node is `lazyNamed(() => import('x'), …)`. */
function lazyImportSpecifier(init: unknown): string | undefined {
  if (!isNode(init) || init.type !== 'CallExpression') return undefined;
  const callee = init.callee as AstNode;
  const [loader] = init.arguments as AstNode[];
  if (callee.type !== 'Identifier' || callee.name !== 'lazyNamed' || loader?.type !== 'ArrowFunctionExpression') return undefined;
  const body = loader.body as AstNode;
  const source = body.type === 'ImportExpression' ? (body.source as AstNode) : undefined;
  return source?.type === 'Literal' && typeof source.value === 'string' ? source.value : undefined;
}

function resolveModule(specifier: string, file: string, root: string): string {
  const base = path.resolve(path.dirname(file), specifier);
  const found = ['', '.tsx', '.ts', '/index.tsx', '/index.ts'].map((suffix) => base + suffix).find((candidate) => existsSync(candidate));
  if (!found) throw new Error(`cannot resolve import('${specifier}') in ${file}`);
  return path.relative(root, found).split(path.sep).join('/');
}

function jsxName(node: AstNode): string | undefined {
  const name = (node.openingElement as AstNode).name as AstNode;
  return name.type === 'JSXIdentifier' ? (name.name as string) : undefined;
}

function attribute(node: AstNode, name: string): AstNode | undefined {
  for (const attr of ((node.openingElement as AstNode).attributes as AstNode[]) ?? []) {
    if (attr.type === 'JSXAttribute' && (attr.name as AstNode).name === name) return attr.value as AstNode | undefined;
  }
  return undefined;
}

function stringAttribute(node: AstNode, name: string): string | undefined {
  const value = attribute(node, name);
  return value?.type === 'Literal' && typeof value.value === 'string' ? value.value : undefined;
}

/** The lazy components an element renders, outermost first (the order React renders, and fetches, them). */
function lazyComponentsIn(node: AstNode, lazyModules: Map<string, string>): string[] {
  const found: string[] = [];
  const visit = (current: AstNode) => {
    if (current.type === 'JSXElement') {
      const module = lazyModules.get(jsxName(current) ?? '');
      if (module && !found.includes(module)) found.push(module);
    }
    for (const child of childNodes(current)) visit(child);
  };
  visit(node);
  return found;
}

function joinPath(parent: string, child: string): string {
  if (child.startsWith('/')) return child;
  if (!child) return parent || '/';
  return `${parent.replace(/\/$/, '')}/${child}`;
}
