import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import FindMyWay from 'find-my-way';

/** `dist/.vite/route-preloads.json`, written by the client build (client/vite-plugins/routePreloads.ts). */
interface RoutePreloadsFile {
  routes: { path: string; scripts: string[]; styles: string[] }[];
}

/**
 * index.html for a browser route, with `<link rel="modulepreload">` for the chunks that route renders with (and
 * `preload` for their stylesheets), so the browser fetches them beside the entry chunk instead of after it has run.
 * The route is matched by find-my-way (Fastify's router), whose precedence is the client router's: a static segment
 * before a `:param`, a parameter before a `*` splat; case and a trailing slash ignored, as React Router does.
 * Without the build's route file (an older build), every route gets index.html as it is.
 */
export function routeHtml(distDir: string, indexHtml: string): (urlPath: string) => string {
  const preloadsFile = path.join(distDir, '.vite', 'route-preloads.json');
  const closingHead = indexHtml.lastIndexOf('</head>');
  const router = FindMyWay({ caseSensitive: false, ignoreTrailingSlash: true, ignoreDuplicateSlashes: true });
  if (existsSync(preloadsFile) && closingHead !== -1) {
    for (const route of (JSON.parse(readFileSync(preloadsFile, 'utf8')) as RoutePreloadsFile).routes) {
      // A path the router cannot take (a pattern of another router's syntax, or one given twice) goes unhinted: the
      // page still loads, only without its preloads.
      if (router.hasRoute('GET', route.path)) continue;
      const links = linksOf(route);
      // The HTML of each route, built once: a handful of strings for the life of the process.
      const html = links ? `${indexHtml.slice(0, closingHead)}${links}${indexHtml.slice(closingHead)}` : indexHtml;
      try {
        router.on('GET', route.path, () => undefined, { html });
      } catch {}
    }
  }

  return (urlPath) => {
    // A path that is not valid percent-encoding is no route of the app: the client shows its own error for it.
    if (!decodes(urlPath)) return indexHtml;
    const store = router.find('GET', urlPath)?.store as { html: string } | undefined;
    return store?.html ?? indexHtml;
  };
}

function linksOf(route: RoutePreloadsFile['routes'][number]): string {
  return [
    // `crossorigin` as Vite writes it for the entry's chunks: a module script's request mode, so the preload is reused.
    ...route.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${escapeAttribute(file)}">`),
    ...route.styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${escapeAttribute(file)}">`),
  ].join('');
}

function decodes(urlPath: string): boolean {
  try {
    decodeURIComponent(urlPath);
    return true;
  } catch {
    return false;
  }
}

/** The build's own file names need none of this; it keeps a surprising name from breaking out of the attribute. */
const escapeAttribute = (value: string) => value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
