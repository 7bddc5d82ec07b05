import { describe, it, expect, beforeAll, beforeEach } from 'vitest';
import type { Dialog, Page } from 'playwright-core';
import { setStored, getStored, useExtension, type Extension } from './harness';
import { closeAllPages, dispatchLookup, explainerView, injectedNodes } from './journeys';
import { SECTION_IDS } from '@/content/types';
import { SYNC } from '@/content/ui/options';
import { HOSTILE_HASHES } from '../../fixtures/hostile-hashes';

/*
 * Bad input of every kind gives a calm, clear result: hostile deep links, hostile
 * right-click selections, corrupted stored settings, and a sync area that refuses writes.
 */

// The service worker's global, for code evaluated inside it.
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { clear(): Promise<void> }>;
};

/** The parts of an extension page's `chrome` global the sync-failure patch touches. */
interface PageChrome {
  storage: { sync: { set: (items: unknown, callback?: () => void) => unknown } };
  runtime: { lastError?: unknown };
}

const SECTIONS = SECTION_IDS.length;

// One browser for the whole file; each group sets or clears the settings it needs.
const extension = useExtension();

/** Fails the test on any alert/confirm/prompt from any page of the context. */
function watchDialogs(ext: Extension): string[] {
  const dialogs: string[] = [];
  ext.context.on('dialog', (dialog: Dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss().catch(() => undefined);
  });
  return dialogs;
}

/** Opens a page by a raw URL and waits for its first real render. */
async function openRaw(ext: Extension, path: string, size = { width: 1000, height: 800 }) {
  const page = await ext.context.newPage();
  await page.setViewportSize(size);
  await page.goto(ext.url(path));
  await page.waitForSelector('[data-ready="true"]', { timeout: 10_000 });
  return page;
}

/** The explainer (or panel) shows either its top, whole, or the search view; never a blank. */
async function expectTopOrSearch(page: Page, what: string) {
  const view = await explainerView(page);
  if (view.search) {
    expect(view.hash, what).toBe('#search');
  } else {
    expect(view.sections, what).toBe(SECTIONS);
    expect(view.scrollY, what).toBe(0);
    expect(SECTION_IDS as readonly string[], what).not.toContain(view.hash.slice(1));
  }
  expect(await page.locator('h1').innerText(), what).toMatch(/Missouri/);
}

const HOSTILE_QUERIES: Array<[string, string]> = [
  ['?q=<script>', '?q=<script>alert(1)</script>'],
  ['?q=encoded script', '?q=%3Cscript%3Ealert(1)%3C%2Fscript%3E'],
  [
    '?lookup= and a hostile hash',
    '?lookup=<img src=x onerror=alert(1)>#<img src=x onerror=alert(1)>',
  ],
];

