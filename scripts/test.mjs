// `npm test`: every check, in the order that fails fastest. Stops at the first failure.
import { spawnSync } from 'node:child_process';

const steps = [
  ['Type-check', 'npx', ['tsc', '--noEmit']],
  ['Lint and format', 'npx', ['eslint', '.']],
  ['Format', 'npx', ['prettier', '--check', '.']],
  ['Unit and component tests', 'npx', ['vitest', 'run']],
  ['Build for Chrome', 'npx', ['wxt', 'build']],
  ['Build for Firefox', 'npx', ['wxt', 'build', '-b', 'firefox', '--mv3']],
  [
    'web-ext lint (Firefox build)',
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv3', '--self-hosted=false'],
  ],
  ['End-to-end tests in Chromium', 'node', ['scripts/e2e.mjs']],
];

const started = Date.now();
for (const [index, [name, command, args]] of steps.entries()) {
  console.log(`\n=== [${index + 1}/${steps.length}] ${name}: ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (result.status !== 0) {
    console.error(`\nnpm test: step "${name}" failed (exit ${result.status ?? result.signal}).`);
    process.exit(result.status || 1);
  }
}
console.log(
  `\nnpm test: all ${steps.length} steps passed in ${Math.round((Date.now() - started) / 1000)} s.`,
);
