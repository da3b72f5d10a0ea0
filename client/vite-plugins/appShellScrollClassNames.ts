import type { Plugin } from 'vite';

const APP_SHELL = /[\\/]@mantine[\\/]core[\\/].*[\\/]AppShell[\\/]/;

/**
 * Build only: Mantine's AppShell sections import `react-remove-scroll` only to read `RemoveScroll.classNames` (the
 * class that keeps fixed headers still while a dialog locks scrolling). That entry also bundles the scroll lock
 * itself (≈ 2.5 kB gzip of event handling), which every signed-in page would then load before its first paint. The
 * package's `/UI` entry defines the same `RemoveScroll` with the same `classNames` (the full entry re-exports it), so
 * AppShell gets that one; dialogs and drawers still import the full entry when they load.
 */
export function appShellScrollClassNames(): Plugin {
  return {
    name: 'askbase:app-shell-scroll-class-names',
    apply: 'build',
    enforce: 'pre',
    resolveId(source, importer, options) {
      if (source !== 'react-remove-scroll' || !importer || !APP_SHELL.test(importer)) return null;
      return this.resolve('react-remove-scroll/UI', importer, { ...options, skipSelf: true });
    },
  };
}
