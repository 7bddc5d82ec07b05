import type { ComponentChildren } from 'preact';
import { useUi } from '@/components/useContent';
import { useCallback, useEffect, useMemo, useRef } from 'preact/hooks';
import type { SectionId } from '@/content/types';
import { PageFooter } from '@/components/PageFooter';
import type { AllSettings } from '@/utils/settings';
import { quickExit, watchDoubleEscape } from '@/utils/quick-exit';
import { ExplainerHeader, ExplainerNav, SafetyBar, SearchPage, Sections } from './ExplainerParts';
import { useDrawRest } from './useDrawRest';
import { useExplainerRoute, type FirstLookup } from './useExplainerRoute';
import { focusSection, useFocusTarget } from './useFocusTarget';
import './explainer.css';
import './print.css';
import { useExplainerUi } from './useExplainerUi';

export interface ExplainerViewProps {
  variant: 'page' | 'panel';
  /** null until the settings are read. */
  settings: AllSettings | null;
  /** A right-click lookup the page started taking while it loaded. */
  firstLookup?: FirstLookup | null;
  /** Shown at the end of the header (the panel's "Explain this page"). */
  tools?: ComponentChildren;
}

/**
 * The whole explainer: header with 911 and quick exit, the sections in order,
 * search, and right-click lookups. The tab page and the side panel both show
 * it; the panel is the narrow variant and takes lookups as they arrive.
 */
export function ExplainerView(props: ExplainerViewProps) {
  const { PRIVACY } = useExplainerUi();
  const { variant, settings, firstLookup = null, tools } = props;
  const panel = variant === 'panel';
  const ready = settings !== null;
  const route = useExplainerRoute({ ready, panel, firstLookup });
  const { mode, routed } = route;
  const complete = useDrawRest(routed);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const searchRef = useRef<HTMLInputElement>(null);
  useFocusTarget(mode, routed, { title: titleRef, search: searchRef });

  const exit = usePageChrome(panel, settings?.discreet ?? false);

  /** A link to the section already in the URL fires no hashchange: focus it anyway. */
  const onChoose = (id: SectionId, event: MouseEvent) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey) return;
    if (location.hash === `#${id}`) {
      event.preventDefault();
      route.goTo(id);
    }
  };

  const lookupSection = mode.kind === 'page' ? mode.lookup?.sectionId : undefined;
  const dismissLookup = useCallback(() => {
    focusSection(lookupSection);
    route.dismissLookup();
  }, [lookupSection]);

  // A stable region object, so unchanged sections are not re-rendered when other settings change.
  const regionKey = settings ? JSON.stringify(settings.region) : undefined;
  const region = useMemo(() => (settings ? settings.region : undefined), [regionKey]);

  return (
    <div
      class={`explainer explainer--${variant}`}
      data-ready={ready && routed && complete ? 'true' : undefined}
    >
      {/* Sticky (a child of the whole page, so it stays): 911 and the quick exit are one glance
          away however far the reader scrolls. */}
      <SafetyBar onExit={exit} />
      <ExplainerHeader panel={panel} mode={mode} titleRef={titleRef} tools={tools} />

      <div class="explainer__body">
        <ExplainerNav panel={panel} onChoose={onChoose} />
        <main class="explainer__main" id="main">
          {mode.kind === 'search' ? (
            <SearchPage
              query={mode.query}
              onQuery={route.setQuery}
              fromSelection={mode.fromSelection}
              inputRef={searchRef}
              onChoose={onChoose}
            />
          ) : (
            <Sections
              mode={mode}
              routed={routed}
              complete={complete}
              region={region}
              onDismissLookup={dismissLookup}
            />
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

/** The page's title (neutral in discreet mode) and its quick exit: the button and Esc twice. */
function usePageChrome(panel: boolean, discreet: boolean): () => void {
  const { APP_TITLE, DISCREET_TITLE } = useUi().common;
  const { PAGE_TITLE } = useExplainerUi();
  const exit = useCallback(() => void quickExit(panel ? 'panel' : 'tab'), [panel]);
  useEffect(() => watchDoubleEscape(exit), [exit]);
  useEffect(() => {
    document.title = discreet ? DISCREET_TITLE : panel ? APP_TITLE : PAGE_TITLE;
  }, [discreet, panel]);
  return exit;
}
