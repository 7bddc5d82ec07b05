/*
 * The cross-cutting checks, as functions that run inside an extension page. Both browsers'
 * helpers (chromium/harness.ts, firefox/harness.ts) evaluate these same functions, so a check
 * means the same thing in Chromium and in Firefox. They must be self-contained: they are
 * serialised and run in the page, with no access to anything imported here.
 */

/** The WCAG 2.2 A/AA rule sets axe-core runs with, in both browsers. */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * The rules of that set whose outcome depends on colour. The dark scheme changes only colour
 * variables (components/base.css), so a long page checked in full in light needs only these
 * in dark: the others would see the same page.
 */
export const AXE_COLOUR_RULES = ['color-contrast', 'link-in-text-block'];

export interface SideScroll {
  scrollWidth: number;
  innerWidth: number;
  /** The first elements that poke out past the right edge, to say what to fix. */
  culprit: string | null;
}

/** Whether the page scrolls sideways, and what pokes out if it does. */
export function sideScrollInPage(): SideScroll {
  const describe = (el: Element) =>
    `${el.tagName.toLowerCase()}${el.className ? `.${String(el.className).split(' ').join('.')}` : ''} right=${Math.round(el.getBoundingClientRect().right)}`;
  return {
    scrollWidth: document.documentElement.scrollWidth,
    innerWidth: window.innerWidth,
    culprit:
      [...document.querySelectorAll('body *')]
        .filter((el) => el.getBoundingClientRect().right > window.innerWidth + 1)
        // A wide penalty table scrolls inside its own box, not the page.
        .filter((el) => !el.closest('.penalties'))
        .map(describe)
        .slice(0, 3)
        .join('; ') || null,
  };
}

/**
 * What the page loaded from outside its own origin, by its own resource list. An extension
 * page's origin is the extension's, so "outside" means outside the extension.
 */
export function outsideLoadsInPage(): { origin: string; outside: string[] } {
  return {
    origin: location.origin,
    outside: performance
      .getEntriesByType('resource')
      .map((entry) => entry.name)
      .filter((url) => !url.startsWith(`${location.origin}/`)),
  };
}

/**
 * Sections use content-visibility: auto, so off-screen ones skip layout. Make them all
 * visible so axe-core checks every element, not just the first screen.
 */
export function showAllSectionsInPage(): void {
  if (document.getElementById('e2e-show-all')) return;
  const style = document.createElement('style');
  style.id = 'e2e-show-all';
  style.textContent = '.section { content-visibility: visible !important; }';
  document.head.append(style);
}

export interface HeadingPlace {
  focused: boolean;
  top: number;
  bottom: number;
  innerHeight: number;
  /** What covers the heading's centre, if something else does (the sticky safety bar). */
  coveredBy: string | null;
}

/** Where a section heading is on screen, and whether it has focus. */
export function headingPlaceInPage(id: string): HeadingPlace {
  const el = document.getElementById(id)!;
  const box = el.getBoundingClientRect();
  const hit = document.elementFromPoint(
    Math.min(box.left + 10, window.innerWidth - 1),
    Math.max(0, Math.min((box.top + box.bottom) / 2, window.innerHeight - 1)),
  );
  return {
    focused: document.activeElement === el,
    top: box.top,
    bottom: box.bottom,
    innerHeight: window.innerHeight,
    coveredBy:
      hit && hit !== el && !el.contains(hit)
        ? `<${hit.tagName.toLowerCase()} class="${hit.className}">`
        : null,
  };
}

/** The window sizes a link to a section is checked at: a small laptop window and a common one. */
export const DEEP_LINK_SIZES = [
  { width: 800, height: 600 },
  { width: 1280, height: 800 },
];

/**
 * Why a heading a link jumped to is not where the reader should find it, or null when it is:
 * focused, near the top of the screen (below the sticky safety bar, as a jump puts it, not
 * merely somewhere on screen), wholly inside the window and covered by nothing.
 */
export function misplacedHeading(place: HeadingPlace): string | null {
  if (!place.focused) return 'not focused';
  if (place.top < 0 || place.top > 200) return `top at ${Math.round(place.top)} px`;
  if (place.bottom > place.innerHeight) return `bottom below the window (${place.bottom})`;
  if (place.coveredBy) return `covered by ${place.coveredBy}`;
  return null;
}
