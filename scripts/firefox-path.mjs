import { existsSync } from 'node:fs';

/** Where to find Firefox for the Firefox end-to-end tests. */
export const FIREFOX_CANDIDATES = [
  process.env.FIREFOX_PATH,
  '/usr/bin/firefox-esr',
  '/usr/bin/firefox',
  '/Applications/Firefox.app/Contents/MacOS/firefox',
].filter(Boolean);

export function findFirefox() {
  return FIREFOX_CANDIDATES.find((path) => existsSync(path)) ?? null;
}

export const FIREFOX_INSTALL_HINT = [
  'No Firefox was found. The Firefox end-to-end tests need a real Firefox (ESR 140 or newer).',
  'Install it, then run the tests again:',
  '  Debian/Ubuntu: sudo apt-get install -y firefox-esr',
  '  macOS:         brew install --cask firefox',
  'Or point FIREFOX_PATH at a Firefox binary: FIREFOX_PATH=/path/to/firefox npm test',
].join('\n');
