import { describe, it, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { setStored, getStored, useExtension, type Extension } from './harness';
import {
  closeAllPages,
  expectFocusVisible,
  focusState,
  rightClick,
  routeNeutral,
  sweepTabOrder,
  tabTo,
} from './journeys';
import { NEUTRAL_URL } from '@/utils/quick-exit';

/*
 * Keyboard-only journeys: page.keyboard and nothing else once a page is open (no clicks,
 * no locator.click, no focus()). After every key, something other than the body has focus
 * and its focus indicator is drawn.
 */

const POPUP = { width: 380, height: 600 };
const HOTLINE = '1-888-373-7888';

/**
 * Presses a key and checks focus afterwards. With `moves`, the key is expected to send focus
 * somewhere else (a link to a section, a search view), so this waits for it to leave first,
 * and fails, naming the step, if it never does.
 */
async function press(page: Page, key: string, step: string, options: { moves?: boolean } = {}) {
  const mark = 'data-before-press';
  const before = options.moves ? await focusState(page) : null;
  if (before) {
    await page.evaluate((m) => document.activeElement?.setAttribute(m, ''), mark);
  }
  await page.keyboard.press(key);
  if (before) {
    try {
      await page.waitForFunction((m) => !document.activeElement?.hasAttribute(m), mark, {
        timeout: 10_000,
      });
    } catch (error) {
      throw new Error(
        `${step}: focus did not move off <${before.tag}${before.id ? `#${before.id}` : ''}> "${before.text}" after ${key}`,
        { cause: error },
      );
    }
    await page.evaluate((m) => {
      for (const el of document.querySelectorAll(`[${m}]`)) el.removeAttribute(m);
    }, mark);
  }
  // Two frames, so a view that re-renders has placed focus where it will stay.
  await page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );
  return expectFocusVisible(page, step);
}

