import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import type { Extension } from './harness';
import { NEUTRAL_URL } from '@/utils/quick-exit';

/*
 * Steps shared by the proof suites (a11y, keyboard, privacy, hostile): real
 * user journeys driven through the built extension, plus the checks they share.
 */

// The service worker's global, for code evaluated inside it.
declare const chrome: {
  contextMenus: { onClicked: { dispatch(info: object, tab: object): void } };
  tabs: { query(q: object): Promise<Array<{ id: number; windowId: number }>> };
};

/** Fires the real "Look up" click listener, as the browser does when the menu item is chosen. */
export async function dispatchLookup(ext: Extension, selectionText: string): Promise<void> {
  await ext.worker.evaluate(async (text) => {
    const [tab] = await chrome.tabs.query({ active: true });
    chrome.contextMenus.onClicked.dispatch(
      { menuItemId: 'lookup-selection', selectionText: text, editable: false },
      tab ?? { id: -1, windowId: -1 },
    );
  }, selectionText);
}

/**
 * Right-clicks a selection (with `lookupTarget: 'tab'` stored) and returns the explainer tab
 * once it has rendered and routed away from `#lookup=`.
 */
export async function rightClick(
  ext: Extension,
  selectionText: string,
  timeout = 10_000,
): Promise<Page> {
  const opened = ext.context.waitForEvent('page', {
    predicate: (p) => p.url().includes('/explainer.html'),
    timeout,
  });
  await dispatchLookup(ext, selectionText);
  const page = await opened;
  await page.waitForSelector('[data-ready="true"]', { timeout });
  await page.waitForFunction(() => !location.hash.startsWith('#lookup'), undefined, { timeout });
  return page;
}

/** Serves a tiny stand-in for the quick-exit page, so no real request leaves the machine. */
export function routeNeutral(ext: Extension) {
  return ext.context.route(`${NEUTRAL_URL}**`, (route) =>
    route.fulfill({ body: '<title>Weather</title><p>Weather</p>', contentType: 'text/html' }),
  );
}

export interface FocusState {
  isBody: boolean;
  tag: string;
  id: string;
  text: string;
  outlineStyle: string;
  outlineWidth: string;
  boxShadow: string;
  /** A non-'none' outline of non-zero width, or a box-shadow. */
  indicated: boolean;
  /**
   * Why the focused element cannot be seen, if it cannot: too small to draw a ring around
   * (a visually hidden control), outside the viewport, or covered by something else at its
   * centre (WCAG 2.4.11). Null when it can be seen.
   */
  hidden: string | null;
}

interface SweepStop {
  /** The focused element was already visited in this sweep (the order has wrapped round). */
  seenBefore: boolean;
  /** The focused element is the page's last Tab stop. */
  isLast: boolean;
}

/** What has focus and whether it is drawn: the page's computed style on the focused element. */
export function focusState(page: Page): Promise<FocusState> {
  return page.evaluate(focusStateInPage, null);
}

/**
 * focusState, run in the page. With a sweep stop number it also marks the focused element as
 * visited and says whether it was visited before and whether it is the last Tab stop, so a sweep
 * costs one round trip per stop.
 */
