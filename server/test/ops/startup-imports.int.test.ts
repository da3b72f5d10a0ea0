import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serverRoot } from '../../src/config/paths';

// Optional SDKs cost start-up time (issue 13, item 7: `npm start` ready ≤ 5 s after the first run): the Sentry SDK
// alone took ≈ 0.75 s of `require` on a start here. Without their configuration they must not be loaded at all.
const OPTIONAL_PACKAGES = ['@sentry/node', 'ioredis', 'graphql-redis-subscriptions'];

describe('start-up imports', () => {
  it('loads no optional SDK when SENTRY_DSN and REDIS_URL are not set', () => {
    // What main.ts loads before it starts the database: instrument.ts, then the app's module graph (the built files,
    // as `npm start` runs them; `npm test` builds first).
    const script = `
      require(${JSON.stringify(path.join(serverRoot, 'dist/src/instrument.js'))});
      require('reflect-metadata');
      require(${JSON.stringify(path.join(serverRoot, 'dist/src/app.js'))});
      const loaded = new Set();
      for (const file of Object.keys(require.cache)) {
        const match = /node_modules\\/((?:@[^/]+\\/)?[^/]+)\\//.exec(file.split('node_modules/').length > 1 ? file.slice(file.lastIndexOf('node_modules/')) : '');
        if (match) loaded.add(match[1]);
      }
      process.stdout.write(JSON.stringify([...loaded]));
    `;
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env.SENTRY_DSN;
    delete env.REDIS_URL;
    delete env.OTEL_EXPORTER_OTLP_ENDPOINT;
    const loaded = JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: serverRoot, env, encoding: 'utf8' })) as string[];
    expect(loaded).toContain('@mikro-orm/core'); // the probe sees packages at all
    for (const name of OPTIONAL_PACKAGES) expect(loaded, name).not.toContain(name);
  });
});