/** True when `a` comes before `b` in document order. */
function isBefore(page: Page, a: string, b: string) {
  return page.evaluate(
    ([first, second]) => {
      const x = document.querySelector(first);
      const y = document.querySelector(second);
      return !!x && !!y && (x.compareDocumentPosition(y) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    },
    [a, b] as const,
  );
}

// One browser for the whole file; each group sets the settings it needs.
const extension = useExtension();

describe('keyboard-only journeys', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = extension();
    await routeNeutral(ext);
    await setStored(ext, 'local', { lookupTarget: 'tab' });
    // Chrome refuses a grant scoped to a chrome-extension:// origin ("opaque origin"),
    // so the grant covers every origin of this throwaway profile.
    await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });

  it('popup: Tab to the search, type, ArrowDown, Enter opens the answer', async () => {
    const page = await ext.open('popup.html', POPUP);
    await tabTo(page, 'input[type="search"]', { label: 'popup search box' });
    await page.keyboard.type('mandated reporter');
    await page.waitForFunction(() => document.querySelectorAll('[data-faq-button]').length < 10);
    await expectFocusVisible(page, 'after typing');

    const button = await press(page, 'ArrowDown', 'ArrowDown into the results');
    expect(button.tag).toBe('button');
    expect(button.text).toMatch(/mandated reporter/i);
    const id = button.id;
    expect(await page.locator(`#${id}`).getAttribute('aria-expanded')).toBe('false');

    await press(page, 'Enter', 'Enter on the question');
    expect(await page.locator(`#${id}`).getAttribute('aria-expanded')).toBe('true');
    const answerId = await page.locator(`#${id}`).getAttribute('aria-controls');
    expect(await page.locator(`#${answerId}`).isVisible()).toBe(true);
    expect((await page.locator(`#${answerId}`).innerText()).length).toBeGreaterThan(40);
    // Focus stays on the question, so Enter again closes it.
    expect((await focusState(page)).id).toBe(id);

    // Into the answer: its links are reachable with Tab, focus drawn on each.
    await tabTo(page, `#${answerId} a`, { max: 10, label: 'a link in the answer' });
    await page.close();
  });

  it('popup: Tab to a Copy button, Enter copies the number and says so', async () => {
    const page = await ext.open('popup.html', POPUP);
    await tabTo(page, 'button.copy__button', { label: 'first Copy button' });
    const before = await focusState(page);
    expect(before.text).toContain(HOTLINE);

    await press(page, 'Enter', 'Enter on Copy');
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: `Copied ${HOTLINE}` })
          .count(),
      )
      .toBe(1);
    // The button itself says so too, and keeps focus while its text changes.
    const after = await expectFocusVisible(page, 'after the copy');
    expect(after.text).toMatch(/^Copied/);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(HOTLINE);
    await page.close();
  });

  it('options: Tab to Region, type "Kansas", arrow away and back; the save is announced', async () => {
    const page = await ext.open('options.html', { width: 900, height: 800 });
    await tabTo(page, '#region-state', { label: 'Region select' });
    await page.keyboard.type('Kansas');
    await expectFocusVisible(page, 'after typing Kansas');
    expect(await page.locator('#region-state').inputValue()).toBe('KS');
    await expect.poll(() => getStored(ext, 'local', 'region')).toEqual({ state: 'KS' });
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Saved: Region is Kansas');

    // Arrowing through the closed list saves where the reader stops.
    await press(page, 'ArrowDown', 'ArrowDown in the select');
    expect(await page.locator('#region-state').inputValue()).toBe('KY');
    await press(page, 'ArrowUp', 'ArrowUp in the select');
    expect(await page.locator('#region-state').inputValue()).toBe('KS');
    await page.waitForTimeout(800);
    expect(await getStored(ext, 'local', 'region')).toEqual({ state: 'KS' });
    expect(await page.getByRole('status').first().innerText()).toContain('Saved: Region is Kansas');

    // Missouri brings the area list in right after the state, in Tab order.
    await page.keyboard.type('Missouri');
    await page.locator('#region-area').waitFor();
    await tabTo(page, '#region-area', { max: 2, label: 'Missouri area select' });
    await page.keyboard.type('St');
    await expect
      .poll(() => getStored(ext, 'local', 'region'))
      .toEqual({ state: 'MO', area: 'st-louis' });
    await expectFocusVisible(page, 'after choosing the area');
    await page.close();
    await setStored(ext, 'local', { region: null });
  });

  it('options: arrows move through the theme choices, Space flips a switch; each save is said', async () => {
    const page = await ext.open('options.html', { width: 900, height: 800 });
    await tabTo(page, 'input[name="theme"]:checked', { label: 'theme choice' });
    expect(await page.locator('input[name="theme"]:checked').inputValue()).toBe('system');
    await press(page, 'ArrowRight', 'ArrowRight in the theme choices');
    expect(await page.locator('input[name="theme"]:checked').inputValue()).toBe('light');
    await expect.poll(() => getStored(ext, 'local', 'theme')).toBe('light');
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Saved: Theme is light');
    expect(await page.evaluate(() => document.documentElement.dataset.theme)).toBe('light');
    await press(page, 'ArrowLeft', 'ArrowLeft back');
    await expect.poll(() => getStored(ext, 'local', 'theme')).toBe('system');

    await tabTo(page, '#discreet', { label: 'discreet mode switch' });
    await press(page, 'Space', 'Space on discreet mode');
    await expect.poll(() => getStored(ext, 'local', 'discreet')).toBe(true);
    await expect
      .poll(() => page.getByRole('status').first().innerText())
      .toContain('Saved: Discreet mode is on');
    await press(page, 'Space', 'Space again');
    await expect.poll(() => getStored(ext, 'local', 'discreet')).toBe(false);
    await page.close();
  });

  it('explainer: Tab to a contents link, Enter moves focus to that section', async () => {
    const page = await ext.open('explainer.html', { width: 1200, height: 900 });
    await tabTo(page, 'nav.toc a[href="#penalties"]', { label: 'contents link to penalties' });
    const heading = await press(page, 'Enter', 'Enter on the contents link', { moves: true });
    expect(heading.id).toBe('penalties');
    expect(new URL(page.url()).hash).toBe('#penalties');
    const top = await page.evaluate(
      () => document.getElementById('penalties')!.getBoundingClientRect().top,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(200);

    // The next Tab goes on from the section, not back to the contents.
    const next = await press(page, 'Tab', 'Tab after the jump');
    expect(next.isBody).toBe(false);
    const nextIsAfter = await page.evaluate(() => {
      const heading = document.getElementById('penalties')!;
      const active = document.activeElement!;
      return (heading.compareDocumentPosition(active) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
    });
    expect(nextIsAfter).toBe(true);

    // The same link again (hash unchanged) still takes focus back to the heading.
    await tabTo(page, 'nav.toc a[href="#penalties"]', {
      backwards: true,
      max: 400,
      label: 'back to the contents link',
    });
    const again = await press(page, 'Enter', 'Enter on the same link again', { moves: true });
    expect(again.id).toBe('penalties');
    await page.close();
  });

  it('explainer: the search link, a typed query, Tab to a result, Enter opens that section', async () => {
    const page = await ext.open('explainer.html', { width: 1200, height: 900 });
    await tabTo(page, '.explainer__search-link a', { label: 'Search the explainer link' });
    const box = await press(page, 'Enter', 'Enter on the search link', { moves: true });
    expect(box.tag).toBe('input');
    await page.keyboard.type('hotline');
    await page.locator('.search__results a').first().waitFor();
    await tabTo(page, '.search__results a', { label: 'first search result' });
    const target = (await page.locator('.search__results a').first().getAttribute('href'))!;
    const heading = await press(page, 'Enter', 'Enter on the result', { moves: true });
    expect(`#${heading.id}`).toBe(target);
    expect(new URL(page.url()).hash).toBe(target);
    await page.close();
  });

  it('explainer: after a lookup, "See it in the glossary" by keyboard lands on the term, drawn', async () => {
    const page = await rightClick(ext, 'debt bondage');
    await page.bringToFront();
    // The looked-up section heading has focus; the note about the lookup sits just above it.
    await tabTo(page, '.lookup-banner a[href^="#term-"]', {
      backwards: true,
      max: 5,
      label: 'See it in the glossary',
    });
    const term = await press(page, 'Enter', 'Enter on "See it in the glossary"', { moves: true });
    expect(term.id).toBe('term-debt-bondage');
    await page.close();
  });

  it('explainer: after a lookup, a contents link still takes you to that section, in view', async () => {
    const page = await rightClick(ext, 'sentenced to 25 years for sexual trafficking of a child');
    expect(new URL(page.url()).hash).toBe('#penalties');
    await tabTo(page, 'nav.toc a[href="#glossary"]', {
      backwards: true,
      max: 400,
      label: 'contents link to the glossary',
    });
    const heading = await press(page, 'Enter', 'Enter on the glossary link', { moves: true });
    expect(heading.id).toBe('glossary');
    const top = await page.evaluate(
      () => document.getElementById('glossary')!.getBoundingClientRect().top,
    );
    expect(top).toBeGreaterThanOrEqual(0);
    expect(top).toBeLessThan(300);
    await page.close();
  });

  it('explainer: "Hide this note" by keyboard keeps focus on the page', async () => {
    const page = await rightClick(ext, 'sentenced to 25 years for sexual trafficking of a child');
    await tabTo(page, '.lookup-banner__dismiss', {
      backwards: true,
      max: 5,
      label: 'Hide this note',
    });
    await page.keyboard.press('Enter');
    expect(await page.locator('.lookup-banner').count()).toBe(0);
    // The button is gone; focus must go somewhere sensible, not to the body.
    await expectFocusVisible(page, 'after hiding the note');
    await page.close();
  });

  it('quick exit by keyboard: Tab to Quick exit, Enter sends every tab of the guide away', async () => {
    await closeAllPages(ext);
    const options = await ext.open('options.html');
    const panel = await ext.open('sidepanel.html', { width: 400, height: 800 });
    const explainer = await ext.open('explainer.html', { width: 1200, height: 900 });
    const exit = await tabTo(explainer, '.quick-exit__button', { label: 'Quick exit' });
    // One of the first stops on the page: a reader in a hurry finds it at once.
    expect(exit).toBeLessThanOrEqual(3);
    await explainer.keyboard.press('Enter');
    await options.waitForURL(`${NEUTRAL_URL}**`);
    await explainer.waitForURL(`${NEUTRAL_URL}**`);
    // The side panel page closes itself.
    await expect.poll(() => panel.isClosed()).toBe(true);
    expect(await options.title()).toBe('Weather');
    await closeAllPages(ext);
  });

  it('Esc twice from the options page sends every tab of the guide away', async () => {
    const explainer = await ext.open('explainer.html', { width: 1200, height: 900 });
    const options = await ext.open('options.html');
    await tabTo(options, '#region-state', { label: 'Region select' });
    // Well after load: one Esc alone changes nothing.
    await options.waitForTimeout(1000);
    await options.keyboard.press('Escape');
    await options.waitForTimeout(1000);
    expect(explainer.url()).toBe(ext.url('explainer.html'));
    expect(options.url()).toBe(ext.url('options.html'));
    await options.keyboard.press('Escape');
    await options.keyboard.press('Escape');
    await explainer.waitForURL(`${NEUTRAL_URL}**`);
    await options.waitForURL(`${NEUTRAL_URL}**`);
    await closeAllPages(ext);
  });

  it('Esc twice from the explainer search box leaves too (the first Esc only clears)', async () => {
    const options = await ext.open('options.html');
    const explainer = await ext.open('explainer.html#search', { width: 1200, height: 900 });
    await expectFocusVisible(explainer, 'search view opened');
    await explainer.keyboard.type('hotline');
    await explainer.waitForTimeout(1000);
    await explainer.keyboard.press('Escape');
    await explainer.waitForTimeout(1000);
    expect(options.url()).toBe(ext.url('options.html'));
    await explainer.keyboard.press('Escape');
    await explainer.keyboard.press('Escape');
    await options.waitForURL(`${NEUTRAL_URL}**`);
    await explainer.waitForURL(`${NEUTRAL_URL}**`);
    await closeAllPages(ext);
  });
});

