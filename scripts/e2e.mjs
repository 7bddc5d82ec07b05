// Runs the end-to-end tests against the built extension in real browsers:
//   node scripts/e2e.mjs                 both browsers (tests/e2e/chromium and tests/e2e/firefox)
//   node scripts/e2e.mjs chromium        one browser
//   node scripts/e2e.mjs firefox tests/e2e/firefox/journeys.e2e.ts   one file
// Never skips: without a browser, or without its build, it fails and says what to do.
// The two browsers' suites run at the same time (each one file after another), since most of
// their time is spent waiting on their own browser; E2E_SERIAL=1 runs one after the other.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, INSTALL_HINT } from './chromium-path.mjs';
import { findFirefox, FIREFOX_INSTALL_HINT } from './firefox-path.mjs';

const BROWSERS = {
  chromium: {
    find: findChromium,
    hint: INSTALL_HINT,
    env: 'CHROMIUM_PATH',
    dir: process.env.EXTENSION_DIR ?? '.output/chrome-mv3',
    build: 'npm run build',
  },
  firefox: {
    find: findFirefox,
    hint: FIREFOX_INSTALL_HINT,
    env: 'FIREFOX_PATH',
    dir: process.env.FIREFOX_EXTENSION_DIR ?? '.output/firefox-mv3',
    build: 'npm run build:firefox',
  },
};

const args = process.argv.slice(2);
const named = args.filter((a) => a in BROWSERS);
const files = args.filter((a) => !(a in BROWSERS));
// A file under tests/e2e/<browser>/ names its browser.
const fromFiles = Object.keys(BROWSERS).filter((b) => files.some((f) => f.includes(`/${b}/`)));
const chosen = named.length ? named : fromFiles.length ? fromFiles : Object.keys(BROWSERS);

const env = { ...process.env };
for (const name of chosen) {
  const browser = BROWSERS[name];
  const path = browser.find();
  if (!path) {
    console.error(browser.hint);
    process.exit(1);
  }
  if (!existsSync(`${browser.dir}/manifest.json`)) {
    console.error(`No ${name} build found in ${browser.dir}. Run "${browser.build}" first.`);
    process.exit(1);
  }
  env[browser.env] = path;
  console.log(`${name}: ${path}`);
}

function run(name) {
  const own = files.filter(
    (f) => !Object.keys(BROWSERS).some((b) => f.includes(`/${b}/`)) || f.includes(`/${name}/`),
  );
  const started = Date.now();
  return new Promise((resolve) => {
    const child = spawn(
      'npx',
      ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--project', name, ...own],
      { stdio: 'inherit', env },
    );
    child.on('exit', (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      resolve({ name, ok: code === 0, status: code ?? signal, seconds });
    });
  });
}

const results = [];
if (process.env.E2E_SERIAL || chosen.length === 1) {
  for (const name of chosen) results.push(await run(name));
} else {
  results.push(...(await Promise.all(chosen.map(run))));
}
for (const { name, ok, status, seconds } of results) {
  console.log(`E2E ${name}: ${ok ? 'passed' : `FAILED (exit ${status})`} in ${seconds} s`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
