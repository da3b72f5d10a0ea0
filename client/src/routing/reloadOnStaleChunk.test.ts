import { reloadOnStaleChunk } from './reloadOnStaleChunk';

describe('reloadOnStaleChunk', () => {
  afterEach(() => window.history.replaceState(null, ''));

  it('reloads once when a chunk fails to load, then leaves further failures to the error boundary', () => {
    const reload = vi.fn();
    const stop = reloadOnStaleChunk(reload);

    window.dispatchEvent(new Event('vite:preloadError'));
    expect(reload).toHaveBeenCalledTimes(1);

    // The reload kept this history entry (and its state): the chunk is still missing.
    window.dispatchEvent(new Event('vite:preloadError'));
    expect(reload).toHaveBeenCalledTimes(1);
    stop();
  });

  it("keeps the router's history state", () => {
    window.history.replaceState({ usr: null, key: 'abc', idx: 0 }, '');
    const stop = reloadOnStaleChunk(vi.fn());

    window.dispatchEvent(new Event('vite:preloadError'));

    expect(window.history.state).toMatchObject({ key: 'abc', idx: 0 });
    stop();
  });
});
