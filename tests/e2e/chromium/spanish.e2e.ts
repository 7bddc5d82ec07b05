import { describe, it, expect, beforeAll } from 'vitest';
import { expectPageClean, setStored, useExtension, type Extension } from './harness';

/*
 * The guide in Spanish: chosen on the options page, every open page changes at once, each page
 * says its language, and the Spanish pages pass the same checks as the English ones (axe-core,
 * no sideways scrolling at 320 px, nothing loaded from outside), light and dark.
 */

const NARROW = { width: 320, height: 640 };

describe('Spanish', () => {
  const extension = useExtension();
  let ext: Extension;

  beforeAll(async () => {
    ext = extension();
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
  });

  it('choosing Español on the options page changes every open page at once', async () => {
    const popup = await ext.open('popup.html', { width: 380, height: 600 });
    const explainer = await ext.open('explainer.html#penalties', { width: 1200, height: 800 });
    const options = await ext.open('options.html', { width: 900, height: 800 });
    expect(await popup.locator('html').getAttribute('lang')).toBe('en');

    await options.getByRole('radio', { name: 'Español' }).check();
    for (const page of [options, popup, explainer]) {
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('es');
    }
    await expect.poll(() => popup.getByRole('link', { name: /Llame al 911/ }).count()).toBe(1);
    await expect
      .poll(() => explainer.getByRole('heading', { level: 2, name: /penas/i }).count())
      .toBeGreaterThan(0);
    await expect.poll(() => options.getByRole('heading', { name: 'Idioma' }).count()).toBe(1);
    // The choice's own name keeps its language, whatever the page's.
    expect(await options.locator('label[for="language-en"]').getAttribute('lang')).toBe('en');

    await options.getByRole('radio', { name: 'English' }).check();
    for (const page of [options, popup, explainer]) {
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe('en');
    }
    await Promise.all([popup, explainer, options].map((page) => page.close()));
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`the Spanish pages at 320 px pass the page checks (${scheme})`, async () => {
      await setStored(ext, 'local', { language: 'es' });
      for (const path of ['popup.html', 'options.html', 'explainer.html#reporting']) {
        const page = await ext.context.newPage();
        await page.emulateMedia({ colorScheme: scheme });
        await page.setViewportSize(NARROW);
        await page.goto(ext.url(path));
        await page.waitForSelector('[data-ready="true"]');
        // Spanish from the first paint: the page is drawn once, already in Spanish.
        expect(await page.locator('html').getAttribute('lang'), path).toBe('es');
        await expectPageClean(ext, page, `${path} (es, ${scheme})`);
        await page.close();
      }
      await setStored(ext, 'local', { language: 'browser' });
    });
  }
});
