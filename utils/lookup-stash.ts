import { storage } from 'wxt/utils/storage';
import { MAX_SELECTION_CHARS } from '@/content/limits';

/**
 * A right-click selection waiting for the explainer. It lives in
 * `storage.session` (memory only, cleared when the browser closes) so the
 * selected text never goes into a URL or onto disk, and the explainer clears
 * it as soon as it has read it.
 */
export interface PendingLookup {
  token: string;
  text: string;
  createdAt: number;
}

/** The one pending lookup (a newer right-click replaces an older one). */
export const pendingLookup = storage.defineItem<PendingLookup | null>('session:pendingLookup', {
  fallback: null,
});

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function stashSelection(text: string, now = Date.now()): Promise<PendingLookup> {
  const entry = { token: newToken(), text: text.slice(0, MAX_SELECTION_CHARS), createdAt: now };
  await pendingLookup.setValue(entry);
  return entry;
}

/**
 * `storage.session` key through which the popup hands a search query to `explainer.html#search`
 * (memory only, never in a URL). The explainer reads and removes it.
 */
export const SEARCH_HANDOFF_KEY = 'explainerSearch';

const searchHandoff = storage.defineItem<string | null>(`session:${SEARCH_HANDOFF_KEY}`, {
  fallback: null,
});

/** Leaves a search for the explainer page the popup is about to open. */
export async function stashSearch(query: string): Promise<void> {
  await searchHandoff.setValue(query);
}

/** Reads the popup's search once and removes it; '' when there is none (or it is not text). */
export async function takeSearch(): Promise<string> {
  const value = await searchHandoff.getValue().catch(() => null);
  await searchHandoff.removeValue().catch(() => undefined);
  return typeof value === 'string' ? value : '';
}

/** A take started while the page loads (see `primeSelection`), for one token. */
let primed: { token: string; entry: Promise<PendingLookup | null> } | null = null;

/**
 * Start taking the lookup a page was opened for, before the page has drawn anything: session
 * storage answers while the page loads. The next `takeSelection` for this token gets it; the
 * promise returned settles (never rejects) when the take is done.
 */
export function primeSelection(token: string): Promise<unknown> {
  const entry = readAndClear(token).catch(() => null);
  primed = { token, entry };
  return entry;
}

/** Returns the pending lookup for this token (or the newest when no token) and clears it. */
export async function takeSelection(token?: string): Promise<PendingLookup | null> {
  if (primed && token && primed.token === token) {
    const { entry } = primed;
    primed = null;
    return entry;
  }
  return readAndClear(token);
}

async function readAndClear(token?: string): Promise<PendingLookup | null> {
  const entry = await pendingLookup.getValue().catch(() => null);
  if (!entry || typeof entry !== 'object' || typeof entry.text !== 'string') return null;
  if (token && entry.token !== token) return null;
  // Cleared at once, but not waited for: the page can show the lookup a round trip sooner.
  void pendingLookup.removeValue().catch(() => undefined);
  return entry;
}
