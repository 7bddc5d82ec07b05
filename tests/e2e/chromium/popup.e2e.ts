import { describe, it, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { setStored, getStored, useExtension, type Extension } from './harness';
import { routeNeutral } from './journeys';
import { NEUTRAL_URL } from '@/utils/quick-exit';

const SIZE = { width: 380, height: 600 };
const MO_CHILD_LINE = '1-800-392-3738';
const KS_CHILD_LINE = '1-800-922-5330';

async function openPopup(ext: Extension): Promise<Page> {
  return ext.open('popup.html', SIZE);
}

async function reloadReady(page: Page) {
  await page.reload();
  await page.waitForSelector('[data-ready="true"]');
}

/** Every tel: link's text, for "is this number listed?" checks. */
async function telTexts(page: Page): Promise<string[]> {
  return page.$$eval('a[href^="tel:"]', (links) => links.map((a) => a.textContent ?? ''));
}

/** Opens every disclosure so checks see all content. */
async function expandAll(page: Page) {
  const more = page.getByRole('button', { name: /^More lines/ });
  if ((await more.count()) > 0 && (await more.getAttribute('aria-expanded')) === 'false')
    await more.click();
  await page.getByRole('button', { name: /penalties and sentencing/i }).click();
}

describe('popup', () => {
  const extension = useExtension();
  let ext: Extension;

  beforeAll(async () => {
    ext = extension();
    await routeNeutral(ext);
  });

  it('shows 911 first and the national hotline with named, working links', async () => {
    const page = await openPopup(ext);
    const call911 = page.getByRole('link', { name: 'Call 911' });
    expect(await call911.getAttribute('href')).toBe('tel:911');
    // 911 comes before anything else in the reading order.
    const firstLink = await page.$eval('a', (a) => a.getAttribute('href'));
    expect(firstLink).toBe('tel:911');

    const call = page.getByRole('link', {
      name: 'Call the National Human Trafficking Hotline, 1-888-373-7888',
    });
    expect(await call.getAttribute('href')).toBe('tel:+18883737888');
    expect(await call.textContent()).toBe('1-888-373-7888');
    const text = page.getByRole('link', {
      name: 'Text HELP to the National Human Trafficking Hotline at 233733',
    });
    expect(await text.getAttribute('href')).toBe('sms:233733?body=HELP');
    expect(await page.getByRole('button', { name: 'Copy 1-888-373-7888' }).count()).toBe(1);
    await page.close();
  });

  it('before a region is chosen: national resources and a prompt to set one', async () => {
    const page = await openPopup(ext);
    expect(await page.getByText('Showing national resources.').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Set region' }).count()).toBe(1);
    expect(await telTexts(page)).not.toContain(MO_CHILD_LINE);
    await page.close();
  });

  it('lists the lines of the stored region', async () => {
    await setStored(ext, 'local', { region: { state: 'KS' } });
    const page = await openPopup(ext);
    await page.getByText('Showing resources for').waitFor();
    expect(await page.locator('.region-line').textContent()).toContain('Kansas');
    let tels = await telTexts(page);
    expect(tels).toContain(KS_CHILD_LINE);
    expect(tels).not.toContain(MO_CHILD_LINE);
    // The Kansas line is visible without opening anything.
    expect(
      await page
        .getByRole('link', { name: new RegExp(KS_CHILD_LINE) })
        .first()
        .isVisible(),
    ).toBe(true);

    await setStored(ext, 'local', { region: { state: 'MO' } });
    await reloadReady(page);
    await page.getByText('Showing resources for').waitFor();
    tels = await telTexts(page);
    expect(tels).toContain(MO_CHILD_LINE);
    expect(tels).not.toContain(KS_CHILD_LINE);
    await page.close();
    await setStored(ext, 'local', { region: null });
  });

  it('updates while open when the region changes elsewhere', async () => {
    const page = await openPopup(ext);
    await setStored(ext, 'local', { region: { state: 'MO' } });
    await page.waitForFunction(
      (n) => [...document.querySelectorAll('a[href^="tel:"]')].some((a) => a.textContent === n),
      MO_CHILD_LINE,
    );
    await page.close();
    await setStored(ext, 'local', { region: null });
  });

  it('keeps the hotline card where it is while the region loads', async () => {
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
    const page = await ext.context.newPage();
    await page.setViewportSize(SIZE);
    // Record the hotline card's position at first paint and after the region is in.
    await page.addInitScript(() => {
      const positions: number[] = [];
      (window as unknown as { __positions: number[] }).__positions = positions;
      const record = () => {
        const card = document.querySelector('.resource--featured');
        if (card) positions.push(Math.round(card.getBoundingClientRect().top));
        if (!document.querySelector('[data-ready="true"]')) requestAnimationFrame(record);
        else positions.push(Math.round(card!.getBoundingClientRect().top));
      };
      requestAnimationFrame(record);
    });
    await page.goto(ext.url('popup.html'));
    await page.waitForSelector('[data-ready="true"]');
    const positions = await page.evaluate(
      () => (window as unknown as { __positions: number[] }).__positions,
    );
    expect(positions.length).toBeGreaterThan(0);
    expect(new Set(positions).size).toBe(1);
    await page.close();
    await setStored(ext, 'local', { region: null });
  });

  it('filters the questions as you type, announces the count, and moves by keyboard', async () => {
    const page = await openPopup(ext);
    const search = page.getByRole('searchbox', { name: 'Search questions' });
    const questions = page.locator('[data-faq-button]');
    const all = await questions.count();
    expect(all).toBeGreaterThan(20);

    await search.fill('mandated');
    await page.waitForFunction(() => document.querySelectorAll('[data-faq-button]').length < 10);
    expect(await questions.count()).toBeLessThan(all);
    expect(await questions.first().textContent()).toMatch(/mandated reporter/i);
    await expect
      .poll(() =>
        page
          .getByRole('status')
          .filter({ hasText: /questions? match/ })
          .count(),
      )
      .toBe(1);

    await search.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.hasAttribute('data-faq-button'))).toBe(
      true,
    );
    await page.keyboard.press('Enter');
    expect(await questions.first().getAttribute('aria-expanded')).toBe('true');

    await search.fill('zzzqqq');
    expect(await page.getByText('No questions match “zzzqqq”').count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Search the full explainer' }).count()).toBe(1);

    await search.press('Escape');
    expect(await search.inputValue()).toBe('');
    expect(await questions.count()).toBe(all);
    await page.close();
  });

  it('fits 380 px: with everything open, its main area does not scroll sideways and it is no taller than 600 px', async () => {
    await setStored(ext, 'local', { region: { state: 'MO', area: 'kansas-city' } });
    const page = await openPopup(ext);
    await expandAll(page);
    // (The page itself is checked in pages.e2e; the popup's own scrolling area here.)
    const main = await page.evaluate(() => {
      const el = document.querySelector('main');
      return el ? el.scrollWidth - el.clientWidth : 0;
    });
    expect(main).toBeLessThanOrEqual(0);
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    expect(height).toBeLessThanOrEqual(600);
    await page.close();
    await setStored(ext, 'local', { region: null });
  });

  it('uses a neutral title in discreet mode', async () => {
    await setStored(ext, 'local', { discreet: true });
    const page = await openPopup(ext);
    await page.waitForFunction(() => document.title === 'Quick reference');
    await page.close();
    await setStored(ext, 'local', { discreet: false });
  });

  it('quick exit sends the explainer and options tabs to the neutral page', async () => {
    const explainer = await ext.open('explainer.html');
    const options = await ext.open('options.html');
    const popup = await openPopup(ext);
    await popup.getByRole('button', { name: 'Quick exit' }).click();
    await explainer.waitForURL(`${NEUTRAL_URL}**`);
    await options.waitForURL(`${NEUTRAL_URL}**`);
    expect(await explainer.title()).toBe('Weather');
    expect(await options.title()).toBe('Weather');
    for (const page of ext.context.pages()) await page.close().catch(() => undefined);
  });

  it('Esc twice leaves too', async () => {
    const explainer = await ext.open('explainer.html');
    const popup = await openPopup(ext);
    // A reader presses Esc some time after the popup opens, not within the first 800 ms.
    await popup.waitForTimeout(1000);
    // One Esc keeps its usual meaning: nothing leaves.
    await popup.locator('body').press('Escape');
    await popup.waitForTimeout(1000);
    expect(explainer.url()).toBe(ext.url('explainer.html'));
    await popup.keyboard.press('Escape');
    // The second Esc closes the popup page itself, possibly before the key is released.
    await popup.keyboard.press('Escape').catch(() => undefined);
    await explainer.waitForURL(`${NEUTRAL_URL}**`);
    for (const page of ext.context.pages()) await page.close().catch(() => undefined);
  });

  it('hands a search to the explainer through session storage, never the URL', async () => {
    const popup = await openPopup(ext);
    await popup.getByRole('searchbox', { name: 'Search questions' }).fill('zzzqqq');
    const opened = ext.context.waitForEvent('page');
    await popup.getByRole('button', { name: 'Search the full explainer' }).click();
    const tab = await opened;
    await tab.waitForURL(/explainer\.html#search$/);
    expect(tab.url()).not.toContain('zzzqqq');
    // The explainer picks the query up from session storage, then clears it.
    await tab.waitForSelector('[data-ready="true"]');
    const box = tab.getByRole('searchbox', { name: 'Search the explainer' });
    await expect.poll(() => box.inputValue()).toBe('zzzqqq');
    expect(await getStored(ext, 'session', 'explainerSearch')).toBeUndefined();
    for (const page of ext.context.pages()) await page.close().catch(() => undefined);
  });
});
