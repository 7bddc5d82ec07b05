import { describe, expect, it } from 'vitest';
import {
  MAX_EXPLAIN_CHARS,
  MAX_EXPLAIN_SENTENCE_CHARS,
  MAX_LOOKUP_CHARS,
  MAX_PAGE_READ_CHARS,
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

  it('are tied together for a whole page: it reads back more than it analyses, and quotes less than a paragraph', () => {
    expect(MAX_PAGE_READ_CHARS).toBeGreaterThan(MAX_EXPLAIN_CHARS);
    // A paragraph is looked up as a selection is, so a quoted sentence fits inside one.
    expect(MAX_EXPLAIN_SENTENCE_CHARS).toBeLessThan(MAX_LOOKUP_CHARS);
  });
});
