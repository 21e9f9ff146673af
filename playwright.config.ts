import fs from 'node:fs'
import { defineConfig } from '@playwright/test'
import { CHROMIUM_FLAGS, TEST_CHROMIUM_PATH as chromium } from './tests/support/chromium'

const port = Number(process.env.E2E_PORT ?? 3100)

if (!fs.existsSync(chromium)) {
  throw new Error(
    `Chromium's headless shell was not found at ${chromium}. Install it (Debian: sudo apt-get ` +
      'install -y chromium-headless-shell) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
  )
}

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000, toHaveScreenshot: { maxDiffPixelRatio: 0.002 } },
  // Approved pictures for the appearance spec, one per name, committed with the tests.
  snapshotPathTemplate: '{testDir}/appearance-snapshots/{arg}{ext}',
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    // Recording traces slows every step by about a seventh; CI keeps only its log, so it records none.
    trace: process.env.CI ? 'off' : 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: chromium,
      args: CHROMIUM_FLAGS,
    },
  },
  webServer: {
    command: 'tsx tests/e2e/server.ts',
    url: `http://localhost:${port}/`,
    env: { E2E_PORT: String(port) },
    timeout: 600_000,
    // `npm test` prepares the server while the checks and the integration tests run (tests/allLayers.ts).
    reuseExistingServer: !process.env.CI || process.env.E2E_SERVER_RUNNING === 'true',
    stdout: 'pipe',
    stderr: 'pipe',
    gracefulShutdown: { signal: 'SIGTERM', timeout: 20_000 },
  },
})
