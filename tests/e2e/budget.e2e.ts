import { describe, it, expect } from 'vitest';
import { entrySizes } from '../../scripts/bundle-size.mjs';

// Byte budgets are deterministic, so they are tests; times are reported by `npm run bench`.
const KB = 1024;

describe('byte budgets of the Chrome build (gzipped JS + CSS each page loads)', () => {
  it('popup ≤ 35 KB, and no page loads code it does not reference', async () => {
    const sizes = await entrySizes('.output/chrome-mv3');
    for (const [name, { gzip, files }] of Object.entries(sizes)) {
      console.log(`${name}: ${(gzip / KB).toFixed(1)} KB gzipped in ${files.length} files`);
    }
    expect(sizes.popup!.files.some((f) => f.endsWith('.js'))).toBe(true);
    expect(sizes.popup!.gzip).toBeLessThanOrEqual(35 * KB);
    // The background starts often: keep it small.
    expect(sizes.background!.gzip).toBeLessThanOrEqual(20 * KB);
  });
});
