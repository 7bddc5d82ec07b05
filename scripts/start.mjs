// `npm start`: build the extension and open Chromium with it loaded (WXT dev mode, rebuilds on save).
// Without a display it builds once and explains how to load the build by hand.
import { spawnSync } from 'node:child_process';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

const headless =
  process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY;
const chromium = findChromium();

if (headless || !chromium) {
  const build = spawnSync('npx', ['wxt', 'build'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
  console.log('');
  if (headless) {
    console.log(
      'No display found (DISPLAY and WAYLAND_DISPLAY are not set), so no browser was opened.',
    );
  } else {
    console.log(INSTALL_HINT);
  }
  console.log('The extension is built in .output/chrome-mv3. To load it by hand:');
  console.log('  1. Open chrome://extensions in Chrome or Chromium.');
  console.log('  2. Turn on "Developer mode" (top right).');
  console.log('  3. Click "Load unpacked" and choose the folder .output/chrome-mv3');
  console.log('For Firefox: npm run build:firefox, then about:debugging → This Firefox →');
  console.log('  "Load Temporary Add-on…" → .output/firefox-mv3/manifest.json');
  process.exit(0);
}

console.log(`Opening ${chromium} with the extension loaded (WXT dev mode; Ctrl+C to stop).`);
const dev = spawnSync('npx', ['wxt'], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: chromium },
});
process.exit(dev.status ?? 0);
