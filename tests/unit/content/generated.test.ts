import { describe, expect, it } from 'vitest';
import SAVED_MODEL from '@/content/generated/lookup-model.json';
import SAVED_SPANISH_MODEL from '@/content/generated/lookup-model-es.json';
import { buildLookupModel, buildSpanishLookupModel } from '@/content/lookup/model';

// Compared as JSON: the saved files are what the extension loads.
const asJson = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

describe('the lookup data saved in content/generated (if stale: npm run build:index)', () => {
  it('the lookup model is the one trained on the current content and examples', () => {
    // Training is deterministic, so a model saved before an edit to content/ differs from it.
    expect(
      asJson(buildLookupModel()),
      'content/generated/lookup-model.json is stale: run npm run build:index and commit it',
    ).toEqual(SAVED_MODEL);
  }, 60_000);

  it('the Spanish lookup model is the one trained on the Spanish content and examples', () => {
    expect(
      asJson(buildSpanishLookupModel()),
      'content/generated/lookup-model-es.json is stale: run npm run build:index and commit it',
    ).toEqual(SAVED_SPANISH_MODEL);
  }, 60_000);
});
