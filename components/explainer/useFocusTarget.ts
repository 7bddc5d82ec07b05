import type { RefObject } from 'preact';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import { jumpTo, pinInView } from '@/utils/pin-in-view';
import type { Mode } from './useExplainerRoute';

/** The id of the lookup note drawn above a looked-up section. */
export const BANNER_ID = 'lookup-banner';

export interface FocusRefs {
  /** The page title, focused when the reader goes back to the top. */
  title: RefObject<HTMLHeadingElement | null>;
  search: RefObject<HTMLInputElement | null>;
}

/**
 * Everything about where the reader lands, in one place: after each navigation, scroll to the
 * route's target and move focus there, after the DOM has it and before it is painted (the reader
 * never sees the page at the wrong place), then keep it in view while the rest of the page is
 * drawn. The marks of a lookup are drawn by the sections themselves (`terms`).
 */
export function useFocusTarget(mode: Mode, routed: boolean, refs: FocusRefs): void {
  const unpin = useRef<() => void>(() => undefined);

  useLayoutEffect(() => {
    if (!routed) return;
    unpin.current();
    if (mode.kind === 'search') {
      refs.search.current?.focus();
      return;
    }
    if (mode.focusTitle) {
      window.scrollTo(0, 0);
      refs.title.current?.focus({ preventScroll: true });
    }
    if (!mode.target) return;
    // The page always draws the section a target is in, so it is here.
    const target = document.getElementById(mode.target);
    if (!target) return;
    // Jump, do not glide: the reader asked for this place, and focus follows.
    // The lookup note sits above its own section only: scroll to it only when going there.
    const banner =
      mode.lookup && mode.target === mode.lookup.sectionId
        ? document.getElementById(BANNER_ID)
        : null;
    jumpTo(banner ?? target);
    target.focus({ preventScroll: true });
    // Sections drawn after the jump (the rest of the page, or ones the browser skipped while
    // off-screen) change the height above the target: keep it where the reader sees it.
    const main = target.closest('main');
    if (main) unpin.current = pinInView(banner ?? target, main);
  }, [mode.seq, routed]);

  useEffect(() => () => unpin.current(), []);
}

/**
 * Hiding the lookup note removes the button that had focus: keep focus on the page, at the
 * heading the note was about, so keyboard and screen-reader users are not dropped at the top.
 */
export function focusSection(id: string | undefined): void {
  if (id) document.getElementById(id)?.focus({ preventScroll: true });
}