describe('hostile deep links', () => {
  let ext: Extension;
  let dialogs: string[];

  beforeAll(async () => {
    ext = extension();
    dialogs = watchDialogs(ext);
  });

  beforeEach(() => {
    dialogs.length = 0;
  });

  // Opened fresh, one hash of each kind (tests/fixtures/hostile-hashes.ts): every one of them
  // goes through the same parser in the unit tests and through hashchange below.
  for (const page of ['explainer.html', 'sidepanel.html']) {
    const loaded = HOSTILE_HASHES.filter(
      ({ load }) => load === 'both' || (load === 'explainer' && page === 'explainer.html'),
    );
    it(`${page}: hostile hashes of every kind render the top (or search), inject nothing, fire no dialog`, async () => {
      for (const { name, hash } of loaded) {
        const tab = await openRaw(ext, `${page}${hash}`);
        await tab.waitForTimeout(150);
        expect(await injectedNodes(tab), name).toEqual([]);
        await expectTopOrSearch(tab, name);
        await tab.close();
      }
      expect(dialogs).toEqual([]);
    });
  }

  it('explainer.html: hostile queries are ignored; a real hash after one still works', async () => {
    for (const [name, query] of HOSTILE_QUERIES) {
      const tab = await openRaw(ext, `explainer.html${query}`);
      expect(await injectedNodes(tab), name).toEqual([]);
      await expectTopOrSearch(tab, name);
      await tab.close();
    }
    const tab = await openRaw(ext, 'explainer.html?q=<script>alert(1)</script>#penalties');
    await tab.waitForFunction(() => document.activeElement?.id === 'penalties');
    expect(await injectedNodes(tab)).toEqual([]);
    await tab.close();
    expect(dialogs).toEqual([]);
  });

  it('explainer.html: hostile hashes arriving after load (hashchange) leave it calm', async () => {
    const tab = await openRaw(ext, 'explainer.html#penalties');
    for (const { name, hash } of HOSTILE_HASHES) {
      await tab.evaluate((h) => {
        location.hash = h.slice(1);
      }, hash);
      await tab.waitForTimeout(100);
      expect(await injectedNodes(tab), name).toEqual([]);
      const view = await explainerView(tab);
      expect(view.search || view.sections === SECTIONS, name).toBe(true);
    }
    // And it still follows a real link afterwards.
    await tab.evaluate(() => (location.hash = 'glossary'));
    await tab.waitForFunction(() => document.activeElement?.id === 'glossary');
    await tab.close();
    expect(dialogs).toEqual([]);
  });

  it('explainer.html#search: a hostile or broken hand-off from the popup is shown as text', async () => {
    const handoffs: Array<[string, unknown]> = [
      ['html', '<img src=x onerror=alert(1)><b>bold</b>'],
      ['an object', { toString: 'alert(1)' }],
      ['a number', 42],
      ['1 MB of text', 'hotline '.repeat(131_072)],
    ];
    for (const [name, value] of handoffs) {
      await setStored(ext, 'session', { explainerSearch: value });
      const tab = await openRaw(ext, 'explainer.html#search');
      const box = tab.getByRole('searchbox', { name: 'Search the explainer' });
      const text = await box.inputValue();
      if (typeof value === 'string') {
        expect(text.length, name).toBeGreaterThan(0);
        expect(text.length, name).toBeLessThanOrEqual(500);
        expect(value.startsWith(text.replace(/…$/, '').trimEnd()), name).toBe(true);
      } else {
        expect(text, name).toBe('');
      }
      expect(await injectedNodes(tab), name).toEqual([]);
      expect(await getStored(ext, 'session', 'explainerSearch'), name).toBeUndefined();
      await tab.close();
    }
    expect(dialogs).toEqual([]);
  });
});

const HOSTILE_SELECTIONS: Array<[string, string]> = [
  [
    'HTML',
    '<b>bold</b> <a href="javascript:alert(1)">link</a> <img src=x onerror=alert(1)> coercion',
  ],
  [
    'script tags',
    '<script>alert(1)</script> penalties for trafficking a child <script src=//evil></script>',
  ],
  ['1 MB of text', 'sex trafficking penalty prison years '.repeat(28_400)],
  ['1 MB without a space', 'x'.repeat(1_048_576)],
  ['control characters', '\u0000\u0001\u0007\b\u001b[31m debt\u0000bondage\r\n\t\u007f\u0085'],
  ['right-to-left text', 'الاتجار بالبشر סחר בבני אדם \u202Ekcabdeef\u202C trafficking'],
  ['RTL override wrapping a term', '\u202Eegadnob tbed\u202C debt bondage'],
  ['emoji', '🚨😀 human trafficking hotline 🙏🏽👩‍👩‍👧 📞'],
  ['lone surrogates', '\uD800 hotline \uDFFF'],
  [
    'a URL with a hostile query',
    'https://example.com/?q=<script>alert(1)</script>&lookup=../../etc',
  ],
];

