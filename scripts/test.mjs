// `npm test`: every check, in the order that fails fastest. Stops at the first failure and
// prints how long each step took (so a slow step shows up at once).
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type-check', 'npx', ['tsc', '--noEmit']],
  ['Lint', 'npx', ['eslint', '.']],
  ['Format', 'npx', ['prettier', '--check', '.']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  // The store zips, built as `npm run zip` does (this builds .output/chrome-mv3 too).
  ['Build and zip for Chrome', 'npx', ['wxt', 'zip']],
  ['Build and zip for Firefox', 'npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']],
  [
    'Build checks (manifests, budgets, zips)',
    'npx',
    ['vitest', 'run', '--config', 'vitest.build.config.ts'],
  ],
  [
    'web-ext lint (Firefox build)',
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted=false'],
  ],
  ['End-to-end tests in Chromium and Firefox', 'node', ['scripts/e2e.mjs']],
];

const started = Date.now();
const times = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
function report() {
  const width = Math.max(...times.map(([name]) => name.length));
  console.log('\nnpm test: time per step');
  for (const [name, ms, ok] of times) {
    console.log(`  ${name.padEnd(width)}  ${seconds(ms).padStart(8)}${ok ? '' : '  FAILED'}`);
  }
  console.log(`  ${'total'.padEnd(width)}  ${seconds(Date.now() - started).padStart(8)}`);
}

for (const [index, [name, command, args]] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] ${name}: ${command} ${args.join(' ')}`);
  const stepStart = Date.now();
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  times.push([name, Date.now() - stepStart, result.status === 0]);
  if (result.status !== 0) {
    report();
    console.error(`\nnpm test: step "${name}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
report();
console.log(`\nnpm test: all ${steps.length} steps passed.`);
