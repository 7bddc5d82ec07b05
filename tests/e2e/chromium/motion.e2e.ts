import { describe, it, expect, beforeAll } from 'vitest';
import { setStored, useExtension, type Extension } from './harness';
import { motionReport } from './journeys';

/*
 * Reduced motion: with prefers-reduced-motion: reduce, nothing on any page moves for longer
 * than 0.01 s and moving to a section jumps. (axe-core on every page and state, and reflow at
 * 200% and 400% zoom, are in pages.e2e.ts.)
 */

const POPUP = { width: 380, height: 600 };
const WIDE = { width: 1200, height: 900 };

describe('prefers-reduced-motion: reduce', () => {
  const extension = useExtension();
  let ext: Extension;

  beforeAll(async () => {
    ext = extension();
    await setStored(ext, 'local', { region: { state: 'MO', area: 'st-louis' } });
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
