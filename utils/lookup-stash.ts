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
  /**
   * Where the background opened the explainer for it. The side panel takes any lookup not
   * marked 'tab'; a tab takes the one whose token is in its URL.
   */
  opensIn?: 'panel' | 'tab';
}

/** The one pending lookup (a newer right-click replaces an older one). */
export const pendingLookup = storage.defineItem<PendingLookup | null>('session:pendingLookup', {
  fallback: null,
});

export function newToken(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(12));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

export async function stashSelection(
  text: string,
  opensIn: PendingLookup['opensIn'] = 'panel',
  now = Date.now(),
): Promise<PendingLookup> {
  const entry = {
    token: newToken(),
    text: text.slice(0, MAX_SELECTION_CHARS),
    createdAt: now,
    opensIn,
  };
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

/**
 * Returns the pending lookup for this token and clears it; without a token (the side panel),
 * the newest one not opened in a tab. Settles, never rejects, so a page can wait for it.
 */
export async function takeSelection(token?: string): Promise<PendingLookup | null> {
  return readAndClear(token).catch(() => null);
}

async function readAndClear(token?: string): Promise<PendingLookup | null> {
  const entry = await pendingLookup.getValue().catch(() => null);
  if (!entry || typeof entry !== 'object' || typeof entry.text !== 'string') return null;
  if (token ? entry.token !== token : entry.opensIn === 'tab') return null;
  // Cleared at once, but not waited for: the page can show the lookup a round trip sooner.
  void pendingLookup.removeValue().catch(() => undefined);
  return entry;
}
