import { defineConfig } from 'vitest/config';

// End-to-end tests: the built extension in a real browser, one project per browser
// (tests/e2e/chromium with Playwright, tests/e2e/firefox with puppeteer-core over BiDi).
// `node scripts/e2e.mjs [chromium|firefox]` runs them; it checks the browser is there first.
export default defineConfig({
  test: {
    environment: 'node',
    // One file at a time per browser: each file drives its own browser, and timing-sensitive
    // journeys (Esc twice) stay reliable. scripts/e2e.mjs runs the two browsers side by side.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 60_000,
    reporters: ['verbose'],
    projects: [
      { extends: true, test: { name: 'chromium', include: ['tests/e2e/chromium/**/*.e2e.ts'] } },
      { extends: true, test: { name: 'firefox', include: ['tests/e2e/firefox/**/*.e2e.ts'] } },
    ],
  },
  resolve: { alias: { '@': new URL('.', import.meta.url).pathname } },
});
