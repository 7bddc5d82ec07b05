import { describe, it, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { axeViolations, expectPageClean, useFirefox, type Firefox } from './harness';
import { AXE_COLOUR_RULES } from '../page-checks';

/*
 * Every extension page in Firefox, light and dark: axe-core finds nothing, nothing scrolls
 * sideways, nothing loads from outside (expectPageClean, once per page and scheme). As in
 * Chromium, every rule runs in light and the colour rules in dark (the dark scheme changes colour
 * variables only), and the Spanish pages are checked in light (the language changes words, not
 * colours: the English dark checks see the same colours).
 */

/** axe-core takes a few seconds on the long explainer in Firefox. */
const SLOW = 120_000;

const PAGES: Array<{ name: string; open: (ff: Firefox) => Promise<Page>; wholePage?: boolean }> = [
  {
    name: 'popup, with more lines and an answer open',
    async open(ff) {
      const page = await ff.open('popup.html', { width: 380, height: 600 });
      await page.click('[aria-controls="more-lines"]');
      await page.click('[data-faq-button]');
      return page;
    },
  },
  {
    // The add-on may read no page without the reader's toolbar click: the calm note instead.
    name: 'popup: Explain this page where the browser forbids it',
    async open(ff) {
      const page = await ff.open('popup.html', { width: 380, height: 600 });
      await page.click('.explain-page__button');
      await page.waitForSelector('[data-explained="failed"]');
      return page;
    },
  },
  { name: 'options', open: (ff) => ff.open('options.html', { width: 900, height: 800 }) },
  {
    name: 'explainer, the whole page',
    wholePage: true,
    open: (ff) => ff.open('explainer.html', { width: 1280, height: 800 }),
  },
  {
    name: 'explainer #search with results',
    async open(ff) {
      const page = await ff.open('explainer.html#search', { width: 1280, height: 800 });
      await page.type('input[type="search"]', 'hotline');
      await page.waitForSelector('.search__results li');
      return page;
    },
  },
  {
    name: 'sidebar page after a lookup, Sections open',
    async open(ff) {
      await ff.setStored('session', {
        pendingLookup: {
          token: 'cccccccc33333333',
          text: 'what is the penalty for trafficking',
          createdAt: Date.now(),
        },
      });
      const page = await ff.open('sidepanel.html', { width: 400, height: 800 });
      await page.waitForSelector('.lookup-banner');
      // Opened as the keyboard does. A mouse click at the summary's point, after puppeteer
      // scrolls it to the top edge, lands on the sticky safety bar's "Call 911" link instead
      // and the tab goes to tel:911.
      await page.focus('nav details summary');
      await page.keyboard.press('Enter');
      await page.waitForSelector('nav details[open]');
      return page;
    },
  },
];

describe('Firefox: every page, light and dark', () => {
  const firefox = useFirefox();

  it('the axe check catches a violation (so a pass means something)', async () => {
    const page = await firefox().open('options.html');
    await page.evaluate(() => {
      const button = document.createElement('button');
      document.querySelector('main')?.append(button);
    });
    const found = (await axeViolations(page)).map((v) => v.id);
    expect(found).toContain('button-name');
    await page.close();
  });

  it('the error and request watchers see an uncaught error and an outside fetch', async () => {
    const ff = firefox();
    const page = await ff.open('options.html');
    await page.evaluate(() => {
      setTimeout(() => {
        throw new Error('e2e-probe');
      });
      void fetch('https://e2e-probe.invalid/').catch(() => undefined);
    });
    const seen = async () =>
      (await ff.errors()).some((e) => e.includes('e2e-probe')) &&
      (await ff.requests()).some((u) => u.includes('e2e-probe.invalid'));
    await expect.poll(seen).toBe(true);
    await page.close();
    // The probes are this test's, not the extension's: leave them out of the final check.
    await ff.chrome(
      `(globalThis.__e2e.errors = globalThis.__e2e.errors.filter((e) => !e.includes('e2e-probe'))) &&
       (globalThis.__e2e.requests = globalThis.__e2e.requests.filter((u) => !u.includes('e2e-probe')))`,
    );
  });

  // Each page is opened once and checked in light, then in dark with the system scheme switched
  // under it (the pages follow it live, as when the reader's device changes it).
  it(
    'light, then dark: axe-core, sideways scrolling and outside loads on every page',
    async () => {
      const ff = firefox();
      await ff.setStored('local', { region: { state: 'MO', area: 'st-louis' } });
      for (const { name, open, wholePage } of PAGES) {
        await ff.setColorScheme('light');
        const page = await open(ff);
        for (const scheme of ['light', 'dark'] as const) {
          await ff.setColorScheme(scheme);
          // The preference reaches an open page a moment later.
          await page.waitForFunction(
            (dark) => matchMedia('(prefers-color-scheme: dark)').matches === dark,
            {},
            scheme === 'dark',
          );
          await expectPageClean(page, `${name} (${scheme})`, {
            wholePage,
            axeRules: scheme === 'dark' ? AXE_COLOUR_RULES : [],
          });
        }
        await page.close();
      }
      await ff.setColorScheme('light');
    },
    SLOW,
  );

  it(
    'in Spanish: every page says so (lang="es") and passes the same checks',
    async () => {
      const ff = firefox();
      await ff.setColorScheme('light');
      await ff.setStored('local', { language: 'es', region: { state: 'MO', area: 'st-louis' } });
      for (const [path, size, words] of [
        ['popup.html', { width: 320, height: 600 }, /Llame al 911/],
        ['options.html', { width: 320, height: 700 }, /Idioma/],
        ['explainer.html#reporting', { width: 800, height: 600 }, /Cómo denunciar/],
      ] as const) {
        const page = await ff.open(path, size);
        expect(await page.evaluate(() => document.documentElement.lang), path).toBe('es');
        expect(await page.evaluate(() => document.body.innerText), path).toMatch(words);
        // The explainer lays out every section first (off-screen ones skip layout).
        await expectPageClean(page, `${path} in Spanish`, {
          wholePage: path.startsWith('explainer'),
        });
        await page.close();
      }
      await ff.setStored('local', { language: 'browser' });
    },
    SLOW,
  );
});
