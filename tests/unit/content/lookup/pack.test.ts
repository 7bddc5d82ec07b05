import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { pack, unpack } from '@/content/lookup/pack';

describe('pack: small integers one character each', () => {
  it('round-trips any list of integers spanning up to 92 values, and JSON keeps it as it is', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1000, max: 1000 }),
        fc.array(fc.integer({ min: 0, max: 91 })),
        (base, steps) => {
          const values = steps.map((s) => base + s);
          const packed = pack(values);
          expect(Array.from(unpack(packed))).toEqual(values);
          expect(JSON.stringify(packed.text)).toBe(`"${packed.text}"`);
        },
      ),
    );
  });

  it('refuses what it cannot write', () => {
    expect(() => pack([0, 92])).toThrow(RangeError);
    expect(() => pack([0.5])).toThrow(RangeError);
  });
});
