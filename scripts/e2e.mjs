// Runs the end-to-end tests against the built extension in a real Chromium.
// Never skips: without Chromium it fails and says how to install it.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';

const chromium = findChromium();
if (!chromium) {
  console.error(INSTALL_HINT);
  process.exit(1);
}
const dir = process.env.EXTENSION_DIR ?? '.output/chrome-mv3';
if (!existsSync(`${dir}/manifest.json`)) {
  console.error(`No Chrome build found in ${dir}. Run "npm run build" first.`);
  process.exit(1);
}
console.log(`Chromium: ${chromium}`);
const result = spawnSync(
  'npx',
  ['vitest', 'run', '--config', 'vitest.e2e.config.ts', ...process.argv.slice(2)],
  {
    stdio: 'inherit',
    env: { ...process.env, CHROMIUM_PATH: chromium },
  },
);
process.exit(result.status ?? 1);
