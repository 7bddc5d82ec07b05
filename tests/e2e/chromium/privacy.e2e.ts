import { describe, it, expect, beforeAll } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { setStored, getStored, useExtension, type Extension } from './harness';
import { closeAllPages, rightClick } from './journeys';

/*
 * Every request the service worker and every extension page make, across the journeys a
 * reader takes, stays inside chrome-extension://<id>/. And what a reader selects or types
 * never shows up in a URL, requested or navigated, nor on disk. (The manifest's static
 * promises are checked in manifest.e2e.ts.)
 */

// Service-worker requests are reported on the context (on by default in recent Playwright;
// the variable keeps older versions honest). Set before any launch.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

// The service worker's global, for code evaluated inside it.
declare const chrome: {
  runtime: { getURL(path: string): string };
  storage: Record<'local' | 'sync' | 'session', { get(k: null): Promise<Record<string, unknown>> }>;
  tabs: { query(q: object): Promise<Array<{ url?: string; pendingUrl?: string; title?: string }>> };
};

/** A marker no page of the guide contains, so any sighting of it is a leak. */
const SECRET = 'quokka7781';
const SELECTIONS = [
  `sentenced to 25 years for sexual trafficking of a child ${SECRET}`,
  `debt bondage ${SECRET}`,
  `${SECRET} Cardinals beat Cubs 6-4 in 10 innings`,
  `<img src=x onerror=alert(1)> ${SECRET} human trafficking task force`,
];
const SANITY_HOST = 'privacy-sanity.invalid';

interface Seen {
  url: string;
  from: string;
  navigation: boolean;
}

/** Every way the marker could be written into a URL. */
function leaks(url: string, secret = SECRET): boolean {
  let decoded = url;
  try {
    decoded = decodeURIComponent(url.replace(/\+/g, ' '));
  } catch {
    // A malformed escape: check the raw text only.
  }
  return (
    url.includes(secret) || decoded.includes(secret) || url.includes(encodeURIComponent(secret))
  );
}

