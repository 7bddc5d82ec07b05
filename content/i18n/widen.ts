/**
 * The type a translation of an English strings module must have: the same keys and the same
 * function signatures, with every string literal widened to `string` (the English module's
 * `as const` would otherwise demand the English words).
 */
export type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => infer R
    ? (...args: A) => Widen<R>
    : T extends readonly (infer U)[]
      ? readonly Widen<U>[]
      : T extends object
        ? { readonly [K in keyof T]: Widen<T[K]> }
        : T;
