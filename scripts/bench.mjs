// `npm run bench`: the performance benchmark. It reports; it asserts nothing.
//
// In one headless Chromium session, alternating the two sides of each pair so the machine's drift
// cancels out, it measures:
//   1. popup time to content vs a static HTML page holding the same content with no script;
//   2. right-click to section focused vs opening a static extension page in a tab;
//   3. lookup time per span over the team's held-out sets, and for a 50,000-character selection
//      (in Node);
//   4. "Explain this page": explainText on a 2,000-word article (in Node), and click to result in
//      the popup (scripts/bench-explain.mjs);
//   5. gzipped bytes of each entrypoint's JS+CSS, and the size of both store zips.
// It prints a table and writes the figures to .output/bench/results.json.
import { chromium } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromiumArgs, findChromium, INSTALL_HINT } from './chromium-path.mjs';
import { entrySizes } from './bundle-size.mjs';
import { withLookupModule } from './load-lookup.mjs';
import { explainClickTimes, explainRows, explainTimes } from './bench-explain.mjs';
import { median, percentile, round } from './bench-stats.mjs';

const PAIRS = Number(process.env.BENCH_PAIRS ?? 21);
const OUT = resolve('.output/bench');
const BUILD = resolve('.output/chrome-mv3');
const BENCH_EXT = resolve('.output/bench/extension');

function run(cmd, args) {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'inherit'], encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed`);
  return r.stdout;
}

// Runs in every page before its own code: records when the content is painted and when a section
// heading takes focus, the same way for the extension's pages and the static copies.
const PROBE = `(() => {
  const done = () => document.querySelector('[data-ready="true"]') && document.querySelector('h1, h2');
  const mark = () => requestAnimationFrame(() => { window.__contentAt ??= performance.now(); window.__contentEpoch ??= Date.now(); });
  const watch = () => { if (done()) mark(); else new MutationObserver((_, o) => { if (done()) { o.disconnect(); mark(); } }).observe(document, { subtree: true, childList: true, attributes: true }); };
  document.addEventListener('focusin', (e) => { if (e.target && e.target.tagName === 'H2') window.__focusEpoch ??= Date.now(); }, true);
  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', watch); else watch();
})();`;

async function launch(dir) {
  const executablePath = findChromium();
  if (!executablePath) throw new Error(INSTALL_HINT);
  const profile = await mkdtemp(join(tmpdir(), 'mo-guide-bench-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: chromiumArgs(dir),
  });
  await context.addInitScript(PROBE);
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  return { context, worker, id, profile, url: (p) => `chrome-extension://${id}/${p}` };
}

/** Saves the rendered page as static HTML: same markup and styles, no script. */
async function snapshot(session, path, file) {
  const page = await session.context.newPage();
  await page.goto(session.url(path));
  await page.waitForSelector('[data-ready="true"]');
  await page.waitForTimeout(300);
  const html = await page.evaluate(() => {
    const doc = document.documentElement.cloneNode(true);
    doc.querySelectorAll('script, link[rel="modulepreload"]').forEach((el) => el.remove());
    return '<!doctype html>\n' + doc.outerHTML;
  });
  await writeFile(join(BENCH_EXT, file), html);
  await page.close();
}

async function timeToContent(session, path) {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 380, height: 600 });
  await page.goto(session.url(path));
  await page.waitForFunction(() => window.__contentAt !== undefined, null, { timeout: 10_000 });
  const t = await page.evaluate(() => window.__contentAt);
  await page.close();
  return t;
}

async function rightClickToFocus(session, selectionText) {
  const opened = session.context.waitForEvent('page');
  const t0 = await session.worker.evaluate((text) => {
    const start = Date.now();
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'lookup-selection', selectionText: text },
      { id: -1, windowId: -1 },
    );
    return start;
  }, selectionText);
  const page = await opened;
  await page.waitForFunction(() => window.__focusEpoch !== undefined, null, { timeout: 10_000 });
  const t1 = await page.evaluate(() => window.__focusEpoch);
  await page.close();
  return t1 - t0;
}

async function staticTabToContent(session, file) {
  const opened = session.context.waitForEvent('page');
  const t0 = await session.worker.evaluate((url) => {
    const start = Date.now();
    chrome.tabs.create({ url });
    return start;
  }, session.url(file));
  const page = await opened;
  await page.waitForFunction(() => window.__contentEpoch !== undefined, null, { timeout: 10_000 });
  const t1 = await page.evaluate(() => window.__contentEpoch);
  await page.close();
  return t1 - t0;
}

async function pairs(label, a, b) {
  const ratios = [];
  const as = [];
  const bs = [];
  for (let i = 0; i < PAIRS; i++) {
    // Alternate which side runs first so slow drift affects both equally.
    const [x, y] = i % 2 ? [await b(), await a()].reverse() : [await a(), await b()];
    as.push(x);
    bs.push(y);
    ratios.push(x / y);
  }
  process.stdout.write(`  ${label}: ${PAIRS} pairs done\n`);
  return {
    medianMs: round(median(as)),
    staticMedianMs: round(median(bs)),
    medianRatio: round(median(ratios)),
  };
}