function focusStateInPage(sweepStop: number | null): FocusState & SweepStop {
  const sweep = (el: Element | null): SweepStop => {
    if (sweepStop === null || !el || el === document.body) {
      return { seenBefore: false, isLast: false };
    }
    if (el.hasAttribute('data-sweep')) return { seenBefore: true, isLast: false };
    el.setAttribute('data-sweep', String(sweepStop));
    // Marked once, when the sweep starts (markLastTabStopInPage).
    return { seenBefore: false, isLast: el.hasAttribute('data-sweep-last') };
  };
  {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body || el === document.documentElement) {
      return {
        ...sweep(null),
        isBody: true,
        tag: el?.tagName ?? 'none',
        id: '',
        text: '',
        outlineStyle: 'none',
        outlineWidth: '0px',
        boxShadow: 'none',
        indicated: false,
        hidden: 'nothing focused',
      };
    }
    const style = getComputedStyle(el);
    const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
    const shadowed = style.boxShadow !== 'none' && style.boxShadow !== '';
    let hidden: string | null = null;
    const box = el.getClientRects()[0] ?? el.getBoundingClientRect();
    if (box.width < 2 || box.height < 2) hidden = `too small (${box.width}x${box.height})`;
    else {
      // The part of the element inside the viewport (a tall table may overflow it).
      const left = Math.max(box.left, 0);
      const right = Math.min(box.right, window.innerWidth);
      const top = Math.max(box.top, 0);
      const bottom = Math.min(box.bottom, window.innerHeight);
      if (right - left < 1 || bottom - top < 1) {
        hidden = `outside the viewport (${Math.round(box.left)}, ${Math.round(box.top)})`;
      } else {
        const hit = document.elementFromPoint((left + right) / 2, (top + bottom) / 2);
        if (hit && hit !== el && !el.contains(hit)) {
          hidden = `covered by <${hit.tagName.toLowerCase()} class="${hit.className}">`;
        }
      }
    }
    return {
      ...sweep(el),
      isBody: false,
      tag: el.tagName.toLowerCase(),
      id: el.id,
      text: (el.getAttribute('aria-label') ?? el.textContent ?? '').trim().slice(0, 80),
      outlineStyle: style.outlineStyle,
      outlineWidth: style.outlineWidth,
      boxShadow: style.boxShadow,
      indicated: outlined || shadowed,
      hidden,
    };
  }
}

/**
 * Fails unless something other than the body has focus and its focus indicator is drawn.
 * A view that re-renders may hold focus on the body for a frame or two before it places
 * it, so the state is given up to `settleMs` to settle.
 */
export async function expectFocusVisible(
  page: Page,
  step: string,
  settleMs = 1000,
): Promise<FocusState> {
  let state = await focusState(page);
  for (const end = Date.now() + settleMs; (state.isBody || !state.indicated) && Date.now() < end;) {
    await page.waitForTimeout(50);
    state = await focusState(page);
  }
  expect(state.isBody, `${step}: focus was lost to the page body`).toBe(false);
  expect(
    state.indicated,
    `${step}: focused <${state.tag}${state.id ? `#${state.id}` : ''}> "${state.text}" has no visible focus indicator`,
  ).toBe(true);
  expect(
    state.hidden,
    `${step}: focused <${state.tag}${state.id ? `#${state.id}` : ''}> "${state.text}" cannot be seen`,
  ).toBeNull();
  return state;
}

/**
 * Presses Tab (or Shift+Tab) until the focused element matches `selector`, checking at
 * every stop that focus is visible and never on the body. Returns the number of presses.
 */
export async function tabTo(
  page: Page,
  selector: string,
  options: { max?: number; backwards?: boolean; label?: string } = {},
): Promise<number> {
  const max = options.max ?? 80;
  const key = options.backwards ? 'Shift+Tab' : 'Tab';
  for (let presses = 1; presses <= max; presses++) {
    await page.keyboard.press(key);
    await expectFocusVisible(page, `${options.label ?? selector}, Tab ${presses}`);
    if (await page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector)) {
      return presses;
    }
  }
  throw new Error(`${options.label ?? selector}: not reached with ${max} presses of ${key}`);
}

export interface MotionReport {
  /** Elements (and pseudo-elements) whose transition or animation outlasts 0.01 s. */
  moving: string[];
  /** The root's scroll-behavior. */
  scrollBehavior: string;
  checked: number;
}

/**
 * Every element's computed transition and animation durations (including ::before and
 * ::after). A duration list like "0.15s, 0s" counts by its longest entry.
 */
