import { browser } from 'wxt/browser';

/** A neutral, everyday page that replaces every open tab of the extension. */
export const NEUTRAL_URL = 'https://www.weather.gov/';

const MESSAGE = 'quick-exit';

/** How this page leaves: tabs go to the neutral page, popups and side panels close. */
export type PageKind = 'tab' | 'popup' | 'panel';

function leave(kind: PageKind, win: Window): void {
  if (kind === 'tab') win.location.replace(NEUTRAL_URL);
  else win.close();
}

/** Close this page and every other open page of the extension. */
export async function quickExit(kind: PageKind, win: Window = window): Promise<void> {
  // Tell the other pages first; do not wait long, leaving fast matters more.
  const told = browser.runtime.sendMessage({ type: MESSAGE }).catch(() => undefined);
  await Promise.race([told, new Promise((resolve) => setTimeout(resolve, 150))]);
  leave(kind, win);
}

/** Every page calls this once so a quick exit from any page reaches it. */
export function listenForQuickExit(kind: PageKind, win: Window = window): () => void {
  const listener = (message: unknown) => {
    if ((message as { type?: unknown } | null)?.type === MESSAGE) leave(kind, win);
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

/**
 * Esc pressed twice within this many milliseconds triggers the quick exit.
 * One Esc keeps its usual meaning (clear a search box, close a dialog).
 */
export const DOUBLE_ESC_MS = 800;

export function watchDoubleEscape(onDouble: () => void, win: Window = window): () => void {
  let last = Number.NEGATIVE_INFINITY;
  const onKey = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    const now = event.timeStamp || Date.now();
    if (now - last <= DOUBLE_ESC_MS) {
      last = 0;
      onDouble();
    } else {
      last = now;
    }
  };
  win.addEventListener('keydown', onKey, true);
  return () => win.removeEventListener('keydown', onKey, true);
}
