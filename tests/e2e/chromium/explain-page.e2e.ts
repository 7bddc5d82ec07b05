import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { spawnSync } from 'node:child_process';
import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { expectPageClean, setStored, useExtension, type Extension } from './harness';
import { sectionById } from '@/content/sections';
import type { SectionId } from '@/content/types';
import { EXPLAIN_PAGE } from '@/content/ui/explain-page';

/*
 * "Explain this page" and the look-up shortcut, on pages written for the tests and served from
 * this machine. In a browser, the toolbar click or the shortcut grants activeTab; a test cannot
 * make that gesture, so this file runs a test-only build (its own folder) that may read the local
 * test server and nothing else. The shipped manifests never have a host permission
 * (tests/build/manifest.test.ts). The harness fails the file if any request goes anywhere but the
 * extension and that server. The popup's state where the browser forbids reading is in
 * pages.e2e.ts with the shipped build.
 */

const TEST_BUILD = resolve('.output/test-host');
const PAGES = resolve('tests/fixtures/pages');
const POPUP = { width: 380, height: 600 };
/** The parts the result adds to a popup or panel that pages.e2e.ts checks whole. */
const RESULT = ['.explain-page'];

// The service worker's global, for code evaluated inside it.
declare const chrome: {
  commands: { onCommand: { dispatch(command: string, tab: object): void } };
  tabs: { query(q: object): Promise<Array<{ id: number; windowId: number }>> };
  storage: Record<'local' | 'sync' | 'session', { get(key: null): Promise<object> }>;
};

function buildTestExtension(): void {
  const result = spawnSync('npx', ['wxt', 'build'], {
    env: {
      ...process.env,
      WXT_OUT_DIR: TEST_BUILD,
      WXT_TEST_HOST_PERMISSION: 'http://127.0.0.1/*',
    },
    encoding: 'utf8',
  });
  if (result.status !== 0) throw new Error(`test build failed: ${result.stderr}`);
}

/** Serves tests/fixtures/pages/<name>.html, and nothing else. */
function serve(): Promise<Server> {
  const server = createServer((request, response) => {
    const name = (request.url ?? '').replace(/^\/+/, '');
    if (!/^[\w-]+\.html$/.test(name)) {
      response.writeHead(404).end();
      return;
    }
    readFile(join(PAGES, name)).then(
      (body) => response.writeHead(200, { 'content-type': 'text/html' }).end(body),
      () => response.writeHead(404).end(),
    );
  });
  return new Promise((done) => server.listen(0, '127.0.0.1', () => done(server)));
}

const title = (id: SectionId) => sectionById(id).title;
const texts = (page: Page, selector: string) =>
  page.locator(selector).evaluateAll((els) => els.map((el) => el.textContent?.trim() ?? ''));

/** The result in light and in dark: axe-core, sideways scrolling, outside loads (the harness). */
async function expectResultClean(ext: Extension, page: Page, label: string) {
  for (const colorScheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme });
    await expectPageClean(ext, page, `${label} (${colorScheme})`, { axeInclude: RESULT });
  }
}

