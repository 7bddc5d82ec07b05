import { describe, expect, it } from 'vitest';
import SAVED_DICTIONARY from '@/content/generated/phrase-dictionary.json';
import SAVED_INDEX from '@/content/generated/section-index.json';
import { buildPhraseDictionary, buildSectionIndex } from '@/content/lookup';

// Compared as JSON: the saved files are what the extension loads.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the lookup data saved in content/generated (if stale: npm run build:index)', () => {
  it('the search index is the index of the current text', () => {
    expect(asJson(buildSectionIndex())).toEqual(SAVED_INDEX);
  });

  it('the phrase dictionary is built from the current cues and glossary', () => {
    expect(asJson(buildPhraseDictionary())).toEqual(SAVED_DICTIONARY);
  });
});
