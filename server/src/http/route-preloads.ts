import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';

/** `dist/.vite/route-preloads.json`, written by the client build (client/vite-plugins/routePreloads.ts). */
interface RoutePreloadsFile {
  routes: { path: string; scripts: string[]; styles: string[] }[];
}

interface CompiledRoute {
  segments: string[];
  score: number;
  links: string;
}

/**
 * index.html for a browser route, with `<link rel="modulepreload">` for the chunks that route renders with (and
 * `preload` for their stylesheets), so the browser fetches them beside the entry chunk instead of after it has run.
 * The route is matched as the client's router matches it (static segments before `:params` before `*`).
 * Without the build's route file (an older build), every route gets index.html as it is.
 */
export function routeHtml(distDir: string, indexHtml: string): (urlPath: string) => string {
  const preloadsFile = path.join(distDir, '.vite', 'route-preloads.json');
  const routes = existsSync(preloadsFile) ? compile(JSON.parse(readFileSync(preloadsFile, 'utf8')) as RoutePreloadsFile) : [];
  const closingHead = indexHtml.lastIndexOf('</head>');
  // The HTML of each route, built once: a handful of strings for the life of the process.
  const byRoute = new Map<CompiledRoute, string>();

  return (urlPath) => {
    const route = closingHead === -1 ? undefined : bestMatch(routes, urlPath);
    if (!route?.links) return indexHtml;
    let html = byRoute.get(route);
    if (html === undefined) {
      html = `${indexHtml.slice(0, closingHead)}${route.links}${indexHtml.slice(closingHead)}`;
      byRoute.set(route, html);
    }
    return html;
  };
}

function compile(file: RoutePreloadsFile): CompiledRoute[] {
  return file.routes.map((route) => {
    const segments = splitPath(route.path);
    const links = [
      // `crossorigin` as Vite writes it for the entry's chunks: a module script's request mode, so the preload is reused.
      ...route.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`),
      ...route.styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${escapeAttribute(file)}">`),
    ].join('');
    return { segments, score: score(segments), links };
  });
}

const splitPath = (urlPath: string) => urlPath.split('/').filter((segment) => segment !== '');

/** React Router's ranking, in short: a static segment outweighs a parameter, which outweighs a splat. */
function score(segments: string[]): number {
  return segments.reduce((sum, segment) => sum + (segment === '*' ? -2 : segment.startsWith(':') ? 3 : 10), segments.length);
}

function matches(route: CompiledRoute, parts: string[]): boolean {
  const { segments } = route;
  const splat = segments.at(-1) === '*';
  const fixed = splat ? segments.length - 1 : segments.length;
  if (splat ? parts.length < fixed : parts.length !== fixed) return false;
  for (let index = 0; index < fixed; index += 1) {
    const segment = segments[index] as string;
    if (!segment.startsWith(':') && segment.toLowerCase() !== (parts[index] as string).toLowerCase()) return false;
  }
  return true;
}

function bestMatch(routes: CompiledRoute[], urlPath: string): CompiledRoute | undefined {
  let parts: string[];
  try {
    parts = splitPath(urlPath).map((part) => decodeURIComponent(part));
  } catch {
    return undefined;
  }
  let best: CompiledRoute | undefined;
  for (const route of routes) if (matches(route, parts) && (!best || route.score > best.score)) best = route;
  return best;
}

/** The build's own file names need none of this; it keeps a surprising name from breaking out of the attribute. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
