import type { ComponentChildren } from 'preact';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { glossary } from '@/content/glossary';
import { EXPLAINER_PAGE, explainerPath, isSectionId, parseHash } from '@/content/links';
import { lookup, searchExplainer } from '@/content/lookup';
import { sectionById, sections } from '@/content/sections';
import type { GlossaryTerm, SectionId } from '@/content/types';
import { APP_TITLE, DISCREET_TITLE } from '@/content/ui/common';
import { HEADER, LOOKUP, PAGE_TITLE, PANEL, PRIVACY, SEARCH, TOC } from '@/content/ui/explainer';
import { EmergencyLine } from '@/components/EmergencyLine';
import { PageFooter } from '@/components/PageFooter';
import { QuickExitButton } from '@/components/QuickExitButton';
import type { AllSettings } from '@/utils/settings';
import { pendingLookup, takeSearch, takeSelection } from '@/utils/lookup-stash';
import { pinInView } from '@/utils/pin-in-view';
import { quickExit, watchDoubleEscape } from '@/utils/quick-exit';
import { LookupBanner, bannerDescription, truncateSelection } from './LookupBanner';
import { SearchView, type SearchResult } from './SearchView';
import { SectionView } from './SectionView';
import { firstScreenBlocks } from './first-screen';
import { TableOfContents } from './TableOfContents';
import './explainer.css';
import './print.css';

export interface ExplainerViewProps {
  variant: 'page' | 'panel';
  /** null until the settings are read. */
  settings: AllSettings | null;
  /** Shown under the header, after 911 and the quick exit (the panel's "Explain this page"). */
  tools?: ComponentChildren;
}

const SEARCH_LIMIT = 8;
const BANNER_ID = 'lookup-banner';

interface LookupView {
  sectionId: SectionId;
  selection: string;
  matched: string[];
  term?: GlossaryTerm;
}

type Mode =
  | {
      kind: 'page';
      /** Where to scroll and put focus: a section heading or a glossary term. */
      target: SectionId | `term-${string}` | null;
      lookup: LookupView | null;
      /** Changes on every navigation, so choosing the same target again refocuses it. */
      seq: number;
    }
  | { kind: 'search'; query: string; fromSelection: boolean; seq: number };

const sectionTitle = (id: SectionId) => sectionById(id).title;
const tocSections = sections.map(({ id, title }) => ({ id, title }));
const termIds = new Set(glossary.map((t) => t.id));
/** Only these sections show the region's lines; the rest ignore region changes. */
const needsRegion = new Set(
  sections.filter((s) => s.blocks.some((b) => b.kind === 'region-resources')).map((s) => s.id),
);

/** `#term-<id>` (a glossary entry) is not a route of its own but is worth honouring. */
function termTarget(hash: string): `term-${string}` | null {
  const match = /^#?term-([a-z0-9-]{1,60})$/.exec(hash);
  return match && termIds.has(match[1]!) ? `term-${match[1]!}` : null;
}

/** Moving within the page keeps the lookup note and marks until the reader hides them. */
function keptLookup(old: Mode): LookupView | null {
  return old.kind === 'page' ? old.lookup : null;
}

function runSearch(query: string): SearchResult[] {
  if (query.trim() === '') return [];
  let hits: ReturnType<typeof searchExplainer>;
  try {
    hits = searchExplainer(query, SEARCH_LIMIT);
  } catch {
    hits = [];
  }
  const seen = new Set<SectionId>();
  const results: SearchResult[] = [];
  for (const hit of Array.isArray(hits) ? hits : []) {
    if (!hit || !isSectionId(hit.sectionId) || seen.has(hit.sectionId)) continue;
    seen.add(hit.sectionId);
    results.push({
      section: sectionById(hit.sectionId),
      matched: Array.isArray(hit.matched) ? hit.matched : [],
    });
  }
  return results;
}

function safeLookup(text: string) {
  try {
    const result = lookup(text);
    return result && isSectionId(result.sectionId) ? result : null;
  } catch {
    return null;
  }
}

