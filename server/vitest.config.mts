import { defineConfig } from 'vitest/config';

// Decorator metadata comes from tsconfig.json (emitDecoratorMetadata), which Vite 8's transform honours.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    globalSetup: ['test/global-setup.ts'],
    pool: 'forks',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    env: { NODE_ENV: 'test' },
  },
});
