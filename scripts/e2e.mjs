// Runs the end-to-end tests against the built extension in real browsers:
//   node scripts/e2e.mjs                 both browsers (tests/e2e/chromium and tests/e2e/firefox)
//   node scripts/e2e.mjs chromium        one browser
//   node scripts/e2e.mjs firefox tests/e2e/firefox/journeys.e2e.ts   one file
// Never skips: without a browser, or without its build, it fails and says what to do.
//
// The suites share a 2-core machine, and one browser alone keeps it only part busy (it waits on
// its own round trips). So the Chromium files are split in two parts, and the three parts (two
// Chromium, one Firefox) run from a queue, two at a time: two browsers at once use both cores;
// a third would only slow the others down. Each part runs its files one after another.
// E2E_SERIAL=1 runs one part at a time.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
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

/**
 * Chromium files for the second Chromium part, which starts when the Firefox suite ends: together
 * a little lighter than the rest of Chromium plus Firefox, so both queues end near the same time.
 * Any other file runs in the first part.
 */
const CHROMIUM_SECOND = ['keyboard', 'spanish', 'options', 'lookup', 'motion'];

const e2eFiles = (browser) =>
  readdirSync(`tests/e2e/${browser}`)
    .filter((f) => f.endsWith('.e2e.ts'))
    .map((f) => `tests/e2e/${browser}/${f}`)
    .sort();

/** The parts to run, in queue order: [label, browser, files (none: the whole suite)]. */
function parts() {
  const own = (browser) =>
    files.filter(
      (f) => !Object.keys(BROWSERS).some((b) => f.includes(`/${b}/`)) || f.includes(`/${browser}/`),
    );
  const list = [];
  for (const browser of chosen) {
    if (browser !== 'chromium' || files.length) {
      list.push([browser, browser, own(browser)]);
      continue;
    }
    const second = (f) => CHROMIUM_SECOND.some((name) => f.endsWith(`/${name}.e2e.ts`));
    const all = e2eFiles('chromium');
    list.push(['chromium (1 of 2)', browser, all.filter((f) => !second(f))]);
    list.push(['chromium (2 of 2)', browser, all.filter(second)]);
  }
  // Firefox second, so it runs beside the first Chromium part and the second follows it.
  return list.sort(([a], [b]) => order(a) - order(b));
}
const order = (label) => (label.includes('2 of 2') ? 2 : label === 'firefox' ? 1 : 0);

function run([label, browser, list]) {
  const started = Date.now();
  console.log(`E2E ${label}: starting`);
  return new Promise((resolve) => {
    const child = spawn(
      'npx',
      ['vitest', 'run', '--config', 'vitest.e2e.config.ts', '--project', browser, ...list],
      { stdio: 'inherit', env },
    );
    child.on('exit', (code, signal) => {
      const seconds = Math.round((Date.now() - started) / 1000);
      console.log(`E2E ${label}: ${code === 0 ? 'passed' : 'FAILED'} in ${seconds} s`);
      resolve({ label, ok: code === 0, status: code ?? signal, seconds });
    });
  });
}

const queue = parts();
const slots = process.env.E2E_SERIAL ? 1 : 2;
const results = [];
await Promise.all(
  Array.from({ length: slots }, async () => {
    while (queue.length) results.push(await run(queue.shift()));
  }),
);
for (const { label, ok, status, seconds } of results) {
  console.log(`E2E ${label}: ${ok ? 'passed' : `FAILED (exit ${status})`} in ${seconds} s`);
}
process.exit(results.every((r) => r.ok) ? 0 : 1);
