import { describe, it, expect, beforeAll } from 'vitest';
import { setStored, useExtension, type Extension } from './harness';
import { injectedNodes, rightClick } from './journeys';
import { glossary } from '@/content/glossary';

describe('right-click lookup in a real Chromium', () => {
  const extension = useExtension();
  let ext: Extension;
  beforeAll(async () => {
    ext = extension();
    // Where the browser can open a side panel only from a real gesture, a dispatched click falls
    // back to a tab; asking for a tab makes the journey the same on every machine.
    await setStored(ext, 'local', { lookupTarget: 'tab' });
  });

  it('opens the explainer at the matching section, focused, without the selection in the URL', async () => {
    const selection = 'sentenced to 25 years for sexual trafficking of a child';
    const page = await rightClick(ext, selection);
    await page.waitForFunction(() => location.hash === '#penalties');
    const focused = await page.evaluate(() => document.activeElement?.id);
    expect(focused).toBe('penalties');
    expect(page.url()).not.toContain('sentenced');
    expect(decodeURIComponent(page.url())).not.toContain(selection);
    await expect.poll(() => page.getByText(`You looked up`).count()).toBeGreaterThan(0);
    // The matched words are marked in the penalties section, and nowhere else on the page.
    const penalties = page.locator('section[aria-labelledby="penalties"]');
    expect(await penalties.count()).toBe(1);
    await expect.poll(() => penalties.locator('mark').count()).toBeGreaterThan(0);
    const marks = await page.evaluate(() => {
      const all = [...document.querySelectorAll('mark')];
      return {
        total: all.length,
        outside: all
          .filter((m) => !m.closest('section[aria-labelledby="penalties"]'))
          .map((m) => m.textContent),
      };
    });
    expect(marks.total).toBe(await penalties.locator('mark').count());
    expect(marks.outside).toEqual([]);
    console.log(`right-click "${selection}" → ${new URL(page.url()).hash}, focus on #${focused}`);
    await page.close();
  });

  it('a weak on-topic selection opens its best section and offers the alternatives as links that move focus', async () => {
    // A checklist fragment with no trafficking word: about the subject, but not clearly one section.
    const page = await rightClick(ext, 'several hotel key cards for one room');
    await page.waitForFunction(
      () => location.hash.length > 1 && !location.hash.startsWith('#lookup'),
    );
    const landed = new URL(page.url()).hash;
    expect(landed).not.toBe('#search');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(landed.slice(1));
    const links = page.locator('.lookup-banner__also a');
    await expect.poll(() => links.count()).toBeGreaterThan(0);
    expect(await page.locator('.lookup-banner__also').textContent()).toMatch(/^Also about: /);
    const href = (await links.first().getAttribute('href'))!;
    expect(href).toMatch(/^#[a-z-]+$/);
    expect(href).not.toBe(landed);
    // Keyboard: focus the link and press Enter, as a keyboard user would.
    await links.first().focus();
    await page.keyboard.press('Enter');
    await page.waitForFunction((h) => location.hash === h, href);
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(href.slice(1));
    expect(await page.evaluate(() => document.activeElement?.tagName)).toMatch(/^H[1-6]$/);
    await page.close();
  });

  it('shows the glossary definition when the selection is a term', async () => {
    const page = await rightClick(ext, 'debt bondage');
    await page.waitForFunction(() => location.hash === '#glossary');
    const term = glossary.find((g) => g.id === 'debt-bondage');
    expect(term).toBeDefined();
    // The note above the section gives the term's meaning, not just the glossary list below.
    const note = page.locator('.lookup-banner__term');
    await note.waitFor({ timeout: 10_000 });
    const text = ((await note.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain(`${term!.term}: ${term!.definition}`);
    expect(await note.locator('a[href="#term-debt-bondage"]').count()).toBe(1);
    await page.close();
  });

  it('an off-topic selection opens the search view with the selection in the box, not in the URL', async () => {
    const selection = 'Cardinals beat Cubs 6-4 in 10 innings';
    const page = await rightClick(ext, selection);
    await page.waitForFunction(() => location.hash === '#search');
    const box = page.getByRole('searchbox');
    await expect.poll(() => box.inputValue()).toBe(selection);
    expect(decodeURIComponent(page.url())).not.toContain('Cardinals');
    await page.close();
  });

  it('renders a hostile selection as text, never as HTML', async () => {
    const selection = '<img src=x onerror="document.title=\'pwned\'"> human trafficking task force';
    const page = await rightClick(ext, selection);
    await page.waitForFunction(
      () => location.hash.length > 1 && !location.hash.startsWith('#lookup'),
    );
    const landed = new URL(page.url()).hash;
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    // Nothing the selection could have injected: no img, svg, inline script or on* attribute.
    expect(await injectedNodes(page)).toEqual([]);
    // It is shown back as the literal text: in the note above the section, or the search box.
    const shown =
      landed === '#search'
        ? await page.getByRole('searchbox').inputValue()
        : ((await page.locator('.lookup-banner__selection').textContent()) ?? '');
    expect(shown).toContain('<img src=x onerror=');
    await page.close();
  });

  it('clears the selection from session storage once the explainer has read it', async () => {
    const page = await rightClick(ext, 'human trafficking task force');
    await page.waitForFunction(() => !location.hash.startsWith('#lookup'));
    const stash = await ext.worker.evaluate(async () => {
      // @ts-expect-error chrome is the service worker's global
      return (await chrome.storage.session.get('pendingLookup')).pendingLookup ?? null;
    });
    expect(stash).toBeNull();
    await page.close();
  });
});
