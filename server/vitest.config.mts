import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

// Decorator metadata comes from tsconfig.json (emitDecoratorMetadata), which Vite 8's transform honours.
export default defineConfig({
  resolve: {
    // Vite would load graphql's ESM build for our sources while the CommonJS libraries (type-graphql, Apollo)
    // load its CommonJS build: two realms, and `instanceof` checks fail. Node itself picks the CommonJS build.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts', 'eval/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