describe('hostile right-click selections', () => {
  /** How long a step may take before the test gives up waiting (not a time being tested). */
  const WAIT = 30_000;
  let ext: Extension;
  let dialogs: string[];

  beforeAll(async () => {
    ext = extension();
    dialogs = watchDialogs(ext);
    await setStored(ext, 'local', { lookupTarget: 'tab' });
  });

  for (const [name, selection] of HOSTILE_SELECTIONS) {
    it(`${name}: the explainer opens at a section or #search, as text only`, async () => {
      // The reader's tab, where the text was selected.
      const reading = await ext.context.newPage();
      // Waits are generous: how long this takes is the benchmark's to report, not a test's.
      const opened = ext.context.waitForEvent('page', {
        predicate: (p) => p.url().includes('/explainer.html'),
        timeout: WAIT,
      });
      await dispatchLookup(ext, selection);
      const page = await opened;
      await page.waitForSelector('[data-ready="true"]', { timeout: WAIT });
      await page.waitForFunction(
        () => location.hash.length > 1 && !location.hash.startsWith('#lookup'),
        undefined,
        { timeout: WAIT },
      );

      const view = await explainerView(page);
      const landed = view.hash.slice(1);
      expect(landed === 'search' || (SECTION_IDS as readonly string[]).includes(landed)).toBe(true);
      expect(await injectedNodes(page)).toEqual([]);
      // Shown back as text: in the note above the section, or in the search box.
      const shown = view.search
        ? await page.getByRole('searchbox').inputValue()
        : await page.locator('.lookup-banner__selection').innerText();
      expect(shown.length).toBeGreaterThan(0);
      expect(shown.length).toBeLessThanOrEqual(520);
      if (name === 'HTML') expect(shown).toContain('<b>bold</b>');
      if (name === 'script tags') expect(shown).toContain('<script>');
      // Never in the address.
      expect(page.url().length).toBeLessThan(ext.url('explainer.html').length + 60);
      expect(await getStored(ext, 'session', 'pendingLookup')).toBeFalsy();
      expect(dialogs).toEqual([]);
      console.log(`right-click ${name} → ${view.hash}`);
      await page.close();
      await reading.close();
    });
  }
});

/** What a page shows when every setting has its default. */
async function expectDefaults(page: Page, path: string) {
  expect(await page.evaluate(() => document.documentElement.hasAttribute('data-theme')), path).toBe(
    false,
  );
  expect(await page.title(), path).not.toBe('Quick reference');
  if (path === 'popup.html') {
    await page.getByText('Showing national resources.').waitFor({ timeout: 5_000 });
  } else if (path === 'options.html') {
    expect(await page.locator('#region-state').inputValue()).toBe('');
    expect(await page.locator('#lookup-enabled').isChecked()).toBe(true);
    expect(await page.locator('input[name="lookup-target"]:checked').inputValue()).toBe(
      'side-panel',
    );
    expect(await page.locator('input[name="theme"]:checked').inputValue()).toBe('system');
    expect(await page.locator('#discreet').isChecked()).toBe(false);
    expect(await page.locator('#sync').isChecked()).toBe(false);
  } else {
    // textContent, not innerText: sections far down the page are not laid out
    // (content-visibility), but their text is in the document.
    expect(await page.locator('.region-resources').textContent(), path).toContain(
      'Showing national resources.',
    );
  }
}

async function clearAll(ext: Extension) {
  await ext.worker.evaluate(async () => {
    await chrome.storage.local.clear();
    await chrome.storage.sync.clear();
  });
}

const CORRUPTIONS: Array<{ name: string; local: Record<string, unknown>; bad: string[] }> = [
  {
    name: 'wrong types',
    local: {
      region: 42,
      lookupEnabled: 'yes',
      lookupTarget: 7,
      theme: ['dark'],
      discreet: 'true',
      syncEnabled: 'sometimes',
    },
    bad: ['region', 'lookupEnabled', 'lookupTarget', 'theme', 'discreet'],
  },
  {
    name: 'unknown codes',
    local: {
      region: { state: 'ZZ' },
      lookupTarget: 'window',
      theme: 'purple',
      discreet: 1,
    },
    bad: ['region', 'lookupTarget', 'theme', 'discreet'],
  },
  {
    name: 'impossible shapes',
    local: {
      region: { state: 'MO', area: 'atlantis' },
      lookupEnabled: { on: true },
      theme: '',
    },
    bad: ['region', 'lookupEnabled', 'theme'],
  },
  {
    name: 'a newer schema than this version knows (downgrade)',
    local: {
      region: { state: 'KS' },
      region$: { v: 99 },
      theme: 'dark',
      theme$: { v: 99 },
      discreet: true,
      discreet$: { v: 99 },
    },
    bad: ['region', 'region$', 'theme', 'theme$', 'discreet', 'discreet$'],
  },
  { name: 'nothing stored at all', local: {}, bad: [] },
];

