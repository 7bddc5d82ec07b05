import { describe, it, expect } from 'vitest';
import type { Page } from 'puppeteer-core';
import { useFirefox, waitFor } from './harness';
import { NEUTRAL_URL } from '@/utils/quick-exit';

/*
 * The popup, the options page and the quick exit, as a reader uses them in Firefox.
 * (After this file, useFirefox checks that no extension page threw and nothing left the machine.)
 */

const MO_CHILD_LINE = '1-800-392-3738';
const KS_CHILD_LINE = '1-800-922-5330';
const POPUP = { width: 380, height: 600 };

const telTexts = (page: Page) =>
  page.$$eval('a[href^="tel:"]', (links) => links.map((a) => a.textContent ?? ''));

describe('Firefox: popup, options, quick exit', () => {
  const firefox = useFirefox();

  it('popup: 911 comes first, then the national hotline', async () => {
    const popup = await firefox().open('popup.html', POPUP);
    const links = await popup.$$eval('a', (all) =>
      all.map((a) => ({ href: a.getAttribute('href'), text: a.textContent?.trim() ?? '' })),
    );
    expect(links[0]?.href).toBe('tel:911');
    const hotline = links.find((l) => l.href === 'tel:+18883737888');
    expect(hotline?.text).toBe('1-888-373-7888');
    expect(links.some((l) => l.href === 'sms:233733?body=HELP')).toBe(true);
    expect(await popup.$eval('body', (b) => b.innerText)).toContain('Showing national resources.');
    await popup.close();
  });

  it('options → popup: Kansas drops Missouri’s line; Missouri brings it back (live)', async () => {
    const ff = firefox();
    const options = await ff.open('options.html', { width: 900, height: 800 });
    await options.select('#region-state', 'KS');
    await waitFor(
      async () => JSON.stringify(await ff.getStored('local', 'region')) === '{"state":"KS"}',
      'the region to be saved as Kansas',
    );
    const popup = await ff.open('popup.html', POPUP);
    let tels = await telTexts(popup);
    expect(tels).toContain(KS_CHILD_LINE);
    expect(tels).not.toContain(MO_CHILD_LINE);

    // Changed on the options page while the popup is open: the popup follows.
    await options.select('#region-state', 'MO');
    await popup.waitForFunction(
      (line) =>
        [...document.querySelectorAll('a[href^="tel:"]')].some((a) => a.textContent === line),
      {},
      MO_CHILD_LINE,
    );
    tels = await telTexts(popup);
    expect(tels).toContain(MO_CHILD_LINE);
    expect(tels).not.toContain(KS_CHILD_LINE);
    await popup.close();
    await options.close();
  });

  it('options: the region survives a reload', async () => {
    const ff = firefox();
    const options = await ff.open('options.html', { width: 900, height: 800 });
    await options.select('#region-state', 'MO');
    await options.waitForSelector('#region-area');
    await options.select('#region-area', 'st-louis');
    await waitFor(
      async () => ((await ff.getStored('local', 'region')) as { area?: string })?.area,
      'the area to be saved',
    );
    expect(await ff.getStored('local', 'region')).toEqual({ state: 'MO', area: 'st-louis' });
    await ff.navigate(options, ff.url('options.html'));
    expect(await options.$eval('#region-state', (s) => (s as HTMLSelectElement).value)).toBe('MO');
    expect(await options.$eval('#region-area', (s) => (s as HTMLSelectElement).value)).toBe(
      'st-louis',
    );
    await options.close();
  });

  it('quick exit sends every tab of the guide to the neutral page and closes the sidebar', async () => {
    const ff = firefox();
    await ff.showSidebar();
    await waitFor(() => ff.sidebar(), 'the sidebar to open');
    const options = await ff.open('options.html');
    const explainer = await ff.open('explainer.html', { width: 1000, height: 800 });
    await explainer.click('.quick-exit__button');
    for (const page of [explainer, options]) {
      await waitFor(
        async () => (await ff.currentUrl(page)).startsWith(NEUTRAL_URL),
        'the tab to leave for the neutral page',
      );
    }
    await waitFor(async () => (await ff.sidebar()) === null, 'the sidebar to close');
    await explainer.close();
    await options.close();
  });

  it('Esc twice leaves too; one Esc does not', async () => {
    const ff = firefox();
    const explainer = await ff.open('explainer.html', { width: 1000, height: 800 });
    const options = await ff.open('options.html');
    await options.bringToFront();
    // Well after load: one Esc alone keeps its usual meaning.
    await new Promise((r) => setTimeout(r, 1000));
    await options.keyboard.press('Escape');
    await new Promise((r) => setTimeout(r, 1000));
    expect(await ff.currentUrl(explainer)).toBe(ff.url('explainer.html'));
    await options.keyboard.press('Escape');
    await options.keyboard.press('Escape');
    await waitFor(
      async () => (await ff.currentUrl(explainer)).startsWith(NEUTRAL_URL),
      'the explainer to leave after Esc twice',
    );
    await explainer.close();
    await options.close();
  });
});
