import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Page } from 'playwright-core';
import { launchExtension, setStored, getStored, axeViolations, type Extension } from './harness';
import { closeAllPages, motionReport, rightClick } from './journeys';

/*
 * axe-core (WCAG 2.2 A/AA) on the states readers actually reach, in light and dark, plus
 * reduced motion and reflow. The resting pages are proven elsewhere (popup.e2e: popup with
 * everything open; options.e2e: options light, welcome, dark with a Missouri area;
 * explainer.e2e: explainer and side panel at rest, empty #search, 320 px; lookup.e2e:
 * explainer after a section lookup). This file covers what those leave out.
 */

/** axe-core needs a while on the long explainer page. */
const SLOW = 240_000;
const POPUP = { width: 380, height: 600 };
const WIDE = { width: 1200, height: 900 };

async function popupSearch(page: Page, query: string) {
  await page.getByRole('searchbox', { name: 'Search questions' }).fill(query);
}

/** The explainer's search view with a query typed and its results announced. */
async function explainerSearchWithResults(ext: Extension, size = WIDE): Promise<Page> {
  const page = await ext.open('explainer.html#search', size);
  await page.getByRole('searchbox', { name: 'Search the explainer' }).fill('hotline');
  await page.locator('.search__results li').first().waitFor();
  await page.waitForFunction(() =>
    /match/.test(document.querySelector('.search__status')?.textContent ?? ''),
  );
  return page;
}

