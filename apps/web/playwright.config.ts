import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';

/**
 * Browser tests in Debian's Chromium (`apt-get install chromium fonts-noto-cjk`): Playwright's own
 * browser downloads cannot work here. A missing Chromium fails the run, it is never skipped.
 */
function chromiumPath(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
    return fromEnv;
  }
  for (const name of ['chromium', 'chromium-browser']) {
    try {
      const found = execSync(`command -v ${name}`, { shell: '/bin/sh', stdio: ['ignore', 'pipe', 'ignore'] })
        .toString()
        .trim();
      if (found) return found;
    } catch {
      // not installed under this name
    }
  }
  throw new Error(
    'No Chromium for the browser tests: apt-get install -y chromium fonts-noto-cjk (or set CHROMIUM_PATH)',
  );
}

export default defineConfig({
  testDir: './e2e',
  testMatch: '*.spec.ts',
  // Starts the built API on a fresh embedded database with demo data, and `vite preview`.
  globalSetup: './e2e/global-setup.ts',
  outputDir: './e2e/test-results',
  // Flakiness is fixed, not hidden.
  retries: 0,
  forbidOnly: Boolean(process.env.CI),
  // Each file is one role's flow; two run at once, which keeps 2 cores busy without starving the API.
  workers: Number(process.env.E2E_WORKERS ?? 2),
  fullyParallel: false,
  timeout: 180_000,
  expect: { timeout: 15_000 },
  reporter: [['list']],
  use: {
    browserName: 'chromium',
    launchOptions: {
      executablePath: chromiumPath(),
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    },
    locale: 'zh-CN',
    // The app honours the system's reduced-motion setting (antd motion off): a click never lands
    // on a popover, drawer or menu that is still moving into place, which under CI's load it did.
    reducedMotion: 'reduce',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
    actionTimeout: 20_000,
    navigationTimeout: 30_000,
    screenshot: 'only-on-failure',
    trace: 'off',
  },
});
