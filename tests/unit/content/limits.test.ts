import { describe, expect, it } from 'vitest';
import {
  MAX_LOOKUP_CHARS,
  MAX_LOOKUP_RAW_CHARS,
  MAX_QUOTE_CHARS,
  MAX_SELECTION_CHARS,
} from '@/content/limits';

describe('the limits on text', () => {
  it('are tied together: the banner quotes less than the lookup reads, which is less than is kept', () => {
    expect(MAX_QUOTE_CHARS).toBeLessThan(MAX_LOOKUP_CHARS);
    expect(MAX_LOOKUP_CHARS).toBeLessThan(MAX_SELECTION_CHARS);
    // The lookup cleans more than it reads, so furniture cannot crowd out the words.
    expect(MAX_LOOKUP_RAW_CHARS).toBeGreaterThan(MAX_LOOKUP_CHARS);
  });
});