async function lookupTimes() {
  return withLookupModule(async ({ lookup }) => {
    const spans = [
      ...JSON.parse(await readFile('tests/fixtures/lookup-holdout.json', 'utf8')),
      ...JSON.parse(await readFile('tests/fixtures/lookup-blind.json', 'utf8')),
    ];
    for (const s of spans) lookup(s.text); // warm up
    const perSpan = spans.map((s) => {
      const runs = 20;
      const start = performance.now();
      for (let i = 0; i < runs; i++) lookup(s.text);
      return (performance.now() - start) / runs;
    });
    const long = 'The trafficker was sentenced to life in prison. '.repeat(1100).slice(0, 50_000);
    const longRuns = [];
    for (let i = 0; i < 20; i++) {
      const start = performance.now();
      lookup(long);
      longRuns.push(performance.now() - start);
    }
    return {
      spans: spans.length,
      medianMs: round(median(perSpan), 3),
      p99Ms: round(percentile(perSpan, 99), 3),
      selection50kMs: round(median(longRuns), 3),
    };
  });
}

/** The Chrome zip was made with the build (see main); the Firefox one is made here. */
async function zipSizes() {
  run('npx', ['wxt', 'zip', '-b', 'firefox', '--mv3']);
  // Only this version's zips: older ones may still sit in .output.
  const { version } = JSON.parse(await readFile('package.json', 'utf8'));
  const files = (await readdir('.output')).filter(
    (f) =>
      f.endsWith(`-${version}-chrome.zip`) ||
      f.endsWith(`-${version}-firefox.zip`) ||
      f.endsWith(`-${version}-sources.zip`),
  );
  const sizes = {};
  for (const f of files) sizes[f] = (await stat(join('.output', f))).size;
  return sizes;
}

/** The results as the Markdown table the README shows. */
function printTable(results) {
  const rows = [
    [
      'popup time to content (median)',
      `${results.popup.medianMs} ms vs ${results.popup.staticMedianMs} ms static`,
      `${results.popup.medianRatio}×`,
      '≤ 1.3×',
    ],
    [
      'right-click to section focused (median)',
      `${results.rightClick.medianMs} ms vs ${results.rightClick.staticMedianMs} ms static tab`,
      `${results.rightClick.medianRatio}×`,
      '≤ 1.5×',
    ],
    [
      'lookup per span (held-out sets)',
      `median ${results.lookup.medianMs} ms, p99 ${results.lookup.p99Ms} ms`,
      '',
      '≤ 1 ms median',
    ],
    ['lookup, 50,000-character selection', `${results.lookup.selection50kMs} ms`, '', ''],
    ...explainRows(results),
    ...Object.entries(results.gzipKB).map(([k, v]) => [
      `${k} JS+CSS gzipped`,
      v.initial === v.all
        ? `${v.all} KB`
        : `${v.initial} KB before first paint, ${v.all} KB in all`,
      '',
      k === 'popup' ? '≤ 35 KB' : '',
    ]),
    ...Object.entries(results.zipKB).map(([k, v]) => [k, `${v} KB`, '', '']),
  ];
  console.log('\n| measure | result | ratio | target |\n| --- | --- | --- | --- |');
  for (const r of rows) console.log(`| ${r.join(' | ')} |`);
}

async function main() {
  if (process.argv.includes('--lookup-only')) {
    console.log(await lookupTimes());
    return;
  }
  if (process.argv.includes('--explain-only')) {
    console.log(await explainTimes());
    console.log(await explainClickTimes(launch, PAIRS));
    return;
  }
  console.log('Building the extension…');
  // `wxt zip` builds first: one build gives the pages measured and the Chrome zip.
  run('npx', ['wxt', 'zip']);
  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  await cp(BUILD, BENCH_EXT, { recursive: true });

  console.log('Making the static comparison pages…');
  let session = await launch(BENCH_EXT);
  await snapshot(session, 'popup.html', 'bench-static-popup.html');
  await snapshot(session, 'explainer.html#penalties', 'bench-static-explainer.html');
  await session.context.close();
  await rm(session.profile, { recursive: true, force: true });

  console.log('Measuring in Chromium…');
  session = await launch(BENCH_EXT);
  await session.worker.evaluate(() => chrome.storage.local.set({ lookupTarget: 'tab' }));
  // Close the first-run welcome tab so every measurement starts from the same state.
  for (const p of session.context.pages()) if (p.url().includes('options.html')) await p.close();
  const popup = await pairs(
    'popup vs static page',
    () => timeToContent(session, 'popup.html'),
    () => timeToContent(session, 'bench-static-popup.html'),
  );
  const rightClick = await pairs(
    'right-click vs static tab',
    () => rightClickToFocus(session, 'sentenced to 25 years for sexual trafficking of a child'),
    () => staticTabToContent(session, 'bench-static-explainer.html'),
  );
  await session.context.close();
  await rm(session.profile, { recursive: true, force: true });

  console.log('Timing Explain this page…');
  const explainClick = await explainClickTimes(launch, PAIRS);

  console.log('Timing lookup in Node…');
  const lookup = await lookupTimes();
  const explain = await explainTimes();
  const sizes = await entrySizes(BUILD);
  const zips = await zipSizes();

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: (await import('node:os')).cpus().length, node: process.version },
    pairs: PAIRS,
    popup,
    rightClick,
    lookup,
    explain,
    explainClick,
    gzipKB: Object.fromEntries(
      Object.entries(sizes).map(([k, v]) => [
        k,
        { initial: round(v.initial / 1024, 1), all: round(v.all / 1024, 1) },
      ]),
    ),
    zipKB: Object.fromEntries(Object.entries(zips).map(([k, v]) => [k, round(v / 1024, 1)])),
  };
  await writeFile(join(OUT, 'results.json'), JSON.stringify(results, null, 2) + '\n');

  printTable(results);
  console.log(`\nWrote ${join(OUT, 'results.json')}`);
}

await main();
