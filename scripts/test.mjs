// `npm test`: every check, in stages that fail fast. Within a stage, independent steps run side
// by side (at most `parallel` at once: the machine this must fit has 2 cores); a stage starts
// only when the one before it has passed. Stops at the first failure, ending the steps still
// running, and prints how long each step took (so a slow step shows up at once).
import { spawn } from 'node:child_process';

const stages = [
  {
    // The unit tests take longest; the other slot takes the quick checks and the builds in turn.
    parallel: 2,
    steps: [
      ['Unit and component tests', 'npx', ['vitest', 'run']],
      ['Type-check', 'npx', ['tsc', '--noEmit']],
      ['Lint', 'npx', ['eslint', '.']],
      ['Format', 'npx', ['prettier', '--check', '.']],
      // The store zips, built as `npm run zip` does (this builds .output/chrome-mv3 too).
      ['Build and zip for Chrome', 'npx', ['wxt', 'zip']],
      ['Build and zip for Firefox', 'npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']],
    ],
  },
  {
    // The browsers wait on each other more than they work; the two quick checks of the built
    // output fit beside them. The E2E output is shown as it comes, the others' when they end.
    parallel: 3,
    steps: [
      ['End-to-end tests in Chromium and Firefox', 'node', ['scripts/e2e.mjs'], { stream: true }],
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
    ],
  },
];

const started = Date.now();
const times = [];
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;
const total = stages.reduce((n, stage) => n + stage.steps.length, 0);
let counter = 0;
const running = new Set();

function report() {
  const width = Math.max(...times.map(([name]) => name.length));
  console.log('\nnpm test: time per step (steps of one stage overlap)');
  for (const [name, ms, ok] of times) {
    console.log(`  ${name.padEnd(width)}  ${seconds(ms).padStart(8)}${ok ? '' : '  FAILED'}`);
  }
  console.log(
    `  ${'total (wall clock)'.padEnd(width)}  ${seconds(Date.now() - started).padStart(8)}`,
  );
}

/** Runs one step; resolves with its exit status. Output is buffered unless `stream`. */
function runStep([name, command, args, { stream = false } = {}]) {
  counter += 1;
  console.log(`\n=== [${counter}/${total}] ${name}: ${command} ${args.join(' ')}`);
  const stepStart = Date.now();
  return new Promise((resolve) => {
    // Its own process group, so a failure elsewhere can end it and everything it started.
    const child = spawn(command, args, {
      stdio: stream ? 'inherit' : ['ignore', 'pipe', 'pipe'],
      env: process.env,
      detached: true,
    });
    running.add(child);
    const output = [];
    child.stdout?.on('data', (chunk) => output.push(chunk));
    child.stderr?.on('data', (chunk) => output.push(chunk));
    child.on('close', (code, signal) => {
      running.delete(child);
      const ms = Date.now() - stepStart;
      if (!stream) {
        console.log(`\n=== ${name} (${seconds(ms)}):`);
        process.stdout.write(Buffer.concat(output));
      }
      times.push([name, ms, code === 0]);
      resolve({ name, code, signal });
    });
  });
}

function stopAll() {
  for (const child of running) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
}
process.on('SIGINT', () => {
  stopAll();
  process.exit(130);
});

for (const stage of stages) {
  const queue = [...stage.steps];
  let failed;
  const worker = async () => {
    while (queue.length && !failed) {
      const result = await runStep(queue.shift());
      if (result.code !== 0 && !failed) {
        failed = result;
        stopAll();
      }
    }
  };
  await Promise.all(Array.from({ length: stage.parallel }, worker));
  if (failed) {
    report();
    console.error(
      `\nnpm test: step "${failed.name}" failed (exit ${failed.code ?? failed.signal}).`,
    );
    process.exit(failed.code || 1);
  }
}
report();
console.log(`\nnpm test: all ${total} steps passed.`);