describe('corrupted stored settings', () => {
  let ext: Extension;
  let dialogs: string[];

  beforeAll(async () => {
    ext = extension();
    dialogs = watchDialogs(ext);
  });

  for (const { name, local, bad } of CORRUPTIONS) {
    for (const path of ['popup.html', 'options.html', 'explainer.html', 'sidepanel.html']) {
      it(`${name}: ${path} renders the defaults and the store is repaired`, async () => {
        await closeAllPages(ext);
        await clearAll(ext);
        if (Object.keys(local).length > 0) await setStored(ext, 'local', local);
        const page = await openRaw(ext, path);
        await expectDefaults(page, path);
        for (const key of bad) {
          await expect
            .poll(() => getStored(ext, 'local', key), { message: `${path}: ${key}` })
            .toBeUndefined();
        }
        if ('syncEnabled' in local) {
          await expect.poll(() => getStored(ext, 'local', 'syncEnabled')).toBe(false);
        }
        expect(dialogs).toEqual([]);
        await page.close();
      });
    }
  }

  it('with sync on, a corrupted sync area is repaired and the defaults shown', async () => {
    await closeAllPages(ext);
    await clearAll(ext);
    await setStored(ext, 'local', { syncEnabled: true, region: { state: 'KS' } });
    await setStored(ext, 'sync', {
      region: 'NOPE/x',
      region$: { v: 2 },
      theme: 'neon',
      lookupTarget: { evil: '<script>' },
    });
    const popup = await openRaw(ext, 'popup.html');
    await expectDefaults(popup, 'popup.html');
    await popup.close();
    const options = await openRaw(ext, 'options.html');
    expect(await options.locator('#region-state').inputValue()).toBe('');
    expect(await options.locator('input[name="theme"]:checked').inputValue()).toBe('system');
    expect(await options.locator('input[name="lookup-target"]:checked').inputValue()).toBe(
      'side-panel',
    );
    expect(await options.locator('#sync').isChecked()).toBe(true);
    await options.close();
    for (const key of ['region', 'theme', 'lookupTarget']) {
      await expect.poll(() => getStored(ext, 'sync', key), { message: key }).toBeUndefined();
    }
    expect(await getStored(ext, 'local', 'syncEnabled')).toBe(true);
  });

  it('an old saved region (v1 "MO/st-louis") is migrated, not lost', async () => {
    for (const path of ['popup.html', 'options.html', 'explainer.html#reporting']) {
      await closeAllPages(ext);
      await clearAll(ext);
      await setStored(ext, 'local', { region: 'MO/st-louis', region$: { v: 1 } });
      const page = await openRaw(ext, path);
      await expect
        .poll(() => page.locator('body').textContent(), { message: path })
        .toMatch(/Missouri — St\. Louis area|St\. Louis area/);
      await expect
        .poll(() => getStored(ext, 'local', 'region'))
        .toEqual({ state: 'MO', area: 'st-louis' });
      expect(await getStored(ext, 'local', 'region$')).toEqual({ v: 2 });
      await page.close();
    }
  });
});

/**
 * Makes `chrome.storage.sync.set` fail as Chrome does when the quota is used up: a callback
 * call sees `runtime.lastError`, a promise call rejects. `window.__syncFails` turns it on/off.
 * Runs in the page before any of its scripts.
 */
function installSyncFailure(start: boolean) {
  const w = window as unknown as { __syncFails: boolean };
  w.__syncFails = start;
  const message = 'QUOTA_BYTES quota exceeded';
  const api = (globalThis as unknown as { chrome: PageChrome }).chrome;
  const area = api.storage.sync;
  const original = area.set.bind(area);
  area.set = (items: unknown, callback?: () => void) => {
    if (!w.__syncFails) return original(items, callback);
    if (typeof callback === 'function') {
      const runtime = api.runtime;
      const own = Object.getOwnPropertyDescriptor(runtime, 'lastError');
      setTimeout(() => {
        Object.defineProperty(runtime, 'lastError', {
          configurable: true,
          get: () => ({ message }),
        });
        try {
          callback();
        } finally {
          if (own) Object.defineProperty(runtime, 'lastError', own);
          else delete runtime.lastError;
        }
      });
      return undefined;
    }
    return Promise.reject(new Error(message));
  };
}

