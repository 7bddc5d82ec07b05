/**
 * The promise's value, or `null` if it fails or takes longer than `ms`. For the reads a page
 * waits on before its first render: the page, and 911 on it, must show even if they hang.
 */
export function within<T>(promise: Promise<T>, ms: number): Promise<T | null> {
  return Promise.race([
    promise.catch(() => null),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), ms)),
  ]);
}
