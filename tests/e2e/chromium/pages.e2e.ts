import { describe, it, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { expectPageClean, getStored, setStored, useExtension, type Extension } from './harness';
import { rightClick } from './journeys';
import { AXE_COLOUR_RULES, showAllSectionsInPage, sideScrollInPage } from '../page-checks';

/*
 * Every page, and every state a reader reaches on it, in light and in dark: axe-core (WCAG 2.2
 * A/AA in light, its colour rules in dark) finds nothing, nothing scrolls sideways, nothing loads
 * from outside the extension (expectPageClean, once per state and scheme). Then reflow: at 200% and 400% zoom of a 1280 px
 * window nothing scrolls sideways. Journeys elsewhere prove what the pages do; this file is
 * where these checks live. To check a new state, add it to STATES.
 */

/** The side panel's own parts: the rest is the explainer, checked whole in its own page. */
const SIDE_PANEL_OWN = ['header', 'nav', '.explainer__main > .section:first-child'];
/** axe-core needs a while on the whole explainer. */
const SLOW = 240_000;
const POPUP = { width: 380, height: 600 };
const WIDE = { width: 1200, height: 900 };
const PANEL = { width: 400, height: 800 };

type Scheme = 'light' | 'dark';

interface State {
  name: string;
  open(ext: Extension, scheme: Scheme): Promise<Page>;
  /** Lay out every explainer section before axe-core runs (the resting explainer and panel). */
  wholePage?: boolean;
  /** What this state adds to a page checked whole above: axe-core looks only there. */
  axeInclude?: string[];
}

/** The lookup note and the words it marks in the section. */
const LOOKUP_PARTS = ['.lookup-banner', 'mark'];

/** Opens a page with the given system colour scheme. */
async function openIn(ext: Extension, scheme: Scheme, path: string, size: object) {
  const page = await ext.context.newPage();
  await page.emulateMedia({ colorScheme: scheme });
  await page.setViewportSize({ width: 1000, height: 700, ...size });
  await page.goto(ext.url(path));
  await page.waitForSelector('[data-ready="true"]');
  return page;
}

/**
 * Every element's colours, in document order. Two pages with the same list look the same in
 * every colour, so a colour check of one holds for the other.
 */
function coloursInPage(): string[] {
  return [...document.querySelectorAll('body *')].map((el) => {
    const style = getComputedStyle(el);
    return [style.color, style.backgroundColor, style.borderTopColor, style.outlineColor].join(' ');
  });
}

/** The explainer's search view with a query typed and its results announced. */
async function searchWithResults(ext: Extension, scheme: Scheme, size = WIDE): Promise<Page> {
  const page = await openIn(ext, scheme, 'explainer.html#search', size);
  await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('hotline');
  await page.locator('.search__results li').first().waitFor();
  await page.waitForFunction(() =>
    /match/.test(document.querySelector('.search__status')?.textContent ?? ''),
  );
  return page;
}

async function afterLookup(ext: Extension, scheme: Scheme, selection: string) {
  const page = await rightClick(ext, selection);
  await page.emulateMedia({ colorScheme: scheme });
  return page;
}

const STATES: State[] = [
  {
    name: 'popup: Missouri area, more lines and the penalties answer open',
    async open(ext, scheme) {
      const page = await openIn(ext, scheme, 'popup.html', POPUP);
      await page.getByRole('button', { name: /^More lines/ }).click();
      await page.getByRole('button', { name: /penalties and sentencing/i }).click();
      return page;
    },
  },
  {
    name: 'popup: a search with results and the first answer open',
    async open(ext, scheme) {
      const page = await openIn(ext, scheme, 'popup.html', POPUP);
      await page.getByRole('searchbox', { name: 'Search questions' }).fill('mandated');
      const first = page.locator('[data-faq-button]').first();
      await first.click();
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await page
        .getByRole('status')
        .filter({ hasText: /questions? match/ })
        .waitFor();
      return page;
    },
  },
  {
    name: 'popup: a search with no results (the way on to the explainer shown)',
    async open(ext, scheme) {
      const page = await openIn(ext, scheme, 'popup.html', POPUP);
      await page.getByRole('searchbox', { name: 'Search questions' }).fill('zzzqqq');
      await page.getByRole('button', { name: 'Search the full explainer' }).waitFor();
      return page;
    },
  },
  {
    // The shipped build may read no page without the reader's toolbar click: the calm note.
    // The results a page gets are checked in explain-page.e2e.ts, with a build that may.
    name: 'popup: Explain this page where the browser forbids it (a note and the search)',
    axeInclude: ['.explain-page'],
    async open(ext, scheme) {
      const page = await openIn(ext, scheme, 'popup.html', POPUP);
      await page.getByRole('button', { name: 'Explain this page', exact: true }).click();
      await page.locator('[data-explained="failed"]').waitFor();
      return page;
    },
  },
  {
    name: 'options: Missouri with an area chosen (its counties listed)',
    async open(ext, scheme) {
      const page = await openIn(ext, scheme, 'options.html', { width: 900, height: 800 });
      await page.getByText(/Counties:/).waitFor();
      return page;
    },
  },
  {
    name: 'options: first-run welcome',
    async open(ext, scheme) {
      const page = await openIn(ext, scheme, 'options.html#welcome', { width: 900, height: 800 });
      await page.getByRole('region', { name: 'Welcome' }).waitFor();
      return page;
    },
  },
  {
    name: 'options: the reset question asked',
    async open(ext, scheme) {
      const page = await openIn(ext, scheme, 'options.html', { width: 900, height: 800 });
      await page.getByRole('button', { name: 'Reset all settings' }).click();
      await expect
        .poll(() => page.evaluate(() => document.activeElement?.id))
        .toBe('reset-question');
      return page;
    },
  },
  {
    name: 'explainer, the whole page',
    wholePage: true,
    open: (ext, scheme) => openIn(ext, scheme, 'explainer.html', WIDE),
  },
  {
    name: 'explainer #search, empty',
    axeInclude: ['.search'],
    open: (ext, scheme) => openIn(ext, scheme, 'explainer.html#search', WIDE),
  },
  {
    name: 'explainer #search with results',
    axeInclude: ['.search'],
    open: (ext, scheme) => searchWithResults(ext, scheme),
  },
  {
    name: 'explainer after a section lookup (the note above the section)',
    axeInclude: LOOKUP_PARTS,
    open: (ext, scheme) =>
      afterLookup(ext, scheme, 'warning signs that someone is being trafficked'),
  },
  {
    name: 'explainer after a glossary lookup (the definition and its sources)',
    axeInclude: LOOKUP_PARTS,
    async open(ext, scheme) {
      const page = await afterLookup(ext, scheme, 'debt bondage');
      await page.locator('.lookup-banner__term').waitFor();
      return page;
    },
  },
  {
    name: 'explainer #search after a selection nothing matches',
    axeInclude: ['.search'],
    async open(ext, scheme) {
      const page = await afterLookup(ext, scheme, 'zzzz qqqq xylophone');
      await page.waitForFunction(() =>
        /Nothing/.test(document.querySelector('.search__status')?.textContent ?? ''),
      );
      return page;
    },
  },
  {
    // The side panel draws the same explainer (checked whole above), narrower and folded: what
    // is its own is the header, the Sections list and the first section as it starts.
    name: 'side panel, as it opens',
    axeInclude: SIDE_PANEL_OWN,
    open: (ext, scheme) => openIn(ext, scheme, 'sidepanel.html', PANEL),
  },
  {
    name: 'side panel after a lookup, with the Sections list open',
    axeInclude: [...LOOKUP_PARTS, 'nav'],
    async open(ext, scheme) {
      await setStored(ext, 'local', { lookupTarget: 'side-panel' });
      await setStored(ext, 'session', {
        pendingLookup: {
          token: 'cccccccc33333333',
          text: 'what is the penalty for trafficking',
          createdAt: Date.now(),
        },
      });
      const page = await openIn(ext, scheme, 'sidepanel.html', PANEL);
      await page.locator('.lookup-banner').waitFor();
      await page.locator('nav details summary').click();
      expect(await page.locator('nav details').getAttribute('open')).not.toBeNull();
      await setStored(ext, 'local', { lookupTarget: 'tab' });
      return page;
    },
  },
];

describe('every page and reached state, light and dark', () => {
  const extension = useExtension();

  beforeAll(async () => {
    await setStored(extension(), 'local', {
      region: { state: 'MO', area: 'st-louis' },
      lookupTarget: 'tab',
    });
  });

  // Each state is reached once and checked in light, then in dark: the system scheme switched
  // under the open page, as when the reader's device changes it (the pages follow it live).
  for (const state of STATES) {
    it(
      `${state.name}: light, then dark`,
      async () => {
        const ext = extension();
        const page = await state.open(ext, 'light');
        for (const scheme of ['light', 'dark'] as const) {
          await page.emulateMedia({ colorScheme: scheme });
          expect(
            await page.evaluate(() => matchMedia('(prefers-color-scheme: dark)').matches),
          ).toBe(scheme === 'dark');
          await expectPageClean(ext, page, `${state.name} (${scheme})`, {
            wholePage: state.wholePage,
            axeInclude: state.axeInclude,
            // Every rule in light; in dark the colour rules (the dark scheme changes colour
            // variables only: the other rules would see the same page as in light).
            axeRules: scheme === 'dark' ? AXE_COLOUR_RULES : [],
          });
        }
        await page.close();
      },
      SLOW,
    );
  }

  for (const scheme of ['light', 'dark'] as const) {
    it(`the theme setting against a ${scheme} system: every colour as the system's own ${scheme === 'light' ? 'dark' : 'light'}, on the popup, options, side panel and explainer search`, async () => {
      const ext = extension();
      const forced = scheme === 'light' ? 'dark' : 'light';
      const opens: Array<(s: Scheme) => Promise<Page>> = [
        (s) => openIn(ext, s, 'popup.html', POPUP),
        (s) => openIn(ext, s, 'options.html', { width: 900, height: 800 }),
        (s) => openIn(ext, s, 'sidepanel.html', PANEL),
        (s) => searchWithResults(ext, s),
      ];
      for (const open of opens) {
        // The page as the system's own scheme draws it (axe-core checks that one above)…
        await setStored(ext, 'local', { theme: 'system' });
        const system = await open(forced);
        const expected = await system.evaluate(coloursInPage);
        await system.close();
        // …and with the setting forcing that scheme against the other: the same colours.
        await setStored(ext, 'local', { theme: forced });
        const page = await open(scheme);
        await page.waitForFunction((t) => document.documentElement.dataset.theme === t, forced);
        const path = new URL(page.url()).pathname;
        const difference = async () => {
          const now = await page.evaluate(coloursInPage);
          const i = now.findIndex((colours, k) => colours !== expected[k]);
          if (i < 0 && now.length === expected.length) return null;
          return `element ${i} of ${now.length}: ${now[i]} (the system's own: ${expected[i]})`;
        };
        await expect.poll(difference, { message: `${path}: ${forced} on ${scheme}` }).toBeNull();
        await page.close();
      }
      await setStored(ext, 'local', { theme: 'system' });
    });
  }

  it('every page renders: a title and its text', async () => {
    const ext = extension();
    for (const path of ['popup.html', 'options.html', 'explainer.html', 'sidepanel.html']) {
      const page = await ext.open(path);
      expect((await page.locator('body').innerText()).trim().length, path).toBeGreaterThan(100);
      expect(await page.title(), path).not.toBe('');
      await page.close();
    }
    expect(ext.worker.url()).toBe(ext.url('background.js'));
    // The region used above was really stored (so the states were the ones named).
    expect(await getStored(ext, 'local', 'region')).toEqual({ state: 'MO', area: 'st-louis' });
  });

  // One set of pages, laid out at 640 CSS px (200% zoom of 1280), then narrowed to 320 (400%):
  // the pages follow the width live, so each is opened once.
  it('reflow at 200% (640 CSS px) and 400% (320 CSS px): every page, #search with results, lookups short and long', async () => {
    const ext = extension();
    const size = { width: 640, height: 800 };
    const checks: Array<[string, Page]> = [
      ['popup.html', await ext.open('popup.html', size)],
      ['options.html (Missouri, St. Louis)', await ext.open('options.html', size)],
      ['explainer.html', await ext.open('explainer.html', size)],
      ['explainer.html#search (results)', await searchWithResults(ext, 'light', size)],
      ['sidepanel.html', await ext.open('sidepanel.html', size)],
    ];
    for (const selection of [
      'sentenced to 25 years for sexual trafficking of a child',
      // A pasted link or hash: one "word" far wider than the screen.
      `trafficking${'x'.repeat(400)}`,
      `https://example.com/${'a1b2c3'.repeat(60)}`,
    ]) {
      const page = await rightClick(ext, selection);
      await page.setViewportSize(size);
      checks.push([`lookup ${selection.slice(0, 30)}… → ${new URL(page.url()).hash}`, page]);
    }
    for (const width of [640, 320]) {
      for (const [name, page] of checks) {
        await page.setViewportSize({ width, height: 800 });
        // Every section laid out (off-screen ones skip layout), so all of them count.
        await page.evaluate(showAllSectionsInPage);
        const result = await page.evaluate(sideScrollInPage);
        expect(result.innerWidth, name).toBe(width);
        expect(result.scrollWidth, `${name} at ${width} px: ${result.culprit}`).toBeLessThanOrEqual(
          result.innerWidth,
        );
      }
    }
    for (const [, page] of checks) await page.close();
  });
});