describe('privacy: no request leaves the extension, the selection never enters a URL', () => {
  let ext: Extension;
  const seen: Seen[] = [];
  const navigations: string[] = [];
  const ownOrigin = () => `chrome-extension://${ext.id}/`;

  const watchPage = (page: Page) => {
    navigations.push(page.url());
    page.on('framenavigated', (frame) => navigations.push(frame.url()));
  };

  const extension = useExtension();

  beforeAll(async () => {
    ext = extension();
    const describeSource = (request: Request) => {
      const worker = request.serviceWorker();
      if (worker) return `service worker ${worker.url()}`;
      try {
        return `page ${request.frame().page().url()}`;
      } catch {
        return 'unknown';
      }
    };
    ext.context.on('request', (request) =>
      seen.push({
        url: request.url(),
        from: describeSource(request),
        navigation: request.isNavigationRequest(),
      }),
    );
    ext.context.pages().forEach(watchPage);
    ext.context.on('page', watchPage);
    // Anything outside the extension is answered here and never reaches the network.
    await ext.context.route(
      (url) => url.protocol !== 'chrome-extension:',
      (route) =>
        route.fulfill({
          body: 'ok',
          contentType: 'text/plain',
          headers: { 'access-control-allow-origin': '*' },
        }),
    );
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  it('sanity: the recorder sees what the service worker and a page request from outside', async () => {
    const stamp = `sanity${Date.now()}`;
    // Answered by the route above: nothing reaches the network.
    await ext.worker.evaluate(async (s) => {
      await fetch(`https://privacy-sanity.invalid/worker?${s}`).catch(() => undefined);
    }, stamp);
    const page = await ext.open('explainer.html');
    const listed = await page.evaluate(async (s) => {
      const response = await fetch(`https://privacy-sanity.invalid/page?${s}`);
      // The timing entry is written once the body has been read.
      await response.text();
      await new Promise((resolve) => setTimeout(resolve, 200));
      return performance.getEntriesByType('resource').some((entry) => entry.name.includes(s));
    }, stamp);
    await expect
      .poll(() => seen.filter((r) => r.url.includes(stamp)).map((r) => r.from.split(' ')[0]))
      .toEqual(expect.arrayContaining(['service', 'page']));
    // The page's own resource list shows an outside load too (what expectPageClean reads).
    expect(listed).toBe(true);
    // (A worker fetch of its own chrome-extension:// file is not reported: Chrome serves it
    // without a network request. Outside requests, the ones that matter, are, as above.)
    // The sanity requests are this test's, not the extension's: leave them out of what follows.
    await page.close();
    seen.splice(0, seen.length, ...seen.filter((r) => !r.url.includes(SANITY_HOST)));
    // Likewise for the list useExtension checks after the file.
    const own = ext.requests.filter((url) => !url.includes(SANITY_HOST));
    ext.requests.splice(0, ext.requests.length, ...own);
  });

  it('journey: popup, question search and answer, copy, hand-off to the explainer search', async () => {
    const popup = await ext.open('popup.html', { width: 380, height: 600 });
    const search = popup.getByRole('searchbox', { name: 'Search questions' });
    await search.fill('mandated');
    await popup.locator('[data-faq-button]').first().click();
    await popup.getByRole('button', { name: /^Copy 1-888-373-7888/ }).click();
    await expect
      .poll(() => popup.evaluate(() => navigator.clipboard.readText()))
      .toBe('1-888-373-7888');
    const more = popup.locator('[aria-controls="more-lines"]');
    if ((await more.count()) > 0) await more.click();
    await search.fill(`${SECRET} zzz`);
    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Search the full explainer' }).click();
    const tab = await opened;
    await tab.waitForSelector('[data-ready="true"]');
    await expect
      .poll(() => tab.getByRole('searchbox', { name: 'Search the explainer' }).inputValue())
      .toContain(SECRET);
    await closeAllPages(ext);
  });

  it('journey: options, region and every other setting changed', async () => {
    const page = await ext.open('options.html');
    await page.getByLabel('Region: your state').selectOption({ label: 'Missouri' });
    await page.getByLabel('Missouri area (optional)').selectOption({ label: 'Kansas City area' });
    await expect
      .poll(() => getStored(ext, 'local', 'region'))
      .toEqual({ state: 'MO', area: 'kansas-city' });
    await page.getByLabel('In a new tab').check();
    await page.getByLabel('Dark', { exact: true }).check();
    await page.getByLabel('Use discreet mode').check();
    await expect.poll(() => getStored(ext, 'local', 'discreet')).toBe(true);
    await page.getByLabel('Use discreet mode').uncheck();
    await page.getByLabel('Same as my device').check();
    await expect.poll(() => getStored(ext, 'local', 'theme')).toBe('system');
    await expect.poll(() => getStored(ext, 'local', 'lookupTarget')).toBe('tab');
    await page.close();
  });

  it('journey: explainer sections, search, and the side panel', async () => {
    const page = await ext.open('explainer.html#penalties', { width: 1200, height: 900 });
    for (const id of ['reporting', 'glossary', 'victim-support']) {
      await page.evaluate((target) => (location.hash = target), id);
      await page.waitForFunction((target) => document.activeElement?.id === target, id);
    }
    await page.evaluate(() => (location.hash = 'search'));
    await page.getByRole('searchbox', { name: 'Search the explainer' }).fill(`hotline ${SECRET}`);
    await page.waitForTimeout(400);
    await page.close();

    await setStored(ext, 'local', { lookupTarget: 'side-panel' });
    await setStored(ext, 'session', {
      pendingLookup: {
        token: 'dddddddd44444444',
        text: `coercion ${SECRET}`,
        createdAt: Date.now(),
      },
    });
    const panel = await ext.open('sidepanel.html', { width: 400, height: 800 });
    await panel.locator('.lookup-banner').waitFor();
    await panel.locator('nav details summary').click();
    await panel.locator('nav details a[href="#reporting"]').click();
    await panel.waitForFunction(() => document.activeElement?.id === 'reporting');
    await panel.close();
    await setStored(ext, 'local', { lookupTarget: 'tab' });
  });

  it('journey: right-click lookups of every kind', async () => {
    // The reader's own tab, where the text was selected (the menu needs a window to open in).
    const reading = await ext.context.newPage();
    for (const selection of SELECTIONS) {
      const page = await rightClick(ext, selection);
      const where = `${selection} → ${new URL(page.url()).hash}`;
      // The selection is shown back, as text, in the note or the search box.
      const box = page.locator('input[type="search"]');
      const shown =
        (await page.locator('body').innerText()) +
        ((await box.count()) > 0 ? await box.inputValue() : '');
      expect(shown, where).toContain(SECRET);
      // While the lookup tab is still open: not in any tab's address or title, as the
      // browser itself sees them, and the explainer tab is among those looked at.
      const tabs = await ext.worker.evaluate(() => chrome.tabs.query({}));
      expect(tabs.length, where).toBeGreaterThan(0);
      expect(
        tabs.map((tab) => tab.url),
        where,
      ).toContain(page.url());
      for (const tab of tabs) {
        expect(leaks(tab.url ?? '') || leaks(tab.pendingUrl ?? ''), `${where}: ${tab.url}`).toBe(
          false,
        );
        expect(tab.title ?? '', `${where}: ${tab.url}`).not.toContain(SECRET);
      }
      await page.close();
    }
    await reading.close();
  });

  it('made no request outside chrome-extension://<id>/, from any page or the worker', async () => {
    // Late loads (lazy chunks, icons) have landed.
    await new Promise((resolve) => setTimeout(resolve, 1500));
    // The recorder saw the journeys' own loads (about twenty: the count moves with what Chrome
    // serves from its cache), so an empty list below means something.
    expect(seen.length).toBeGreaterThan(10);
    const outside = seen.filter((r) => !r.url.startsWith(ownOrigin()));
    expect(outside).toEqual([]);
  });

  it('the selected and typed text never appeared in a requested or navigated URL', async () => {
    const urls = [
      ...seen.map((r) => r.url),
      ...navigations,
      ...ext.requests,
      ...ext.context.pages().map((p) => p.url()),
    ];
    expect(navigations.length).toBeGreaterThan(5);
    expect(urls.filter((url) => leaks(url))).toEqual([]);
    // Nor in any tab's address or title, as the browser itself sees them.
    const tabs = await ext.worker.evaluate(() => chrome.tabs.query({}));
    for (const tab of tabs) {
      expect(leaks(tab.url ?? '') || leaks(tab.pendingUrl ?? '')).toBe(false);
      expect(tab.title ?? '').not.toContain(SECRET);
    }
  });

  it('the selected and typed text is not kept: not on disk, and gone from memory once used', async () => {
    const dump = await ext.worker.evaluate(async () => ({
      local: JSON.stringify(await chrome.storage.local.get(null)),
      sync: JSON.stringify(await chrome.storage.sync.get(null)),
      session: JSON.stringify(await chrome.storage.session.get(null)),
    }));
    expect(dump.local).not.toContain(SECRET);
    expect(dump.sync).not.toContain(SECRET);
    expect(dump.session).not.toContain(SECRET);
    expect(await getStored(ext, 'session', 'pendingLookup')).toBeFalsy();
  });
});
