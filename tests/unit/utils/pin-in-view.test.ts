import { afterEach, describe, expect, it, vi } from 'vitest';
import { jumpTo, pinInView } from '@/utils/pin-in-view';

/** A window whose layout changes the test makes by hand. */
function fakeWindow() {
  const observers: { callback: () => void; watching: Element[]; connected: boolean }[] = [];
  const target = new EventTarget();
  const win = {
    ResizeObserver: class {
      entry: (typeof observers)[number];
      constructor(callback: () => void) {
        this.entry = { callback, watching: [], connected: true };
        observers.push(this.entry);
      }
      observe(el: Element) {
        this.entry.watching.push(el);
      }
      disconnect() {
        this.entry.connected = false;
      }
    },
    scrollBy: vi.fn(),
    addEventListener: target.addEventListener.bind(target),
    removeEventListener: target.removeEventListener.bind(target),
    dispatchEvent: target.dispatchEvent.bind(target),
    setTimeout: globalThis.setTimeout.bind(globalThis),
    clearTimeout: globalThis.clearTimeout.bind(globalThis),
  };
  /** Runs what the browser would run after a layout change. */
  const layoutChanged = () => observers.filter((o) => o.connected).forEach((o) => o.callback());
  return { win: win as unknown as Window & typeof win, observers, layoutChanged };
}

function elementAt(top: { value: number }) {
  const el = document.createElement('h2');
  document.body.append(el);
  el.getBoundingClientRect = () => ({ top: top.value }) as DOMRect;
  return el;
}

afterEach(() => {
  document.body.replaceChildren();
  vi.useRealTimers();
});

describe('pinInView', () => {
  it('scrolls by exactly how far the element moved after each layout change', () => {
    const { win, layoutChanged } = fakeWindow();
    const top = { value: 40 };
    pinInView(elementAt(top), document.body, { win });
    top.value = 1540; // 1,500 px of sections drawn above it
    layoutChanged();
    expect(win.scrollBy).toHaveBeenLastCalledWith(0, 1500);
    top.value = 40;
    layoutChanged();
    expect(win.scrollBy).toHaveBeenCalledTimes(1);
    top.value = -200; // a section above turned out shorter than its guess
    layoutChanged();
    expect(win.scrollBy).toHaveBeenLastCalledWith(0, -240);
  });

  it('watches the given container', () => {
    const { win, observers } = fakeWindow();
    const main = document.createElement('main');
    pinInView(elementAt({ value: 0 }), main, { win });
    expect(observers[0]!.watching).toEqual([main]);
  });

  it.each(['wheel', 'touchstart', 'keydown', 'pointerdown'])(
    'lets go when the reader acts (%s)',
    (type) => {
      const { win, layoutChanged, observers } = fakeWindow();
      const top = { value: 0 };
      pinInView(elementAt(top), document.body, { win });
      win.dispatchEvent(new Event(type));
      expect(observers[0]!.connected).toBe(false);
      top.value = 900;
      layoutChanged();
      expect(win.scrollBy).not.toHaveBeenCalled();
    },
  );

  it('lets go after maxMs, and when asked', () => {
    vi.useFakeTimers();
    const first = fakeWindow();
    pinInView(elementAt({ value: 0 }), document.body, {
      win: { ...first.win, setTimeout, clearTimeout } as unknown as Window,
      maxMs: 500,
    });
    vi.advanceTimersByTime(499);
    expect(first.observers[0]!.connected).toBe(true);
    vi.advanceTimersByTime(1);
    expect(first.observers[0]!.connected).toBe(false);

    const second = fakeWindow();
    const release = pinInView(elementAt({ value: 0 }), document.body, { win: second.win });
    release();
    release();
    expect(second.observers[0]!.connected).toBe(false);
  });

  it('lets go when the element leaves the page', () => {
    const { win, layoutChanged, observers } = fakeWindow();
    const el = elementAt({ value: 10 });
    pinInView(el, document.body, { win });
    el.remove();
    layoutChanged();
    expect(observers[0]!.connected).toBe(false);
    expect(win.scrollBy).not.toHaveBeenCalled();
  });

  it('does nothing where there is no ResizeObserver', () => {
    const { win } = fakeWindow();
    const bare = { ...win, ResizeObserver: undefined } as unknown as Window;
    const release = pinInView(elementAt({ value: 0 }), document.body, { win: bare });
    expect(() => release()).not.toThrow();
  });
});

describe('jumpTo', () => {
  it('lays the element out (reads its box) before it jumps, and never glides', () => {
    const el = document.createElement('h2');
    document.body.append(el);
    const calls: string[] = [];
    el.getBoundingClientRect = () => (calls.push('box'), { top: 0 }) as DOMRect;
    el.scrollIntoView = (arg?: boolean | ScrollIntoViewOptions) =>
      void calls.push(`scroll ${JSON.stringify(arg)}`);
    jumpTo(el);
    expect(calls).toEqual(['box', 'scroll {"block":"start"}']);
  });
});
