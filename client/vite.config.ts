/// <reference types="vitest/config" />
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { graphqlDocumentImports } from './vite-plugins/graphqlDocumentImports.ts';
import { precompressAssets } from './vite-plugins/precompressAssets.ts';
import { routePreloads } from './vite-plugins/routePreloads.ts';

const here = import.meta.dirname;
// Where `vite dev` forwards the API; override to point the client at a server on another port.
const apiOrigin = process.env.ASKBASE_API_URL ?? 'http://localhost:4000';

export default defineConfig({
  plugins: [
    react(),
    graphqlDocumentImports({ gqlDir: resolve(here, 'src/gql') }),
    precompressAssets(),
    routePreloads({
      root: here,
      routesFile: resolve(here, 'src/AppRoutes.tsx'),
      // ApolloGate suspends on Apollo Client's chunk, which it imports only when it renders.
      loadsWith: { 'src/apollo/ApolloGate.tsx': ['src/apollo/createApolloClient.ts'] },
      // An open conversation's largest paint is an answer, which waits for the Markdown renderer (see ChatPage).
      routeLoads: { '/w/:slug/chat/:conversationId': ['src/features/copilot/MarkdownAnswer.tsx'] },
    }),
  ],
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    // dist/.vite/manifest.json: what scripts/bundle-budget.mjs (`npm run size`) measures each route's initial JS from.
    manifest: true,
    // monaco (playground only, loaded lazily) is one ~2.8 MB chunk by nature; warn only above that.
    chunkSizeWarningLimit: 3000,
    rolldownOptions: {
      // Two pages: the app, and the GraphiQL playground (served by the server at GET /graphql for browsers).
      // Separate entries keep monaco out of the app bundle entirely.
      input: {
        main: resolve(here, 'index.html'),
        playground: resolve(here, 'playground.html'),
      },
      output: {
        codeSplitting: {
          // The pages share many small modules (Mantine's hooks and components, our helpers), and the automatic split
          // made a chunk of each set of pages sharing some: the chat route loaded 61 files, many under 1 kB, each a
          // round trip of its own (HTTP/1.1 opens six connections) with ~1 kB of response headers. Inlined, each such
          // module is copied into the chunks that import it, and Rolldown's runtime keeps one instance of it (one
          // state, one execution) whichever copy runs first; a route still loads only code it can reach. Chat route:
          // 12 files; its phone paint came 0.7 s earlier (e2e/perf/page-performance.mjs). Experimental in Rolldown
          // (pinned with Vite); it turns on strictExecutionOrder, whose module wrappers cost a few kB.
          experimentalInlineCommonChunks: { maxSize: Number.POSITIVE_INFINITY },
          groups: [
            // React itself first (a higher priority wins): Apollo's hooks import it, and a group takes its modules'
            // dependencies along, so without this React would land in Apollo's chunk and the log-in page would load it.
            { name: 'react', priority: 2, test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            // Apollo Client and what only it uses, one chunk: every signed-in route needs all of it at once, and one
            // file compresses better than the ≈ 15 pieces the automatic split makes (each gzipped on its own).
            // Not the small modules the log-in page uses (Apollo's React context, its error classes, invariant): they
            // would pull the whole chunk into it. Not `graphql`: the playground uses its parser, which must not land in the app's chunk.
            // The small pieces of Apollo the public pages read (the React context, the error classes): kept out of it.
            // floating-ui, the code of Mantine's tooltips, menus and popovers, which load after the first paint
            // (src/components/floating). Left to the automatic split, it was merged into a chunk the chat loads up
            // front. Pages that use Mantine's ScrollArea still load it (ScrollArea imports a ref helper from it).
            {
              name: 'floating-ui',
              priority: 2,
              test: /[\\/]node_modules[\\/](@floating-ui|tabbable)[\\/]/,
            },
            {
              name: 'apollo-context',
              priority: 3,
              test: /[\\/]node_modules[\\/]@apollo[\\/]client[\\/](react[\\/]context[\\/]ApolloContext|errors|utilities[\\/]invariant)/,
            },
            {
              name: 'apollo-client',
              priority: 1,
              test: /[\\/]node_modules[\\/](@apollo[\\/]client[\\/](?!react[\\/]context|errors|utilities[\\/]invariant)|rxjs[\\/]|optimism[\\/]|@wry[\\/])/,
            },
          ],
        },
      },
      onwarn(warning, warn) {
        // GraphiQL's React Compiler output carries "use no memo" directives that bundling drops harmlessly.
        if (warning.code === 'MODULE_LEVEL_DIRECTIVE' && warning.id?.includes('node_modules')) return;
        warn(warning);
      },
    },
  },
  worker: { format: 'es' },
  optimizeDeps: {
    // The playground's GraphQL monaco worker is only found at runtime, so the dev server would serve its
    // CommonJS dependencies (nullthrows, debounce-promise, picomatch-browser) raw and the worker would fail
    // to start. Pre-bundling them up front makes `vite dev` behave like the build.
    include: ['graphql-language-service', 'picomatch-browser'],
  },
  server: {
    // Same origin in development too, so the session cookie and the WebSocket upgrade behave as in production.
    proxy: {
      '/graphql': { target: apiOrigin, ws: true },
      '/uploads': { target: apiOrigin },
      '/avatar': { target: apiOrigin },
      '/client-config.json': { target: apiOrigin },
    },
  },
  test: {
    environment: 'jsdom',
    globals: true,
    setupFiles: ['./src/test/setup.ts'],
    css: false,
    include: ['src/**/*.test.{ts,tsx}', 'vite-plugins/**/*.test.ts'],
    // Page-level tests type and click through whole flows: on a busy 2-core CI machine that can pass 5 s.
    testTimeout: 15_000,
  },
});
