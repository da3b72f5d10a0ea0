import '@testing-library/jest-dom/vitest';
import { notifications } from '@mantine/notifications';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';
import { preloadFloating } from '../components/floating';

// findBy*/waitFor give up after 1 s by default: on a busy 2-core CI machine a page whose mocked queries resolve in a
// few ticks can take longer to render (a ReportsPage test failed that way under load). A missing element still fails,
// only later.
configure({ asyncUtilTimeout: 5_000 });

// jsdom lacks the browser APIs Mantine relies on; these stubs stand in for them.
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string): MediaQueryList => ({
    matches: false,
    media: query,
    onchange: null,
    addListener: () => {},
    removeListener: () => {},
    addEventListener: () => {},
    removeEventListener: () => {},
    dispatchEvent: () => false,
  }),
});

class ResizeObserverStub {
  observe() {}
  unobserve() {}
  disconnect() {}
}
window.ResizeObserver = ResizeObserverStub;

Element.prototype.scrollIntoView = () => {};

// Mantine's autosize Textarea measures again once web fonts have loaded; jsdom has no FontFaceSet.
if (!('fonts' in document)) {
  Object.defineProperty(document, 'fonts', {
    value: { addEventListener: () => {}, removeEventListener: () => {}, ready: Promise.resolve() },
  });
}

afterEach(() => {
  cleanup();
  window.localStorage.clear();
  // Mantine keeps notifications in a module-level store: without this, one test's toast shows up in the next.
  notifications.clean();
  notifications.cleanQueue();
});

// Tooltip, Menu, Popover, Modal and Drawer load after the first paint in the app (components/floating). Tests render
// with them already loaded, as a user who waited a moment sees them; deferredFloating.test.tsx covers the waiting.
await preloadFloating();
