// Browser tests: the real server on a fresh embedded database with the demo organization,
// driven through Debian's chromium (never a downloaded browser). Run with `npm run test:e2e`,
// which builds the web app first.
import { defineConfig, devices } from '@playwright/test';

const PORT = 3199;
// `localhost`, not 127.0.0.1: the session cookie is `__Host-` and Secure, which Chromium
// accepts over plain http only on localhost.
const BASE_URL = `http://localhost:${PORT}`;

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: 'list',
  use: {
    baseURL: BASE_URL,
    headless: true,
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath: '/usr/bin/chromium',
          args: [
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
    },
  ],
  webServer: {
    // A new database every run; the server seeds the demo organization on its first start.
    command: 'rm -rf .e2e-data && npx tsx src/main.ts',
    env: {
      DATA_DIR: '.e2e-data',
      PORT: String(PORT),
      HOST: 'localhost',
      LOG_LEVEL: 'warn',
      // Never a developer's real database, mail server or public address.
      DATABASE_URL: '',
      SMTP_URL: '',
      PUBLIC_URL: '',
      SEED_DEMO: 'auto',
    },
    url: `${BASE_URL}/healthz`,
    timeout: 120_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 10_000 },
  },
});