/**
 * The hash this page last wrote itself. Browsers fire no hashchange for
 * replaceState, but some environments do; such an echo must not re-route.
 */
let ownHash: string | null = null;

/** Replace the URL's hash without a navigation. */
function replaceHash(hash: string) {
  const url = `${location.pathname}${location.search}${hash}`;
  try {
    history.replaceState(history.state, '', url);
    ownHash = location.hash;
  } catch {
    // Some embedders refuse; the page still shows the right thing.
  }
}

/** True (once) when a hashchange only reports the page's own replaceState. */
function isOwnEcho(): boolean {
  const echo = ownHash !== null && location.hash === ownHash;
  ownHash = null;
  return echo;
}

/**
 * The whole explainer: header with 911 and quick exit, the sections in order,
 * search, and right-click lookups. The tab page and the side panel both show
 * it; the panel is the narrow variant and takes lookups as they arrive.
 */
export function ExplainerView({ variant, settings, tools }: ExplainerViewProps) {
  const panel = variant === 'panel';
  const [mode, setMode] = useState<Mode>({ kind: 'page', target: null, lookup: null, seq: 0 });
  const [routed, setRouted] = useState(false);
  // The first paint holds only the section the reader asked for; the rest follows a frame later.
  const [complete, setComplete] = useState(false);
  const unpin = useRef<() => void>(() => undefined);
  const seqRef = useRef(0);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  const ready = settings !== null;
  /** Where right-click lookups open, read in storage callbacks that outlive a render. */
  const lookupTo = useRef(settings?.lookupTarget);
  lookupTo.current = settings?.lookupTarget;

  const next = () => ++seqRef.current;

  const showTop = useCallback((focusTitle: boolean) => {
    const seq = next();
    setMode({ kind: 'page', target: null, lookup: null, seq });
    if (focusTitle) {
      window.scrollTo(0, 0);
      headingRef.current?.focus({ preventScroll: true });
    }
  }, []);

  /** Reads a waiting right-click selection and shows what it matches. */
  const handleLookup = useCallback(async (token: string | undefined) => {
    const before = seqRef.current;
    const entry = await takeSelection(token).catch(() => null);
    const text = entry?.text ?? '';
    if (!entry || text.trim() === '') {
      // Used or expired: show the top of the page and drop the token from the
      // URL, unless the reader has gone somewhere else meanwhile.
      if (token && seqRef.current === before) {
        replaceHash('');
        setMode({ kind: 'page', target: null, lookup: null, seq: next() });
      }
      return;
    }
    // A selection, once taken, is the reader's newest request: it always wins.
    const seq = next();
    const result = safeLookup(text);
    if (result) {
      replaceHash(`#${result.sectionId}`);
      setMode({
        kind: 'page',
        target: result.sectionId,
        lookup: {
          sectionId: result.sectionId,
          selection: text,
          matched: Array.isArray(result.matched) ? result.matched : [],
          ...(result.term ? { term: result.term } : {}),
        },
        seq,
      });
    } else {
      replaceHash('#search');
      setMode({
        kind: 'search',
        query: truncateSelection(text, LOOKUP.maxChars),
        fromSelection: true,
        seq,
      });
    }
  }, []);

  const applyHash = useCallback(
    async (hash: string, initial: boolean) => {
      const route = parseHash(hash);
      switch (route.kind) {
        case 'section': {
          const seq = next();
          setMode((old) => ({ kind: 'page', target: route.id, lookup: keptLookup(old), seq }));
          return;
        }
        case 'search': {
          const seq = next();
          let query = '';
          if (initial) query = truncateSelection(await takeSearch(), LOOKUP.maxChars);
          if (seq !== seqRef.current) return;
          setMode((old) => ({
            kind: 'search',
            query: query || (old.kind === 'search' ? old.query : ''),
            fromSelection: false,
            seq,
          }));
          return;
        }
        case 'lookup':
          await handleLookup(route.token);
          return;
        case 'top': {
          const term = termTarget(hash);
          if (term) {
            const seq = next();
            setMode((old) => ({ kind: 'page', target: term, lookup: keptLookup(old), seq }));
          } else showTop(!initial);
          return;
        }
      }
    },
    [handleLookup, showTop],
  );

  // The first route waits for the settings, so the page does not move after scrolling. It starts
  // as soon as they are drawn (a layout effect), not a frame later.
  useLayoutEffect(() => {
    if (!ready || routed) return;
    let alive = true;
    void (async () => {
      await applyHash(location.hash, true);
      // The side panel is opened by a right-click: take the waiting selection, if any.
      if (panel && lookupTo.current !== 'tab') await handleLookup(undefined);
      if (alive) setRouted(true);
    })();
    return () => {
      alive = false;
    };
  }, [ready]);

  useEffect(() => {
    const onHash = () => {
      if (!isOwnEcho()) void applyHash(location.hash, false);
    };
    window.addEventListener('hashchange', onHash);
    return () => window.removeEventListener('hashchange', onHash);
  }, [applyHash]);

  // The panel stays open between lookups: each new right-click lands here.
  useEffect(() => {
    if (!panel) return;
    return pendingLookup.watch((value) => {
      if (value && lookupTo.current !== 'tab') void handleLookup(undefined);
    });
  }, [panel, handleLookup]);

  // Move focus where the route points, after the DOM has it and before it is painted, so the
  // reader never sees the page at the wrong place.
  useLayoutEffect(() => {
    if (!routed) return;
    unpin.current();
    if (mode.kind === 'search') {
      searchRef.current?.focus();
      return;
    }
    if (!mode.target) return;
    // shownSections always draws the section a target is in, so it is here.
    const target = document.getElementById(mode.target);
    if (!target) return;
    // Jump, do not glide: the reader asked for this place, and focus follows.
    // The lookup note sits above its own section only: scroll to it only when going there.
    const banner =
      mode.lookup && mode.target === mode.lookup.sectionId
        ? document.getElementById(BANNER_ID)
        : null;
    (banner ?? target).scrollIntoView?.({ block: 'start' });
    target.focus({ preventScroll: true });
    // Sections drawn after the jump (the rest of the page, or ones the browser skipped while
    // off-screen) change the height above the target: keep it where the reader sees it.
    const main = target.closest('main');
    if (main) unpin.current = pinInView(banner ?? target, main);
  }, [mode.seq, routed]);

  useEffect(() => () => unpin.current(), []);

  // Draw the rest of the page once the first part has been painted.
  useEffect(() => {
    if (!routed || complete) return;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => setComplete(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(timer);
    };
  }, [routed, complete]);

  // Quick exit: the button and Esc pressed twice.
  const exit = useCallback(() => void quickExit(panel ? 'panel' : 'tab'), [panel]);
  useEffect(() => watchDoubleEscape(exit), [exit]);

  const discreet = settings?.discreet ?? false;
  useEffect(() => {
    document.title = discreet ? DISCREET_TITLE : panel ? APP_TITLE : PAGE_TITLE;
  }, [discreet, panel]);

  const query = mode.kind === 'search' ? mode.query : '';
  const results = useMemo(() => runSearch(query), [query]);

  const onQuery = (value: string) =>
    setMode((old) =>
      old.kind === 'search' ? { ...old, query: value, fromSelection: false } : old,
    );

  /** A link to the section already in the URL fires no hashchange: focus it anyway. */
  const onChoose = (id: SectionId, event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    if (location.hash === `#${id}`) {
      event.preventDefault();
      const seq = next();
      setMode((old) => ({ kind: 'page', target: id, lookup: keptLookup(old), seq }));
    }
  };

  const lookupSection = mode.kind === 'page' ? mode.lookup?.sectionId : undefined;
  const dismissBanner = useCallback(() => {
    // The button is about to disappear: keep focus on the page, at the heading the note was
    // about, so keyboard and screen-reader users are not dropped at the top of the document.
    if (lookupSection) document.getElementById(lookupSection)?.focus({ preventScroll: true });
    setMode((old) => (old.kind === 'page' ? { ...old, lookup: null } : old));
  }, [lookupSection]);

  // A stable region object, so unchanged sections are not re-rendered when other settings change.
  const regionKey = settings ? JSON.stringify(settings.region) : undefined;
  const region = useMemo(() => (settings ? settings.region : undefined), [regionKey]);
  const lookupView = mode.kind === 'page' ? mode.lookup : null;
  const openInTabHref =
    mode.kind === 'page' && mode.target && isSectionId(mode.target)
      ? explainerPath({ kind: 'section', id: mode.target })
      : EXPLAINER_PAGE;

  return (
    <div
      class={`explainer explainer--${variant}`}
      data-ready={ready && routed && complete ? 'true' : undefined}
    >
      {/* Sticky (a child of the whole page, so it stays): 911 and the quick exit are one glance
          away however far the reader scrolls. */}
      <section class="explainer__safety" aria-label={HEADER.safetyLabel}>
        <EmergencyLine />
        <div class="explainer__exit">
          <QuickExitButton onExit={exit} />
        </div>
      </section>
      <header class="explainer__header">
        {!panel && (
          <p class="explainer__privacy explainer__privacy--header">
            {PRIVACY.quickExitPage} {PRIVACY.history}
          </p>
        )}
        <h1 class="explainer__title" tabIndex={-1} ref={headingRef}>
          {panel ? HEADER.panelTitle : HEADER.title}
        </h1>
        {!panel && <p class="explainer__intro">{HEADER.intro}</p>}
        {panel && (
          <p class="explainer__open-tab">
            <a href={openInTabHref} target="_blank" rel="noopener">
              {PANEL.openInTab}
              <span class="visually-hidden"> {PANEL.newTab}</span>
            </a>
          </p>
        )}
        {tools}
      </header>

      <div class="explainer__body">
        <div class="explainer__nav">
          <TableOfContents sections={tocSections} collapsed={panel} onChoose={onChoose} />
          <p class="explainer__search-link">
            <a href="#search">{TOC.search}</a>
          </p>
        </div>

        <main class="explainer__main" id="main">
          {mode.kind === 'search' ? (
            <>
              <SearchView
                query={mode.query}
                onQuery={onQuery}
                results={results}
                fromSelection={mode.fromSelection}
                sections={tocSections}
                inputRef={searchRef}
                onChoose={onChoose}
              />
              <p class="explainer__back">
                <a href="#">{SEARCH.back}</a>
              </p>
            </>
          ) : (
            shownSections(mode, routed, complete).map((section) => {
              const looked = lookupView?.sectionId === section.id ? lookupView : null;
              // The first paint holds about a screen of the section; a glossary entry can be far
              // down its section, so that one is drawn whole.
              const limit =
                complete || (mode.kind === 'page' && mode.target?.startsWith('term-'))
                  ? undefined
                  : firstScreenBlocks(section.blocks);
              return (
                <SectionView
                  key={section.id}
                  section={section}
                  region={needsRegion.has(section.id) ? region : undefined}
                  sectionTitle={sectionTitle}
                  terms={looked?.matched}
                  describedBy={looked ? bannerDescription(BANNER_ID, !!looked.term) : undefined}
                  blockLimit={limit}
                  before={
                    looked ? (
                      <LookupBanner
                        id={BANNER_ID}
                        selection={looked.selection}
                        term={looked.term}
                        onDismiss={dismissBanner}
                      />
                    ) : undefined
                  }
                />
              );
            })
          )}
        </main>
      </div>

      <PageFooter showNote>
        {panel && (
          <p class="explainer__privacy">
            {PRIVACY.quickExitPanel} {PRIVACY.history}
          </p>
        )}
      </PageFooter>
    </div>
  );
}

/**
 * What the page draws: nothing before the route is known, then only the section the route
 * points at (the start of the page when none), then everything.
 */
function shownSections(mode: Mode, routed: boolean, complete: boolean): typeof sections {
  if (complete) return sections;
  if (!routed) return [];
  const target = mode.kind === 'page' ? mode.target : null;
  const id: SectionId =
    target === null ? sections[0]!.id : isSectionId(target) ? target : 'glossary';
  return sections.filter((section) => section.id === id);
}
