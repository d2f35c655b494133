import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { defineConfig } from '@playwright/test';

const PORT = Number(process.env.E2E_PORT ?? 4173);
const ORIGIN = `http://127.0.0.1:${PORT}`;
// The server of each run keeps its workspace in an empty directory of its own (the workers read the
// same value from the environment they inherit).
process.env.E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'reunir-e2e-'));

export default defineConfig({
  testDir: 'tests/e2e',
  fullyParallel: false,
  workers: 2,
  reporter: [['list']],
  timeout: 60_000,
  use: {
    baseURL: ORIGIN,
    viewport: { width: 360, height: 780 },
    launchOptions: {
      executablePath: '/usr/bin/chromium',
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
  webServer: {
    // The production server as `npm start` runs it; its node half is rebuilt first (under a second),
    // so that `vite build` before the tests is enough.
    command:
      'npx vite build --config vite.node.config.ts --logLevel error && node tests/e2e/workspace-setup.mjs && node scripts/start.js',
    url: `${ORIGIN}/fr/`,
    reuseExistingServer: false,
    // the workspace's accounts are made before the server starts, each opening the storage once
    timeout: 180_000,
    // The address readers report wrong sentences to (translation-review.spec.ts).
    env: {
      HOST: '127.0.0.1',
      PORT: String(PORT),
      ORIGIN,
      REUNIR_FEEDBACK_EMAIL: 'corrections@example.org',
      // The workspace's accounts are made there first (tests/e2e/workspace-setup.mjs).
      REUNIR_DATA_DIR: process.env.E2E_DATA_DIR,
    },
  },
});