export function motionReport(page: Page, limitSeconds = 0.01): Promise<MotionReport> {
  return page.evaluate((limit) => {
    const longest = (value: string) =>
      Math.max(0, ...value.split(',').map((part) => parseFloat(part) || 0));
    const moving: string[] = [];
    let checked = 0;
    const describe = (el: Element, pseudo: string | null) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${
        el.classList.length ? `.${[...el.classList].join('.')}` : ''
      }${pseudo ?? ''}`;
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        if (pseudo && style.content === 'none') continue;
        checked++;
        const transition =
          style.transitionProperty === 'none' ? 0 : longest(style.transitionDuration);
        const animation = style.animationName === 'none' ? 0 : longest(style.animationDuration);
        if (transition > limit || animation > limit) {
          moving.push(
            `${describe(el, pseudo)} transition ${style.transitionDuration} animation ${style.animationDuration}`,
          );
        }
      }
    }
    return {
      moving,
      scrollBehavior: getComputedStyle(document.documentElement).scrollBehavior,
      checked,
    };
  }, limitSeconds);
}

/**
 * Elements an injection would leave behind: any on* attribute, inline script, img, svg,
 * iframe, object or embed (the extension draws none of them).
 */
export function injectedNodes(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      const tag = el.tagName.toLowerCase();
      if (['img', 'svg', 'iframe', 'object', 'embed', 'video', 'audio'].includes(tag)) {
        found.push(el.outerHTML.slice(0, 120));
        continue;
      }
      if (tag === 'script' && !el.hasAttribute('src')) found.push(el.outerHTML.slice(0, 120));
      for (const attr of el.getAttributeNames()) {
        if (attr.toLowerCase().startsWith('on')) found.push(`${tag}[${attr}]`);
      }
    }
    return found;
  });
}

/** Which view the explainer shows: its route, by what the page really renders. */
export async function explainerView(
  page: Page,
): Promise<{ hash: string; search: boolean; sections: number; scrollY: number }> {
  return page.evaluate(() => ({
    hash: location.hash,
    search: document.querySelector('.search input[type="search"]') !== null,
    sections: document.querySelectorAll('main section > h2[id]').length,
    scrollY: window.scrollY,
  }));
}

/** Closes every page of the context except the ones given (the welcome tab included). */
export async function closeAllPages(ext: Extension, keep: Page[] = []): Promise<void> {
  for (const page of ext.context.pages()) {
    if (!keep.includes(page)) await page.close().catch(() => undefined);
  }
}

/**
 * Marks the page's last Tab stop (data-sweep-last), so a sweep knows where the order ends.
 * Done once per sweep: finding it means styling every focusable element, which on the
 * explainer's ~950 stops cost more than the whole rest of the sweep when done at every stop.
 * If the page redrew that element during the sweep, focus would reach the body after an
 * unmarked stop and the sweep fails (focus lost to the body), so a stale mark cannot hide a stop.
 */
function markLastTabStopInPage(): void {
  for (const el of document.querySelectorAll('[data-sweep-last]')) {
    el.removeAttribute('data-sweep-last');
  }
  const selector =
    'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])';
  const candidates = [...document.querySelectorAll<HTMLElement>(selector)].filter(
    (c) =>
      c.getClientRects().length > 0 &&
      !(c as HTMLButtonElement).disabled &&
      c.tabIndex >= 0 &&
      getComputedStyle(c).visibility !== 'hidden',
  );
  candidates[candidates.length - 1]?.setAttribute('data-sweep-last', '');
}

/**
 * Tabs through the whole page, from the top to the last stop (or to the first stop inside
 * `until`), checking at every stop that focus is drawn, visible and never on the body. Returns
 * how many stops there were.
 */
export async function sweepTabOrder(
  page: Page,
  label: string,
  { max = 2000, until }: { max?: number; until?: string } = {},
): Promise<number> {
  await page.evaluate(() => {
    (document.activeElement as HTMLElement | null)?.blur?.();
    window.scrollTo(0, 0);
    for (const el of document.querySelectorAll('[data-sweep]')) el.removeAttribute('data-sweep');
  });
  await page.evaluate(markLastTabStopInPage);
  let previousWasLast = false;
  for (let stop = 1; stop <= max; stop++) {
    await page.keyboard.press('Tab');
    const state = await page.evaluate(focusStateInPage, stop);
    if (until && (await page.evaluate((u) => !!document.activeElement?.closest(u), until))) {
      console.log(`${label}: ${stop - 1} Tab stops up to ${until}, every one drawn and in view`);
      return stop - 1;
    }
    if ((state.isBody && previousWasLast) || state.seenBefore) {
      console.log(`${label}: ${stop - 1} Tab stops, every one drawn and in view`);
      return stop - 1;
    }
    // Not drawn yet: give a re-rendering view its moment to settle, then fail if it still is not.
    if (state.isBody || !state.indicated || state.hidden) {
      await expectFocusVisible(page, `${label}, stop ${stop}`);
    }
    previousWasLast = state.isLast;
  }
  throw new Error(`${label}: more than ${max} Tab stops`);
}
