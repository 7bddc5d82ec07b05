import { describe, it, expect } from 'vitest';
import * as v from 'valibot';
import { ResourceSchema } from '@/content/schema';

/** A resource that is valid apart from the one contact under test. */
function withContact(kind: 'call' | 'text', value: string) {
  return {
    id: 'test-line',
    name: 'Test line',
    purpose: 'information',
    summary: 'A line for the test.',
    contacts: [{ kind, value }],
    cite: [
      {
        label: 'Test source',
        url: 'https://example.org/',
        confidence: 'primary',
        checked: '2024-01-01',
      },
    ],
  };
}

const valid = (kind: 'call' | 'text', value: string) =>
  v.is(ResourceSchema, withContact(kind, value));

describe('ResourceSchema: phone and text numbers', () => {
  it.each(['1-888-373-7888', '(573) 751-3448', '1.800.656.4673', '+1 800 843 5678', '711'])(
    'accepts the call number %s',
    (value) => {
      expect(valid('call', value)).toBe(true);
    },
  );

  it.each(['233733', '88788', '1-888-373-7888'])('accepts the text number %s', (value) => {
    expect(valid('text', value)).toBe(true);
  });

  // Written as a range, `[ -.]` took every character from space to dot.
  it.each(['800#555*1234', '1"800%555&1234', '1-800+555,1234', "800'555(1234"])(
    'rejects separators other than space, dash and dot: %s',
    (value) => {
      expect(valid('call', value)).toBe(false);
      expect(valid('text', value)).toBe(false);
    },
  );
});
