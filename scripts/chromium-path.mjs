import { existsSync } from 'node:fs';

/** Where to find Chromium for E2E tests, the benchmark and `npm start`. */
export const CANDIDATES = [
  process.env.CHROMIUM_PATH,
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/usr/bin/google-chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
].filter(Boolean);

export function findChromium() {
  return CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const INSTALL_HINT = [
  'No Chromium was found. The end-to-end tests need a real Chromium.',
  'Install it, then run the tests again:',
  '  Debian/Ubuntu: sudo apt-get install -y chromium',
  '  macOS:         brew install --cask chromium',
  'Or point CHROMIUM_PATH at a Chromium or Chrome binary: CHROMIUM_PATH=/path/to/chrome npm test',
].join('\n');

/**
 * Flags for a headless Chromium with the extension in `dir` loaded. Playwright disables
 * extensions unless told otherwise; the rest keep Chromium from reaching the network on its own.
 */
export function chromiumArgs(dir) {
  return [
    `--disable-extensions-except=${dir}`,
    `--load-extension=${dir}`,
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
}
