import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { glossary } from '@/content/glossary';
import { prepareLookup } from '@/content/lookup';
import { isSectionId, parseHash } from '@/content/links';
import type { GlossaryTerm, SectionId } from '@/content/types';
import { pendingLookup, takeSearch, takeSelection, type PendingLookup } from '@/utils/lookup-stash';
import { safeLookup } from './find';
import { truncateSelection } from './LookupBanner';

export interface LookupView {
  sectionId: SectionId;
  selection: string;
  matched: string[];
  /** Other sections the selection may be about, offered as links. */
  alternatives: SectionId[];
  term?: GlossaryTerm;
}

/** Where to scroll and put focus: a section heading or a glossary term. */
export type Target = SectionId | `term-${string}`;

export type Mode =
  | {
      kind: 'page';
      target: Target | null;
      /** The reader asked for the top of the page: move focus to the title. */
      focusTitle?: boolean;
      lookup: LookupView | null;
      /** Changes on every navigation, so choosing the same target again refocuses it. */
      seq: number;
    }
  | { kind: 'search'; query: string; fromSelection: boolean; seq: number };

/** A right-click lookup the page started taking while it loaded (see explainer/main.tsx). */
export interface FirstLookup {
  token: string;
  entry: Promise<PendingLookup | null>;
}

export interface RouteOptions {
  /** The settings are read: the first route waits for them, so the page does not move after. */
  ready: boolean;
  /** The side panel takes each lookup the background opens it for. */
  panel: boolean;
  firstLookup?: FirstLookup | null;
}

export interface Route {
  mode: Mode;
  /** The first route is known (before that the page draws no section). */
  routed: boolean;
  /** Go to a section or term again (a link to the hash already in the URL fires nothing). */
  goTo: (target: Target) => void;
  /** The reader typed in the search box. */
  setQuery: (query: string) => void;
  /** The reader hid the lookup note. */
  dismissLookup: () => void;
}

const termIds = new Set(glossary.map((t) => t.id));

/** `#term-<id>` (a glossary entry) is not a route of its own but is worth honouring. */
function termTarget(hash: string): `term-${string}` | null {
  const match = /^#?term-([a-z0-9-]{1,60})$/.exec(hash);
  return match && termIds.has(match[1]!) ? `term-${match[1]!}` : null;
}

/** Moving within the page keeps the lookup note and marks until the reader hides them. */
function keptLookup(old: Mode): LookupView | null {
  return old.kind === 'page' ? old.lookup : null;
}

/** What a taken selection shows: its section with the note, or the search view. */
function lookupMode(text: string, seq: number): { mode: Mode; hash: string } {
  const result = safeLookup(text);
  if (!result) {
    const query = truncateSelection(text);
    return { mode: { kind: 'search', query, fromSelection: true, seq }, hash: '#search' };
  }
  const lookup: LookupView = {
    sectionId: result.sectionId,
    selection: text,
    matched: Array.isArray(result.matched) ? result.matched : [],
    alternatives: Array.isArray(result.alternatives) ? result.alternatives.filter(isSectionId) : [],
    ...(result.term ? { term: result.term } : {}),
  };
  return {
    mode: { kind: 'page', target: result.sectionId, lookup, seq },
    hash: `#${result.sectionId}`,
  };
}

/**
 * The explainer's routing: the initial hash, later `hashchange`s, and right-click lookups handed
 * over through session storage (a `#lookup=<token>` tab, or each new one in the side panel).
 * Whether a lookup opens in the panel or a tab is decided by the background when it stashes it.
 */
