import { beforeEach, describe, expect, it, vi } from 'vitest';
import { startBrowserErrorReporting } from './browserErrorReporting';
import { saveConsent } from './consent';

const DSN = 'https://publickey@o42.ingest.sentry.example/7';

function deps(sentry: { dsn: string; environment: string } | null) {
  const init = vi.fn();
  return {
    init,
    fetchConfig: vi.fn(async () => ({ sentry })),
    loadSentry: vi.fn(async () => ({ init })),
  };
}

beforeEach(() => localStorage.clear());

describe('browser error reporting', () => {
  it('fetches and loads nothing until the user allows error reporting', async () => {
    const d = deps({ dsn: DSN, environment: 'production' });
    const stop = startBrowserErrorReporting(d);
    saveConsent(['productAnalytics']);
    await Promise.resolve();
    expect(d.fetchConfig).not.toHaveBeenCalled();
    expect(d.loadSentry).not.toHaveBeenCalled();
    stop();
  });

  it('starts Sentry with the deployment’s DSN, without personal data, as soon as the user allows it', async () => {
    const d = deps({ dsn: DSN, environment: 'production' });
    startBrowserErrorReporting(d);
    saveConsent(['errorReporting']);
    await vi.waitFor(() => expect(d.init).toHaveBeenCalledWith({ dsn: DSN, environment: 'production', sendDefaultPii: false }));
  });

  it('does not load the SDK when the deployment has no browser DSN', async () => {
    saveConsent(['errorReporting']);
    const d = deps(null);
    startBrowserErrorReporting(d);
    await vi.waitFor(() => expect(d.fetchConfig).toHaveBeenCalled());
    await Promise.resolve();
    expect(d.loadSentry).not.toHaveBeenCalled();
  });
});