describe('sync turned on while the sync area fails (quota)', () => {
  let ext: Extension;
  let dialogs: string[];

  beforeAll(async () => {
    ext = extension();
    dialogs = watchDialogs(ext);
  });

  async function openOptionsFailing(failing: boolean): Promise<Page> {
    const page = await ext.context.newPage();
    await page.addInitScript(installSyncFailure, failing);
    await page.goto(ext.url('options.html'));
    await page.waitForSelector('[data-ready="true"]');
    return page;
  }

  const status = (page: Page) => page.locator('.save-status').innerText();

  it('the patch works: a sync write from the page fails with the quota message', async () => {
    const page = await openOptionsFailing(true);
    const error = await page.evaluate(async () => {
      try {
        await (globalThis as unknown as { chrome: PageChrome }).chrome.storage.sync.set({
          probe: 1,
        });
        return 'no error';
      } catch (e) {
        return (e as Error).message;
      }
    });
    expect(error).toBe('QUOTA_BYTES quota exceeded');
    await page.close();
  });

  it('refused from the start: nothing is lost, settings stay local, the page says so calmly', async () => {
    await clearAll(ext);
    await setStored(ext, 'local', {
      region: { state: 'KS' },
      theme: 'dark',
      lookupTarget: 'tab',
    });
    const page = await openOptionsFailing(true);
    const sync = page.getByLabel(SYNC.label);
    // A click, not check(): the box turns back off as soon as the browser refuses, which may be
    // before check() looks, and what matters is the state it settles in (below).
    await sync.click();
    await expect.poll(() => status(page)).toContain(SYNC.failed);
    await expect.poll(() => sync.isChecked()).toBe(false);
    expect(await page.locator('.options__sync-state').innerText()).toBe(SYNC.failed);

    await page.getByLabel('Region: your state').selectOption({ label: 'Missouri' });
    await expect.poll(() => getStored(ext, 'local', 'region')).toEqual({ state: 'MO' });
    await expect.poll(() => status(page)).toContain('Saved: Region is Missouri');

    // Off: never written, or written false (both read as off).
    expect([undefined, false]).toContain(await getStored(ext, 'local', 'syncEnabled'));
    expect(await getStored(ext, 'local', 'theme')).toBe('dark');
    expect(await getStored(ext, 'local', 'lookupTarget')).toBe('tab');
    // Nothing half-uploaded to the account.
    for (const key of ['region', 'theme', 'lookupTarget']) {
      expect(await getStored(ext, 'sync', key), key).toBeUndefined();
    }
    // Calm: a polite status, no alert, no dialog.
    expect(await page.locator('[role="alert"], [aria-live="assertive"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('quota reached later, while sync is on: the change is kept locally and sync turns off', async () => {
    await clearAll(ext);
    await setStored(ext, 'local', {
      region: { state: 'KS' },
      theme: 'dark',
      lookupTarget: 'tab',
    });
    const page = await openOptionsFailing(false);
    const sync = page.getByLabel(SYNC.label);
    await sync.check();
    await expect.poll(() => getStored(ext, 'local', 'syncEnabled')).toBe(true);
    await expect.poll(() => getStored(ext, 'sync', 'region')).toEqual({ state: 'KS' });

    await page.evaluate(() => ((window as unknown as { __syncFails: boolean }).__syncFails = true));
    await page.getByLabel('Region: your state').selectOption({ label: 'Missouri' });
    await expect.poll(() => getStored(ext, 'local', 'region')).toEqual({ state: 'MO' });
    await expect.poll(() => status(page)).toContain(SYNC.failed);
    expect(await status(page)).toContain('Saved: Region is Missouri');

    expect(await getStored(ext, 'local', 'syncEnabled')).toBe(false);
    await expect.poll(() => sync.isChecked()).toBe(false);
    expect(await getStored(ext, 'local', 'theme')).toBe('dark');
    expect(await getStored(ext, 'local', 'lookupTarget')).toBe('tab');
    expect(await page.locator('[role="alert"], [aria-live="assertive"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
