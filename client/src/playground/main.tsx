import { lazy, StrictMode, Suspense } from 'react';
import { createRoot } from 'react-dom/client';

// GraphiQL brings monaco (~700 KB gzipped): load it after a first paint so the page does not look dead.
const Playground = lazy(() => import('./Playground'));

const container = document.getElementById('playground');
if (!container) throw new Error('playground.html must contain <div id="playground">');

createRoot(container).render(
  <StrictMode>
    <Suspense fallback={<p style={{ fontFamily: 'system-ui, sans-serif', padding: 24 }}>Loading the GraphQL playground…</p>}>
      <Playground />
    </Suspense>
  </StrictMode>,
);