describe('keyboard-only: the side panel', () => {
  let ext: Extension;

  beforeAll(() => {
    ext = extension();
  });

  it('opens Sections with Enter, follows a link, folds the list and focuses the section', async () => {
    const page = await ext.open('sidepanel.html', { width: 400, height: 800 });
    await tabTo(page, 'nav details summary', { label: 'Sections toggle' });
    await press(page, 'Enter', 'Enter on Sections');
    expect(await page.locator('nav details').getAttribute('open')).not.toBeNull();
    await tabTo(page, 'nav details a[href="#reporting"]', { label: 'reporting link' });
    const heading = await press(page, 'Enter', 'Enter on the reporting link', { moves: true });
    expect(heading.id).toBe('reporting');
    expect(await page.locator('nav details').getAttribute('open')).toBeNull();
    expect(await isBefore(page, 'nav details', '#reporting')).toBe(true);
    await page.close();
  });
});

// In light only: a sweep checks what colour cannot change (that each stop has an outline or
// shadow, its size, and that it is on screen and uncovered), and the dark scheme changes only
// colour variables (components/base.css); the dark colours are checked by axe-core in pages.e2e.
describe('every Tab stop is drawn and in view (light)', () => {
  let ext: Extension;

  beforeAll(async () => {
    ext = extension();
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' }, theme: 'system' });
  });

  /** Opens a page with the system in light (as the browser reports it). */
  const openIn = async (path: string, size: { width: number; height: number }): Promise<Page> => {
    const page = await ext.open(path, size);
    await page.emulateMedia({ colorScheme: 'light' });
    return page;
  };

  it('popup, with more lines and an answer open', async () => {
    const page = await openIn('popup.html', POPUP);
    await tabTo(page, '[aria-controls="more-lines"]', { label: 'More lines' });
    await page.keyboard.press('Enter');
    await tabTo(page, '[data-faq-button]', { label: 'first question' });
    await page.keyboard.press('Enter');
    const stops = await sweepTabOrder(page, 'popup (light)');
    expect(stops).toBeGreaterThan(20);
    await page.close();
  });

  it('options, with a Missouri area chosen', async () => {
    const page = await openIn('options.html', { width: 900, height: 800 });
    const stops = await sweepTabOrder(page, 'options (light)');
    expect(stops).toBeGreaterThanOrEqual(10);
    await page.close();
  });

  it('explainer search with results', async () => {
    const search = await openIn('explainer.html#search', { width: 1200, height: 900 });
    await search.keyboard.type('hotline');
    await search.locator('.search__results a').first().waitFor();
    expect(await sweepTabOrder(search, 'explainer #search (light)')).toBeGreaterThan(5);
    await search.close();
  });

  it('explainer, the whole page', async () => {
    const page = await openIn('explainer.html', { width: 1200, height: 900 });
    const stops = await sweepTabOrder(page, 'explainer (light)');
    expect(stops).toBeGreaterThan(50);
    await page.close();
  }, 240_000);

  // The side panel's own parts (header, Sections list) and, in its narrow column, the first
  // sections up to federal law: the kinds of stop its sections hold (source links, the penalty
  // table), each drawn the same way further down, which the explainer's sweep checks in full.
  it('the side panel: its own parts and the first sections', async () => {
    const panel = await openIn('sidepanel.html', { width: 400, height: 800 });
    const federal = 'section[aria-labelledby="federal-law"]';
    const stops = await sweepTabOrder(panel, 'side panel (light)', { until: federal });
    expect(stops).toBeGreaterThan(20);
    // It went through the penalties section on the way.
    expect(
      await panel.evaluate(() =>
        document.querySelector('section[aria-labelledby="penalties"] [data-sweep]'),
      ),
    ).not.toBeNull();
    await panel.close();
  });
});
