import { defineWebExtConfig } from 'wxt';

// Dev mode (`npm start`) opens the Chromium that scripts/start.mjs found.
export default defineWebExtConfig({
  binaries: process.env.CHROMIUM_PATH ? { chrome: process.env.CHROMIUM_PATH } : {},
  chromiumArgs: ['--no-first-run', '--disable-background-networking'],
  startUrls: ['chrome://extensions'],
});
