import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { matchRoutes } from 'react-router';

/** `dist/.vite/route-preloads.json`, written by the client build (client/vite-plugins/routePreloads.ts). */
interface RoutePreloadsFile {
  routes: { path: string; scripts: string[]; styles: string[] }[];
}

interface CompiledRoute {
  path: string;
  links: string;
}

/**
 * index.html for a browser route, with `<link rel="modulepreload">` for the chunks that route renders with (and
 * `preload` for their stylesheets), so the browser fetches them beside the entry chunk instead of after it has run.
 * The route is matched by the client's own router code (react-router's matchRoutes: its ranking of static segments,
 * `:params`, optional segments and `*`), so the hints are those of the page the browser will render.
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
  return file.routes.map((route) => ({
    path: route.path,
    links: [
      // `crossorigin` as Vite writes it for the entry's chunks: a module script's request mode, so the preload is reused.
      ...route.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`),
      ...route.styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${escapeAttribute(file)}">`),
    ].join(''),
  }));
}

function bestMatch(routes: CompiledRoute[], urlPath: string): CompiledRoute | undefined {
  // A malformed escape matches nothing here: react-router would warn on the console for each such request.
  try {
    decodeURIComponent(urlPath);
  } catch {
    return undefined;
  }
  // The build writes each route with its full path, so the list is flat and the deepest match is the only one.
  return matchRoutes(routes, urlPath)?.at(-1)?.route;
}

/** The build's own file names need none of this; it keeps a surprising name from breaking out of the attribute. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
