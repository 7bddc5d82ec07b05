import { describe, expect, it } from 'vitest';
import SAVED from '@/content/generated/section-index.json';
import { buildSectionIndex } from '@/content/lookup';

describe('the saved explainer search index', () => {
  it('is the index of the current text (if not: npm run build:index)', () => {
    // Compared as JSON: the saved file is what the extension loads.
    expect(JSON.parse(JSON.stringify(buildSectionIndex()))).toEqual(SAVED);
  });
});
