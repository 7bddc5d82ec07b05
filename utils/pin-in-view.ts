/**
 * Jumps (no glide) so `element` sits at the top of the view, below what its scroll margins keep
 * clear. Firefox (seen in 153 ESR) ignores scrollIntoView on an element whose layout is still
 * pending, as a section just drawn with content-visibility: auto is on the page's first render:
 * the page stays where it was and the section is left below the screen. Asking for the element's
 * box first makes the browser lay it out, so the jump lands in every browser.
 */
export function jumpTo(element: Element): void {
  element.getBoundingClientRect();
  element.scrollIntoView?.({ block: 'start' });
}

/**
 * Keeps an element where it is on screen while the layout around it settles.
 *
 * The explainer draws the section a reader asked for first and the rest a moment later, and the
 * browser draws far-off sections only when they come near the screen (content-visibility). Both
 * change the height of what sits above the section, which would push it off-screen. Browsers'
 * own scroll anchoring does not cover every case, so this does it explicitly: after each layout
 * change, and before it is painted, the page scrolls by exactly how far the element moved.
 *
 * The pin lets go as soon as the reader scrolls, types, clicks or touches, or after `maxMs`.
 * Returns a function that lets go at once.
 */
export function pinInView(
  element: Element,
  watched: Element,
  { win = window, maxMs = 3000 }: { win?: Window; maxMs?: number } = {},
): () => void {
  const Observer = (win as Window & { ResizeObserver?: typeof ResizeObserver }).ResizeObserver;
  if (typeof Observer !== 'function') return () => undefined;

  const top = element.getBoundingClientRect().top;
  const hold = () => {
    if (!element.isConnected) return release();
    const moved = element.getBoundingClientRect().top - top;
    if (Math.abs(moved) >= 1) win.scrollBy(0, moved);
  };
  const observer = new Observer(hold);
  observer.observe(watched);

  const INPUT = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;
  const options = { capture: true, passive: true } as const;
  let released = false;
  function release() {
    if (released) return;
    released = true;
    observer.disconnect();
    win.clearTimeout(timer);
    for (const type of INPUT) win.removeEventListener(type, release, options);
  }
  for (const type of INPUT) win.addEventListener(type, release, options);
  const timer = win.setTimeout(release, maxMs);
  return release;
}
