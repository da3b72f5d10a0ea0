import { defineConfig, devices } from '@playwright/test';
import { STRIPE_EMULATOR_PORT } from './stripe-emulator';

const PORT = 4100;
const baseURL = `http://localhost:${PORT}`;

/**
 * Browser journeys in Debian's Chromium (`apt-get install chromium`) against the built app, served by the real
 * server on a fresh embedded PostgreSQL (its data folder is wiped before each run).
 */
export default defineConfig({
  testDir: './journeys',
  fullyParallel: false,
  workers: 1,
  forbidOnly: !!process.env.CI,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: 'rm -rf ../.data/e2e && node ../server/dist/src/main.js',
    url: `${baseURL}/readyz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'pipe',
    env: {
      NODE_ENV: 'development',
      PORT: String(PORT),
      HOST: '127.0.0.1',
      APP_URL: baseURL,
      EMBEDDED_PG_DIR: '.data/e2e/postgres',
      LOG_PRETTY: 'false',
      LOG_LEVEL: 'warn',
      // Billing runs on the bundled Stripe emulator, at a port the journeys know (see stripe-emulator.ts).
      STRIPE_EMULATOR_PORT: String(STRIPE_EMULATOR_PORT),
    },
  },
});