describe('Explain this page and the look-up shortcut, in a real Chromium', () => {
  let server: Server;
  let origin = '';
  let article: Page;

  beforeAll(async () => {
    buildTestExtension();
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  }, 180_000);

  // Registered after the build, so the browser starts with it. The test pages are local; the
  // second origin is the same server under a name this build may not read.
  const extension = useExtension({
    extensionDir: join(TEST_BUILD, 'chrome-mv3'),
    alsoAllowed: () => [`${origin}/`, origin.replace('127.0.0.1', 'localhost') + '/', 'chrome://'],
  });

  beforeAll(async () => {
    article = await extension().context.newPage();
  });

  afterAll(async () => {
    // The browser may still hold a kept-alive connection: close() alone would wait for it.
    server?.closeAllConnections();
    await new Promise((done) => server?.close(done));
  });

  /** Shows a page in the reader's tab, opens the view, and presses "Explain this page". */
  async function explain(page: string, view = 'popup.html'): Promise<Page> {
    const ext = extension();
    await article.goto(page.includes(':') ? page : `${origin}/${page}`);
    const opened = await ext.open(view, view === 'popup.html' ? POPUP : { width: 400 });
    // The reader is looking at the article; the view reads the active tab.
    await article.bringToFront();
    await opened.getByRole('button', { name: EXPLAIN_PAGE.button, exact: true }).click();
    await opened.waitForSelector('[data-explained]');
    return opened;
  }

  it('a news story: its statutes, terms and sections, then where to report, 911 first', async () => {
    const ext = extension();
    const popup = await explain('news-story.html');
    expect(await texts(popup, '[data-part="statutes"] li strong')).toEqual([
      '566.211',
      '18 U.S.C. 1591',
    ]);
    const terms = await texts(popup, '[data-part="terms"] dt');
    expect(terms).toEqual(
      expect.arrayContaining(['Sexual trafficking of a child', 'Coercion', 'Restitution']),
    );
    const sections = await texts(popup, '[data-part="sections"] > li > a');
    // The three the story is about come first (their order follows the engine's scores).
    expect(sections.slice(0, 3).sort()).toEqual(
      [title('legal-consequences'), title('federal-law'), title('penalties')].sort(),
    );
    // The matched sentence is the page's own words, shown as text.
    expect(await texts(popup, '[data-part="sections"] q')).toContainEqual(
      expect.stringContaining('under 18 U.S.C. 1591'),
    );
    // Focus moves to the result, so a screen reader hears it.
    await expect
      .poll(() => popup.evaluate(() => document.activeElement?.textContent))
      .toBe(EXPLAIN_PAGE.resultHeading);
    // In the result, 911 comes before any other line.
    const report = popup.locator('.explain-page__result .explain-page__part').last();
    const order = await report.evaluate((el) => {
      const emergency = el.querySelector('.emergency');
      const line = el.querySelector('.region-lines__row');
      return !!emergency && !!line && !!(emergency.compareDocumentPosition(line) & 4);
    });
    expect(order).toBe(true);
    // The page text was kept in no storage area.
    const stored = await ext.worker.evaluate(async () =>
      JSON.stringify(
        await Promise.all(
          (['local', 'sync', 'session'] as const).map((a) => chrome.storage[a].get(null)),
        ),
      ),
    );
    expect(stored).not.toMatch(/Riverbend|grand jury/);
    await expectResultClean(ext, popup, 'popup: a news story explained');
    await popup.close();
  });

  it('a red-flags checklist: the warning-signs section, and no statute', async () => {
    const popup = await explain('red-flags.html');
    const sections = await texts(popup, '[data-part="sections"] > li > a');
    expect(sections[0]).toBe(title('recognizing-signs'));
    expect(await popup.locator('[data-part="statutes"]').count()).toBe(0);
    await popup.close();
  });

  it('a recipe: "nothing about trafficking here", and a way to the search', async () => {
    const popup = await explain('recipe.html');
    expect(await popup.locator('[data-explained]').getAttribute('data-explained')).toBe('nothing');
    expect(await popup.getByRole('heading', { name: EXPLAIN_PAGE.nothing }).count()).toBe(1);
    expect(await popup.getByRole('link', { name: EXPLAIN_PAGE.search }).count()).toBe(1);
    await expectResultClean(extension(), popup, 'popup: nothing about trafficking');
    await popup.close();
  });

  it('a page the browser protects, or one it gave no access to: a calm note and the search', async () => {
    const restricted = await explain('chrome://version');
    expect(await restricted.getByText(EXPLAIN_PAGE.restrictedHeading).count()).toBe(1);
    expect(await restricted.getByRole('link', { name: EXPLAIN_PAGE.search }).count()).toBe(1);
    await restricted.close();
    // Not the name this build may read: as after no toolbar click.
    const closed = await explain(`${origin.replace('127.0.0.1', 'localhost')}/news-story.html`);
    expect(await closed.getByText(EXPLAIN_PAGE.notAllowedHeading).count()).toBe(1);
    await expectResultClean(extension(), closed, 'popup: not allowed to read the page');
    await closed.close();
  });

  it('in the side panel, a section link opens that section right there, focused', async () => {
    const panel = await explain('news-story.html', 'sidepanel.html');
    await expectResultClean(extension(), panel, 'side panel: a news story explained');
    await panel.locator('[data-part="statutes"] a').last().click();
    await panel.waitForFunction(() => location.hash === '#federal-law');
    await expect.poll(() => panel.evaluate(() => document.activeElement?.id)).toBe('federal-law');
    await panel.close();
  });

  it('the look-up shortcut: the selection on the page opens its section, focused', async () => {
    const ext = extension();
    await setStored(ext, 'local', { lookupTarget: 'tab' });
    await article.goto(`${origin}/news-story.html`);
    await article.bringToFront();
    await article.evaluate(() => getSelection()!.selectAllChildren(document.querySelector('h1')!));
    const opened = ext.context.waitForEvent('page', {
      predicate: (p) => p.url().includes('/explainer.html'),
    });
    await ext.worker.evaluate(async () => {
      const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
      chrome.commands.onCommand.dispatch('lookup-selection', tab!);
    });
    const page = await opened;
    await page.waitForSelector('[data-ready="true"]');
    await page.waitForFunction(() => location.hash === '#legal-consequences');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('legal-consequences');
    // The selection went through memory, never the URL.
    expect(decodeURIComponent(page.url())).not.toContain('Riverbend');
    await page.close();
  });
});
