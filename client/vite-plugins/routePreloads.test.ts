import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readRouteModules } from './routePreloads';

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
