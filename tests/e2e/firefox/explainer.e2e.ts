import { describe, it, expect } from 'vitest';
import { useFirefox } from './harness';
import { DEEP_LINK_SIZES, headingPlaceInPage, misplacedHeading } from '../page-checks';
import { SECTION_IDS } from '@/content/types';

/*
 * A link to any section (explainer.html#<id>) opens the page with that section's heading
 * focused, near the top of the screen and clear of the sticky safety bar, once the rest of the page has been
 * drawn around it: at a small laptop window and a common one.
 */

describe('Firefox: explainer deep links', () => {
  const firefox = useFirefox();

  for (const size of DEEP_LINK_SIZES) {
    it(`#<id> for every section lands focused and in view at ${size.width}×${size.height}`, async () => {
      const ff = firefox();
      const misplaced: string[] = [];
      for (const id of SECTION_IDS) {
        const page = await ff.open(`explainer.html#${id}`, size);
        await page.waitForFunction((target) => document.activeElement?.id === target, {}, id);
        // The whole page drawn around the section, and two frames for the layout to settle.
        await page.waitForFunction(
          (n) => document.querySelectorAll('main section > h2[id]').length === n,
          {},
          SECTION_IDS.length,
        );
        await page.evaluate(
          () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
        );
        const place = await page.evaluate(headingPlaceInPage, id);
        const problem = misplacedHeading(place);
        if (problem) misplaced.push(`#${id}: ${problem}`);
        await page.close();
      }
      expect(misplaced).toEqual([]);
    });
  }
});
