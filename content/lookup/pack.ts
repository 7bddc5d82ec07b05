/*
 * Small integers (a saved model's weights) written one character each, counted up from the
 * smallest. A JSON array spends a comma and often a minus sign on each; this is a third smaller
 * once gzipped.
 */

/** Printable ASCII without `"` and `\`, which JSON would have to escape. */
const DIGITS = Array.from({ length: 94 }, (_, i) => String.fromCharCode(33 + i))
  .filter((c) => c !== '"' && c !== '\\')
  .join('');

export interface Packed {
  /** The smallest value, written as the first digit. */
  min: number;
  text: string;
}

export function pack(values: readonly number[]): Packed {
  const min = values.length ? Math.min(...values) : 0;
  const text = values
    .map((v) => {
      const digit = DIGITS[v - min];
      if (!Number.isInteger(v) || digit === undefined) {
        throw new RangeError(`${v}: more than ${DIGITS.length} values from ${min}`);
      }
      return digit;
    })
    .join('');
  return { min, text };
}

/** Each digit's value by its character code (the model is read once per page, 20,000 digits). */
const VALUE = new Map([...DIGITS].map((c, i) => [c.charCodeAt(0), i]));

export function unpack({ min, text }: Packed): Int16Array {
  const values = new Int16Array(text.length);
  for (let i = 0; i < text.length; i++) values[i] = (VALUE.get(text.charCodeAt(i)) ?? 0) + min;
  return values;
}