export function useExplainerRoute({ ready, panel, firstLookup }: RouteOptions): Route {
  const [mode, setMode] = useState<Mode>({ kind: 'page', target: null, lookup: null, seq: 0 });
  const seqRef = useRef(0);
  const next = () => ++seqRef.current;
  const { replaceHash, isEcho } = useOwnHash();
  const first = useRef(firstLookup);

  /** The waiting selection for this token: the one taken while loading, or a fresh take. */
  const take = (token: string | undefined) => {
    const early = first.current;
    first.current = null;
    if (early && token && early.token === token) return early.entry;
    return takeSelection(token).catch(() => null);
  };

  /** Reads a waiting right-click selection and shows what it matches. */
  const handleLookup = useCallback(async (token: string | undefined) => {
    const before = seqRef.current;
    const entry = await take(token);
    const text = entry?.text ?? '';
    if (!entry || text.trim() === '') {
      // Used or expired: show the top of the page and drop the token from the URL, unless the
      // reader has gone somewhere else meanwhile.
      if (token && seqRef.current === before) {
        replaceHash('');
        setMode({ kind: 'page', target: null, lookup: null, seq: next() });
      }
      return;
    }
    // A selection, once taken, is the reader's newest request: it always wins.
    await prepareLookup(text);
    const shown = lookupMode(text, next());
    replaceHash(shown.hash);
    setMode(shown.mode);
  }, []);

  const applyHash = useCallback(
    async (hash: string, initial: boolean) => {
      const route = parseHash(hash);
      if (route.kind === 'lookup') return handleLookup(route.token);
      const seq = next();
      if (route.kind === 'section') {
        setMode((old) => ({ kind: 'page', target: route.id, lookup: keptLookup(old), seq }));
      } else if (route.kind === 'search') {
        const query = initial ? truncateSelection(await takeSearch()) : '';
        if (seq !== seqRef.current) return;
        setMode((old) => ({
          kind: 'search',
          query: query || (old.kind === 'search' ? old.query : ''),
          fromSelection: false,
          seq,
        }));
      } else {
        const term = termTarget(hash);
        setMode((old) =>
          term
            ? { kind: 'page', target: term, lookup: keptLookup(old), seq }
            : { kind: 'page', target: null, lookup: null, seq, focusTitle: !initial },
        );
      }
    },
    [handleLookup],
  );

  const routed = useRouteEvents({ ready, panel, isEcho, applyHash, handleLookup });

  return {
    mode,
    routed,
    goTo: (target) => {
      const seq = next();
      setMode((old) => ({ kind: 'page', target, lookup: keptLookup(old), seq }));
    },
    setQuery: (query) =>
      setMode((old) => (old.kind === 'search' ? { ...old, query, fromSelection: false } : old)),
    dismissLookup: () => setMode((old) => (old.kind === 'page' ? { ...old, lookup: null } : old)),
  };
}

/**
 * The hash this page last wrote itself. Browsers fire no hashchange for replaceState, but some
 * environments do; such an echo must not re-route.
 */
function useOwnHash() {
  const ownHash = useRef<string | null>(null);
  return {
    /** Replace the URL's hash without a navigation. */
    replaceHash(hash: string) {
      try {
        history.replaceState(history.state, '', `${location.pathname}${location.search}${hash}`);
        ownHash.current = location.hash;
      } catch {
        // Some embedders refuse; the page still shows the right thing.
      }
    },
    /** True (once) when a hashchange only reports the page's own replaceState. */
    isEcho() {
      const echo = ownHash.current !== null && location.hash === ownHash.current;
      ownHash.current = null;
      return echo;
    },
  };
}

interface RouteEvents {
  ready: boolean;
  panel: boolean;
  isEcho: () => boolean;
  applyHash: (hash: string, initial: boolean) => Promise<void>;
  handleLookup: (token: string | undefined) => Promise<void>;
}

/** What routes the page: its first hash, later hash changes, and (in the panel) new lookups. */
function useRouteEvents({ ready, panel, isEcho, applyHash, handleLookup }: RouteEvents): boolean {
  const [routed, setRouted] = useState(false);
  // The first route waits for the settings, so the page does not move after scrolling. It starts
  // as soon as they are drawn (a layout effect), not a frame later.
  useLayoutEffect(() => {
    if (!ready || routed) return;
    let alive = true;
    void (async () => {
      await applyHash(location.hash, true);
      // The side panel is opened by a right-click: take the waiting selection, if any.
      if (panel) await handleLookup(undefined);
      if (alive) setRouted(true);
    })();
    return () => {
      alive = false;
    };
  }, [ready]);

  useEffect(() => {
    const onHash = () => {
      if (!isEcho()) void applyHash(location.hash, false);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [applyHash]);

  // The panel stays open between lookups: each new right-click lands here.
  useEffect(() => {
    if (!panel) return;
    return pendingLookup.watch((value) => {
      if (value) void handleLookup(undefined);
    });
  }, [panel, handleLookup]);

  return routed;
}
