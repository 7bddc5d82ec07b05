import { defineWebExtConfig } from 'wxt';

// Dev mode (`npm start`) opens the Chromium that scripts/start.mjs found. Chromium refuses to
// start its sandbox as root (CI boxes, containers), so only there it runs without it.
const asRoot = typeof process.getuid === 'function' && process.getuid() === 0;

export default defineWebExtConfig({
  binaries: process.env.CHROMIUM_PATH ? { chrome: process.env.CHROMIUM_PATH } : {},
  chromiumArgs: [
    '--no-first-run',
    '--disable-background-networking',
    ...(asRoot ? ['--no-sandbox'] : []),
  ],
});