for (const scheme of ['light', 'dark'] as const) {
  describe(`axe-core on reached states (${scheme})`, () => {
    let ext: Extension;

    beforeAll(async () => {
      ext = await launchExtension({ colorScheme: scheme });
      await setStored(ext, 'local', { lookupTarget: 'tab' });
    });

    afterAll(async () => {
      await ext?.close();
    });

    it('popup: a search with results and the first answer open', async () => {
      const page = await ext.open('popup.html', POPUP);
      await popupSearch(page, 'mandated');
      const first = page.locator('[data-faq-button]').first();
      await first.click();
      expect(await first.getAttribute('aria-expanded')).toBe('true');
      await page
        .getByRole('status')
        .filter({ hasText: /questions? match/ })
        .waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it('popup: a search with no results (the way on to the explainer shown)', async () => {
      const page = await ext.open('popup.html', POPUP);
      await popupSearch(page, 'zzzqqq');
      await page.getByRole('button', { name: 'Search the full explainer' }).waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    });

    it(
      'explainer #search with results listed and counted',
      async () => {
        const page = await explainerSearchWithResults(ext);
        expect(await page.locator('.search__results li').count()).toBeGreaterThan(0);
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      },
      SLOW,
    );

    it(
      'explainer #search after a selection nothing matches',
      async () => {
        const page = await rightClick(ext, 'zzzz qqqq xylophone');
        await page.waitForFunction(() =>
          /Nothing/.test(document.querySelector('.search__status')?.textContent ?? ''),
        );
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      },
      SLOW,
    );

    it(
      'explainer after a glossary lookup (banner with the definition and its sources)',
      async () => {
        const page = await rightClick(ext, 'debt bondage');
        await page.locator('.lookup-banner__term').waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
      },
      SLOW,
    );

    it(
      'side panel after a lookup, with the Sections list open',
      async () => {
        await setStored(ext, 'local', { lookupTarget: 'side-panel' });
        await setStored(ext, 'session', {
          pendingLookup: {
            token: 'cccccccc33333333',
            text: 'what is the penalty for trafficking',
            createdAt: Date.now(),
          },
        });
        const page = await ext.open('sidepanel.html', { width: 400, height: 800 });
        await page.locator('.lookup-banner').waitFor();
        await page.locator('nav details summary').click();
        expect(await page.locator('nav details').getAttribute('open')).not.toBeNull();
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
        await setStored(ext, 'local', { lookupTarget: 'tab' });
      },
      SLOW,
    );

    if (scheme === 'light') {
      it('options: Missouri with an area chosen (its counties listed)', async () => {
        const page = await ext.open('options.html', { width: 900, height: 800 });
        await page.getByLabel('Region: your state').selectOption({ label: 'Missouri' });
        await page.getByLabel('Missouri area (optional)').selectOption({ label: 'St. Louis area' });
        await expect
          .poll(() => getStored(ext, 'local', 'region'))
          .toEqual({ state: 'MO', area: 'st-louis' });
        await page.getByText(/Counties:/).waitFor();
        expect(await axeViolations(page)).toEqual([]);
        await page.close();
        await setStored(ext, 'local', { region: null });
      });
    }

    it(
      `theme set against the system: ${scheme === 'light' ? 'dark' : 'light'} pages on a ${scheme} system`,
      async () => {
        const forced = scheme === 'light' ? 'dark' : 'light';
        await setStored(ext, 'local', { theme: forced });
        for (const path of ['options.html', 'sidepanel.html']) {
          const page = await ext.open(path, { width: 900, height: 800 });
          await page.waitForFunction((t) => document.documentElement.dataset.theme === t, forced);
          expect(await axeViolations(page), `${path} (${forced} on ${scheme})`).toEqual([]);
          await page.close();
        }
        const search = await explainerSearchWithResults(ext);
        await search.waitForFunction((t) => document.documentElement.dataset.theme === t, forced);
        expect(await axeViolations(search)).toEqual([]);
        await search.close();
        await setStored(ext, 'local', { theme: 'system' });
        await closeAllPages(ext);
      },
      SLOW,
    );
  });
}

describe('prefers-reduced-motion: reduce', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension();
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
  });

  afterAll(async () => {
    await ext?.close();
  });

  it('the motion check itself catches a transition (so a pass means something)', async () => {
    const page = await ext.open('popup.html', POPUP);
    await page.emulateMedia({ reducedMotion: 'no-preference' });
    await page.evaluate(() => {
      const probe = document.createElement('div');
      probe.id = 'motion-probe';
      probe.style.transition = 'opacity 2s';
      document.body.append(probe);
    });
    const report = await motionReport(page);
    expect(report.moving.some((m) => m.includes('#motion-probe'))).toBe(true);
    await page.close();
  });

  const PAGES: Array<{ path: string; size: { width: number; height: number } }> = [
    { path: 'popup.html', size: POPUP },
    { path: 'options.html', size: { width: 900, height: 800 } },
    { path: 'explainer.html', size: WIDE },
    { path: 'explainer.html#search', size: WIDE },
    { path: 'sidepanel.html', size: { width: 400, height: 800 } },
  ];

  for (const { path, size } of PAGES) {
    it(`${path}: no transition or animation longer than 0.01 s, no smooth scrolling`, async () => {
      const page = await ext.context.newPage();
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.setViewportSize(size);
      await page.goto(ext.url(path));
      await page.waitForSelector('[data-ready="true"]');
      // Open what opens, so disclosure markers and panels are in their moved state too.
      if (path === 'popup.html') {
        await page.locator('[data-faq-button]').first().click();
        const more = page.locator('[aria-controls="more-lines"]');
        if ((await more.count()) > 0) await more.click();
      }
      if (path === 'sidepanel.html') await page.locator('nav details summary').click();
      const report = await motionReport(page);
      expect(report.checked).toBeGreaterThan(50);
      expect(report.moving).toEqual([]);
      expect(report.scrollBehavior).not.toBe('smooth');
      await page.close();
    });
  }

  it('moving to a section jumps there: no smooth scroll call, no glide between frames', async () => {
    const page = await ext.context.newPage();
    await page.emulateMedia({ reducedMotion: 'reduce' });
    await page.setViewportSize(WIDE);
    await page.addInitScript(() => {
      const calls: string[] = [];
      (window as unknown as { __scrollCalls: string[] }).__scrollCalls = calls;
      const record = (name: string, arg: unknown) =>
        calls.push(`${name}:${typeof arg === 'object' && arg ? JSON.stringify(arg) : String(arg)}`);
      const into = Element.prototype.scrollIntoView;
      Element.prototype.scrollIntoView = function (
        this: Element,
        arg?: boolean | ScrollIntoViewOptions,
      ) {
        record('scrollIntoView', arg);
        return into.call(this, arg);
      };
      for (const name of ['scrollTo', 'scroll', 'scrollBy'] as const) {
        const original = window[name].bind(window) as (...a: unknown[]) => void;
        (window as unknown as Record<string, unknown>)[name] = (...args: unknown[]) => {
          record(name, args[0]);
          original(...args);
        };
      }
    });
    await page.goto(ext.url('explainer.html'));
    await page.waitForSelector('[data-ready="true"]');
    for (const id of ['glossary', 'penalties', 'reporting']) {
      await page.evaluate((target) => {
        location.hash = target;
      }, id);
      await page.waitForFunction((target) => document.activeElement?.id === target, id);
      // Sample where the section is on screen over the next frames: a jump does not glide, and
      // the section does not move after it lands (the page may scroll to hold it still while
      // sections above it are drawn, but what the reader sees stays put).
      const positions = await page.evaluate(
        (target) =>
          new Promise<number[]>((resolve) => {
            const top = () =>
              Math.round(document.getElementById(target)!.getBoundingClientRect().top);
            const seen: number[] = [top()];
            const tick = () => {
              seen.push(top());
              if (seen.length < 8) requestAnimationFrame(tick);
              else resolve(seen);
            };
            requestAnimationFrame(tick);
          }),
        id,
      );
      expect(new Set(positions).size, `${id}: ${positions.join(',')}`).toBe(1);
      const top = await page.evaluate(
        (target) => document.getElementById(target)!.getBoundingClientRect().top,
        id,
      );
      expect(top).toBeGreaterThanOrEqual(-1);
      expect(top).toBeLessThan(200);
    }
    const calls = await page.evaluate(
      () => (window as unknown as { __scrollCalls: string[] }).__scrollCalls,
    );
    expect(calls.length).toBeGreaterThan(0);
    expect(calls.filter((c) => c.includes('smooth'))).toEqual([]);
    await page.close();
  });
});

