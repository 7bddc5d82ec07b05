import { describe, it, expect, beforeAll } from 'vitest';
import type { Page } from 'playwright-core';
import { setStored, getStored, useExtension, type Extension } from './harness';
import { SECTION_IDS } from '@/content/types';
import { DEEP_LINK_SIZES, headingPlaceInPage, misplacedHeading } from '../page-checks';
import { SEARCH } from '@/content/ui/explainer';

async function activeId(page: Page): Promise<string | null> {
  return page.evaluate(() => document.activeElement?.id ?? null);
}

describe('explainer page', () => {
  const extension = useExtension();
  let ext: Extension;

  beforeAll(() => {
    ext = extension();
  });

  for (const size of DEEP_LINK_SIZES) {
    it(`#<id> for every section lands focused and in view at ${size.width}×${size.height}`, async () => {
      const misplaced: string[] = [];
      for (const id of SECTION_IDS) {
        const page = await ext.open(`explainer.html#${id}`, size);
        await page.waitForFunction((target) => document.activeElement?.id === target, id);
        // The whole page drawn around the section, and two frames for the layout to settle.
        await page.waitForFunction(
          (n) => document.querySelectorAll('main section > h2[id]').length === n,
          SECTION_IDS.length,
        );
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        const problem = misplacedHeading(await page.evaluate(headingPlaceInPage, id));
        if (problem) misplaced.push(`#${id}: ${problem}`);
        await page.close();
      }
      expect(misplaced).toEqual([]);
    });
  }

  it('follows a later hash change to another section', async () => {
    const page = await ext.open('explainer.html', { width: 1200, height: 800 });
    await page.evaluate(() => {
      location.hash = 'glossary';
    });
    await page.waitForFunction(() => document.activeElement?.id === 'glossary');
    expect(await activeId(page)).toBe('glossary');
    await page.close();
  });

  it('shows every section, each as a heading with its id, in order', async () => {
    const page = await ext.open('explainer.html');
    const ids = await page.$$eval('main section > h2[id]', (els) => els.map((el) => el.id));
    expect(ids).toEqual([...SECTION_IDS]);
    const labelled = await page.$$eval('main section[aria-labelledby]', (els) => els.length);
    expect(labelled).toBe(SECTION_IDS.length);
    expect(await page.title()).toBe('Missouri sex-trafficking law explained');
    // Penalty tables are real tables, and the reported change is flagged in words.
    expect(await page.locator('#penalties ~ * table caption').count()).toBeGreaterThan(0);
    expect(await page.locator('table th[scope="col"]').count()).toBeGreaterThan(0);
    expect(await page.locator('table th[scope="row"]').count()).toBeGreaterThan(0);
    expect(await page.getByText('Reported change — not confirmed').count()).toBeGreaterThan(0);
    await page.close();
  });

  it('#search shows a labelled search box, takes the popup hand-off once, and lists sections', async () => {
    await setStored(ext, 'session', { explainerSearch: 'hotline' });
    const page = await ext.open('explainer.html#search');
    const box = page.getByRole('searchbox', { name: 'Search the explainer' });
    expect(await box.inputValue()).toBe('hotline');
    expect(await getStored(ext, 'session', 'explainerSearch')).toBeUndefined();
    await page.waitForFunction(() => document.activeElement?.getAttribute('type') === 'search');
    const status = page.locator('.search__status');
    await page.waitForFunction(
      () => (document.querySelector('.search__status')?.textContent ?? '') !== '',
    );
    const text = (await status.textContent()) ?? '';
    expect(text).toMatch(/section|Nothing/);
    // Either ranked results or the list of sections: always a way on.
    const links = await page.locator('main a[href^="#"]').count();
    expect(links).toBeGreaterThan(0);
    // Typing changes the query; the query never goes into the URL.
    await box.fill('penalties for trafficking a child');
    // First the view takes the new query in: results marked with its words (no longer with
    // "hotline"), and the status announcing as many sections as are listed.
    const counts = Array.from({ length: SECTION_IDS.length + 1 }, (_, n) => SEARCH.count(n));
    await page.waitForFunction((wording) => {
      const listed = document.querySelectorAll('.search__results .search__result').length;
      const marked = [...document.querySelectorAll('.search__results mark')].map(
        (m) => m.textContent ?? '',
      );
      const status = document.querySelector('.search__status')?.textContent ?? '';
      return (
        listed > 0 &&
        marked.some((m) => /penalt|trafficking|child/i.test(m)) &&
        !marked.some((m) => /hotline/i.test(m)) &&
        status === wording[listed]
      );
    }, counts);
    expect(await box.inputValue()).toBe('penalties for trafficking a child');
    expect(page.url()).not.toContain('penalties');
    expect(decodeURIComponent(page.url())).not.toContain('trafficking a child');
    expect(page.url()).toMatch(/#search$/);
    await page.close();
  });

  it('a lookup hand-off never puts the selection in the URL and renders it as text', async () => {
    const selection = '<img src=x onerror=alert(1)> how long is the prison term for trafficking';
    const token = 'abcdef0123456789abcdef01';
    await setStored(ext, 'session', {
      pendingLookup: { token, text: selection, createdAt: Date.now() },
    });
    const page = await ext.open(`explainer.html#lookup=${token}`);
    await page.waitForFunction(() => !location.hash.startsWith('#lookup='));
    expect(page.url()).not.toContain('img');
    expect(page.url()).not.toContain('prison');
    expect(page.url()).not.toContain(token);
    expect(await page.locator('img').count()).toBe(0);
    expect(await getStored(ext, 'session', 'pendingLookup')).toBeFalsy();
    const hash = new URL(page.url()).hash;
    if (hash === '#search') {
      expect(await page.getByRole('searchbox').inputValue()).toContain('<img src=x');
    } else {
      expect(SECTION_IDS).toContain(hash.slice(1));
      expect(await page.locator('.lookup-banner').textContent()).toContain('<img src=x');
    }
    // The same token a second time finds nothing: the top of the page.
    await page.goto(ext.url(`explainer.html#lookup=${token}`));
    await page.waitForFunction(() => location.hash === '');
    expect(await page.locator('main section > h2').count()).toBe(SECTION_IDS.length);
    await page.close();
  });

  it('side panel: compact, with a way to open the full page in a tab', async () => {
    const page = await ext.open('sidepanel.html', { width: 400, height: 800 });
    expect(await page.getByRole('link', { name: /Open in a tab/ }).count()).toBe(1);
    expect(await page.locator('nav details summary').textContent()).toBe('Sections');
    await page.close();
  });

  it('side panel takes a waiting lookup on load and each new one while open', async () => {
    await setStored(ext, 'session', {
      pendingLookup: { token: 'aaaaaaaa11111111', text: 'restitution', createdAt: Date.now() },
    });
    const page = await ext.open('sidepanel.html', { width: 400, height: 800 });
    await page.waitForFunction(() => location.hash !== '');
    expect(await getStored(ext, 'session', 'pendingLookup')).toBeFalsy();
    expect(page.url()).not.toContain('restitution');

    await page.evaluate(() => history.replaceState(null, '', location.pathname));
    await setStored(ext, 'session', {
      pendingLookup: { token: 'bbbbbbbb22222222', text: 'coercion', createdAt: Date.now() },
    });
    await page.waitForFunction(() => location.hash !== '');
    expect(await getStored(ext, 'session', 'pendingLookup')).toBeFalsy();
    expect(page.url()).not.toContain('coercion');
    await page.close();
  });

  it('discreet mode gives the tab a neutral title', async () => {
    await setStored(ext, 'local', { discreet: true });
    const page = await ext.open('explainer.html');
    await page.waitForFunction(() => document.title === 'Quick reference');
    await setStored(ext, 'local', { discreet: false });
    await page.waitForFunction(() => document.title !== 'Quick reference');
    await page.close();
  });

  it('the reporting section follows the region setting live', async () => {
    const page = await ext.open('explainer.html#reporting', { width: 1200, height: 900 });
    const before = await page.locator('.region-resources').textContent();
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
    await page.waitForFunction(
      (old) => document.querySelector('.region-resources')?.textContent !== old,
      before,
    );
    expect(await page.locator('.region-resources').textContent()).toContain('Missouri');
    await page.close();
  });
});
