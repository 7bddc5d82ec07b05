// "Explain this page" in the benchmark (`npm run bench`, or `-- --explain-only`): explainText on
// a 2,000-word article in Node, and the click on "Explain this page" to the result in the popup.
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { readFile, rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { withLookupModule } from './load-lookup.mjs';
import { median, percentile, round } from './bench-stats.mjs';

/**
 * A 2,000-word article for "Explain this page": the three test pages' paragraphs (a news story,
 * a checklist, a recipe), repeated, so on- and off-topic paragraphs mix as on a news site.
 */
export async function longArticle(words = 2000) {
  const paragraphs = [];
  for (const file of ['news-story.html', 'red-flags.html', 'recipe.html']) {
    const html = await readFile(join('tests/fixtures/pages', file), 'utf8');
    const body = html.slice(html.indexOf('<main'), html.indexOf('</main>'));
    for (const m of body.matchAll(/<(p|li|h1|h2)\b[^>]*>([\s\S]*?)<\/\1>/g)) {
      paragraphs.push(
        m[2]
          .replace(/<[^>]+>/g, ' ')
          .replace(/\s+/g, ' ')
          .trim(),
      );
    }
  }
  const out = [];
  let count = 0;
  for (let i = 0; count < words; i++) {
    const p = paragraphs[i % paragraphs.length];
    out.push(p);
    count += p.split(' ').length;
  }
  return out;
}

export async function explainTimes() {
  const article = (await longArticle()).join('\n');
  return withLookupModule(
    async ({ explainText }) => {
      explainText(article); // warm up: the first call loads the lookup's saved index
      const runs = [];
      for (let i = 0; i < 30; i++) {
        const start = performance.now();
        explainText(article);
        runs.push(performance.now() - start);
      }
      return {
        words: article.split(/\s+/).length,
        medianMs: round(median(runs), 2),
        p90Ms: round(percentile(runs, 90), 2),
      };
    },
    { extra: { explain: 'content/explain/index.ts' } },
  );
}

/**
 * Click on "Explain this page" in the popup to the result in the DOM, for a 2,000-word article
 * served from this machine. A build that may read 127.0.0.1 stands in for the toolbar click
 * (which grants activeTab). The popup waits a second first, as a reader does before clicking,
 * so its idle warm-up has run. The popup's tab is in the background (the article is the active
 * tab it reads), where frames are not drawn, so this is the time to the result's DOM.
 */
export async function explainClickTimes(launch, runs) {
  const dir = resolve('.output/bench/test-host');
  const r = spawnSync('npx', ['wxt', 'build'], {
    env: { ...process.env, WXT_OUT_DIR: dir, WXT_TEST_HOST_PERMISSION: 'http://127.0.0.1/*' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  if (r.status !== 0) throw new Error('test-host build failed');
  const paragraphs = await longArticle();
  const html = `<!doctype html><html lang="en"><title>Bench article</title><main><article><h1>${paragraphs[0]}</h1>${paragraphs
    .slice(1)
    .map((p) => `<p>${p}</p>`)
    .join('')}</article></main></html>`;
  const server = createServer((_, res) =>
    res.writeHead(200, { 'content-type': 'text/html' }).end(html),
  );
  await new Promise((done) => server.listen(0, '127.0.0.1', done));
  const session = await launch(join(dir, 'chrome-mv3'));
  const times = [];
  try {
    const article = await session.context.newPage();
    await article.goto(`http://127.0.0.1:${server.address().port}/`);
    for (let i = 0; i < runs; i++) {
      const popup = await session.context.newPage();
      await popup.goto(session.url('popup.html'));
      await popup.waitForSelector('[data-ready="true"]');
      await popup.waitForTimeout(1000);
      await article.bringToFront();
      times.push(
        await popup.evaluate(
          () =>
            new Promise((resolve) => {
              const t0 = performance.now();
              new MutationObserver((_, o) => {
                if (document.querySelector('[data-explained="found"]')) {
                  o.disconnect();
                  resolve(performance.now() - t0);
                }
              }).observe(document.body, { subtree: true, childList: true, attributes: true });
              document.querySelector('.explain-page__button').click();
            }),
        ),
      );
      await popup.close();
    }
  } finally {
    await session.context.close();
    await rm(session.profile, { recursive: true, force: true });
    server.close();
  }
  return { medianMs: round(median(times), 1), p90Ms: round(percentile(times, 90), 1) };
}

/** The benchmark table's rows for these measures. */
export function explainRows({ explain, explainClick }) {
  return [
    [
      `explainText, ${explain.words}-word article (median)`,
      `${explain.medianMs} ms, p90 ${explain.p90Ms} ms`,
      '',
      '≤ 20 ms',
    ],
    [
      'Explain this page: click to result (median)',
      `${explainClick.medianMs} ms, p90 ${explainClick.p90Ms} ms`,
      '',
      '≤ 300 ms',
    ],
  ];
}
