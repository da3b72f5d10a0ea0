import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type RoutePreloads, readRouteModules, routePreloads } from './routePreloads';

const root = resolve(import.meta.dirname, '..');
const routesFile = resolve(root, 'src/AppRoutes.tsx');

describe('readRouteModules', () => {
  it("reads the app's routes with the lazy modules each renders with, parents first", () => {
    const routes = readRouteModules(readFileSync(routesFile, 'utf8'), routesFile, root);
    const modulesOf = (path: string) => routes.find((route) => route.path === path)?.modules;

    expect(modulesOf('/login')).toEqual(['src/pages/LogIn/LogInPage.tsx']);
    expect(modulesOf('/w/:slug/chat/:conversationId')).toEqual([
      'src/apollo/ApolloGate.tsx',
      'src/features/auth/RequireAuth.tsx',
      'src/pages/WorkspaceLayout/WorkspaceLayout.tsx',
      'src/pages/Chat/ChatPage.tsx',
    ]);
    // An index route takes its parent's path.
    expect(modulesOf('/w/:slug')).toContain('src/pages/WorkspaceHome/WorkspaceHomePage.tsx');
    expect(modulesOf('/w/:slug/settings/members')).toEqual(
      expect.arrayContaining(['src/pages/WorkspaceSettings/WorkspaceSettingsLayout.tsx']),
    );
    expect(modulesOf('/*')).toEqual(['src/pages/NotFound/NotFoundPage.tsx']);
  });

  it('fails on a routes file it cannot read, rather than preloading nothing', () => {
    expect(() => readRouteModules('export const routes = [];', routesFile, root)).toThrow(/has its shape changed/);
  });
});

describe('routePreloads', () => {
  it("writes each route's chunks and stylesheets beyond index.html's, with the modules it loads besides", () => {
    const chunk = (fileName: string, facade: string | null, imports: string[], css: string[] = []) => ({
      type: 'chunk',
      fileName,
      facadeModuleId: facade && resolve(root, facade),
      isEntry: facade === 'index.html',
      imports,
      viteMetadata: { importedCss: new Set(css) },
    });
    const bundle = Object.fromEntries(
      [
        chunk('assets/main.js', 'index.html', ['assets/react.js']),
        chunk('assets/react.js', null, []),
        chunk('assets/ApolloGate.js', 'src/apollo/ApolloGate.tsx', ['assets/react.js']),
        chunk('assets/createApolloClient.js', 'src/apollo/createApolloClient.ts', ['assets/apollo.js']),
        chunk('assets/apollo.js', null, []),
        chunk('assets/RequireAuth.js', 'src/features/auth/RequireAuth.tsx', []),
        chunk('assets/WorkspaceLayout.js', 'src/pages/WorkspaceLayout/WorkspaceLayout.tsx', []),
        chunk('assets/ChatPage.js', 'src/pages/Chat/ChatPage.tsx', ['assets/react.js']),
        chunk('assets/MarkdownAnswer.js', 'src/features/copilot/MarkdownAnswer.tsx', [], ['assets/MarkdownAnswer.css']),
        chunk('assets/LogInPage.js', 'src/pages/LogIn/LogInPage.tsx', ['assets/react.js']),
      ].map((file) => [file.fileName, file]),
    );
    const emitted: { fileName: string; source: string }[] = [];
    const plugin = routePreloads({
      root,
      routesFile,
      loadsWith: { 'src/apollo/ApolloGate.tsx': ['src/apollo/createApolloClient.ts'] },
      routeLoads: { '/w/:slug/chat/:conversationId': ['src/features/copilot/MarkdownAnswer.tsx'] },
    });
    const context = {
      emitFile: (file: { fileName: string; source: string }) => emitted.push(file),
      error: (message: string) => {
        throw new Error(message);
      },
    };
    (plugin.generateBundle as (this: unknown, output: unknown, bundle: unknown) => void).call(context, {}, bundle);

    expect(emitted.map((file) => file.fileName)).toEqual(['.vite/route-preloads.json']);
    const { routes } = JSON.parse(emitted[0]?.source ?? '') as RoutePreloads;
    const preloadOf = (path: string) => routes.find((route) => route.path === path);
    expect(preloadOf('/login')).toEqual({ path: '/login', scripts: ['assets/LogInPage.js'], styles: [] });
    expect(preloadOf('/w/:slug/chat/:conversationId')).toEqual({
      path: '/w/:slug/chat/:conversationId',
      scripts: [
        'assets/ApolloGate.js',
        'assets/createApolloClient.js',
        'assets/apollo.js',
        'assets/RequireAuth.js',
        'assets/WorkspaceLayout.js',
        'assets/ChatPage.js',
        'assets/MarkdownAnswer.js',
      ],
      styles: ['assets/MarkdownAnswer.css'],
    });
    expect(preloadOf('/w/:slug/chat')?.scripts).not.toContain('assets/MarkdownAnswer.js');
  });
});