describe('reflow: 200% and 400% zoom of a 1280 px window', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = await launchExtension();
    await setStored(ext, 'local', {
      region: { state: 'MO', area: 'st-louis' },
      lookupTarget: 'tab',
    });
  });

  afterAll(async () => {
    await ext?.close();
  });

  const noSideScroll = (page: Page) =>
    page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      // The widest element that pokes out past the right edge, to say what to fix.
      culprit:
        [...document.querySelectorAll('body *')]
          .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
          .filter((el) => !el.closest('.penalties'))
          .map(
            (el) =>
              `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`,
          )
          .slice(0, 3)
          .join('; ') || null,
    }));

  for (const width of [640, 320]) {
    const zoom = width === 640 ? '200%' : '400%';

    it(`${zoom} (${width} CSS px): explainer, #search with results, and options with an area`, async () => {
      const checks: Array<[string, Page]> = [
        ['explainer.html', await ext.open('explainer.html', { width, height: 800 })],
        [
          'explainer.html#search (results)',
          await explainerSearchWithResults(ext, { width, height: 800 }),
        ],
        [
          'options.html (Missouri, St. Louis)',
          await ext.open('options.html', { width, height: 800 }),
        ],
      ];
      for (const [name, page] of checks) {
        const result = await noSideScroll(page);
        expect(result.scrollWidth, `${name}: ${result.culprit}`).toBeLessThanOrEqual(
          result.innerWidth,
        );
        await page.close();
      }
    });

    it(`${zoom} (${width} CSS px): the explainer after lookups, short and long unbroken`, async () => {
      const selections = [
        'sentenced to 25 years for sexual trafficking of a child',
        // A pasted link or hash: one "word" far wider than the screen.
        `trafficking${'x'.repeat(400)}`,
        `https://example.com/${'a1b2c3'.repeat(60)}`,
      ];
      for (const selection of selections) {
        const page = await rightClick(ext, selection);
        await page.setViewportSize({ width, height: 800 });
        const result = await noSideScroll(page);
        expect(
          result.scrollWidth,
          `${selection.slice(0, 30)}… → ${new URL(page.url()).hash}: ${result.culprit}`,
        ).toBeLessThanOrEqual(result.innerWidth);
        await page.close();
      }
    });
  }
});
