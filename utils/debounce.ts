/**
 * A function that waits until calls stop for `wait` ms, then runs once with
 * the last arguments. Used so arrowing through a list of options saves the
 * option the user stops on, not every one they pass.
 */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Run the waiting call now (e.g. before the page closes, so nothing is lost). */
  flush(): void;
  /** Drop the waiting call. */
  cancel(): void;
  /** Whether a call is waiting. */
  readonly pending: boolean;
}

export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  wait: number,
): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let lastArgs: A | undefined;

  const run = () => {
    const args = lastArgs;
    timer = undefined;
    lastArgs = undefined;
    if (args) fn(...args);
  };

  const debounced = ((...args: A) => {
    lastArgs = args;
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(run, wait);
  }) as Debounced<A>;

  debounced.flush = () => {
    if (timer === undefined) return;
    clearTimeout(timer);
    run();
  };
  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    lastArgs = undefined;
  };
  Object.defineProperty(debounced, 'pending', { get: () => timer !== undefined });
  return debounced;
}
