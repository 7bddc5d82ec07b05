import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { EmergencyLine } from '@/components/EmergencyLine';
import { ExplainPage } from '@/components/ExplainPage';
import { PageFooter } from '@/components/PageFooter';
import { QuickExitButton } from '@/components/QuickExitButton';
import { RegionLine } from '@/components/RegionLine';
import { ResourceCard } from '@/components/ResourceCard';
import { useSettings, useTheme } from '@/components/useSettings';
import { EXPLAINER_PAGE, explainerPath, type ExplainerRoute } from '@/content/links';
import { resourcesFor, type ResourceGroup } from '@/content/resolve';
import { nationalHotline } from '@/content/resources/national';
import type { Faq } from '@/content/types';
import { APP_TITLE, DISCREET_TITLE } from '@/content/ui/common';
import { POPUP } from '@/content/ui/popup';
import { stashSearch } from '@/utils/lookup-stash';
import type { AllSettings } from '@/utils/settings';
import { openSidePanel } from '@/utils/side-panel';
import { quickExit, watchDoubleEscape } from '@/utils/quick-exit';
import { FaqSection } from './FaqSection';
import './popup.css';

const MORE_ID = 'more-lines';

type PublicPath = Parameters<typeof browser.runtime.getURL>[0];
const pageUrl = (route: ExplainerRoute) =>
  browser.runtime.getURL(explainerPath(route) as PublicPath);

/** Runs a browser call so that a missing API or a synchronous throw becomes a rejection. */
const attempt = <T,>(call: () => T | Promise<T>): Promise<T> => Promise.resolve().then(call);

/** Opens an extension page in a new tab, then closes the popup. */
function openInTab(url: string): void {
  void attempt(() => browser.tabs.create({ url }))
    .catch(() => window.open(url, '_blank', 'noopener'))
    .finally(() => window.close());
}

function GroupBlock({ group }: { group: ResourceGroup }) {
  const headingId = `group-${group.id}`;
  return (
    <section class="popup__group" aria-labelledby={headingId}>
      <h3 id={headingId} class="popup__group-title">
        {group.title}
      </h3>
      {group.note && <p class="popup__note">{group.note}</p>}
      {group.resources.map((resource) => (
        <ResourceCard key={resource.id} resource={resource} level={4} />
      ))}
    </section>
  );
}

export interface AppProps {
  /** The settings, when the page read them before its first render. */
  initialSettings?: AllSettings | null;
}

export function App({ initialSettings = null }: AppProps) {
  const settings = useSettings(initialSettings);
  useTheme(settings);
  // The lines and the questions are drawn with the settings: one render (`npm run bench`).
  const ready = settings !== null;
  const [moreOpen, setMoreOpen] = useState(false);
  // Cached now: asking for the window inside the click would lose the user gesture
  // that sidePanel.open() needs.
  const windowId = useRef<number | undefined>(undefined);

  useEffect(() => {
    // Firefox has no sidePanel and some browsers no windows API: never let that break the popup.
    attempt(() => browser.windows?.getCurrent())
      .then((win) => {
        windowId.current = win?.id;
      })
      .catch(() => undefined);
    return watchDoubleEscape(() => void quickExit('popup'));
  }, []);

  const discreet = settings?.discreet ?? false;
  const title = discreet ? DISCREET_TITLE : APP_TITLE;
  useEffect(() => {
    document.title = title;
  }, [title]);

  const region = settings?.region ?? null;
  const resolved = useMemo(() => (ready ? resourcesFor(region) : null), [ready, region]);
  const groups = resolved?.groups ?? [];
  // Regional lines stay in view; so does a group that is only a note (e.g. "choose
  // your area"), since it is short. Local organisations and other national lines
  // fold away behind "More lines".
  const foldable = (g: ResourceGroup) => g.id !== 'regional' && g.resources.length > 0;
  const regional = groups.filter((g) => g.id !== 'hotline' && !foldable(g));
  const more = groups.filter(foldable);
  const moreCount = more.reduce((sum, g) => sum + g.resources.length, 0);

  const changeRegion = () => {
    void attempt(() => browser.runtime.openOptionsPage())
      .catch(() => undefined)
      .finally(() => window.close());
  };

  const openBeside = (event: Event) => {
    event.preventDefault();
    // Straight from the click, with no await before it, to keep the gesture.
    void openSidePanel(browser, windowId.current).then((opened) =>
      opened ? window.close() : openInTab(pageUrl({ kind: 'top' })),
    );
  };

  const readMore = (faq: Faq) => openInTab(pageUrl({ kind: 'section', id: faq.section }));

  const searchExplainer = (query: string) => {
    // The query goes to memory-only session storage, never into a URL or onto disk.
    void attempt(() => stashSearch(query))
      .catch(() => undefined)
      .finally(() => openInTab(pageUrl({ kind: 'search' })));
  };

  return (
    <div class="popup" data-ready={ready ? 'true' : undefined}>
      <header class="popup__header">
        <div class="popup__bar">
          <h1 class="popup__title">{title}</h1>
          <QuickExitButton onExit={() => void quickExit('popup')} />
        </div>
        <EmergencyLine />
      </header>

      <main class="popup__main">
        <RegionLine
          label={ready && resolved ? resolved.label : undefined}
          onChange={changeRegion}
        />

        <section class="popup__section" aria-labelledby="report-heading">
          <h2 id="report-heading" class="popup__heading">
            {POPUP.reportHeading}
          </h2>
          {/* The hotline never depends on the region: it is here from the first paint. */}
          <ResourceCard resource={nationalHotline} level={3} featured />

          {ready && resolved && (
            <>
              {regional.map((group) => (
                <GroupBlock key={group.id} group={group} />
              ))}
              {resolved.coverageNote && <p class="popup__note">{resolved.coverageNote}</p>}
              {moreCount > 0 && (
                <div class="popup__more">
                  <button
                    type="button"
                    class="popup__more-button"
                    aria-expanded={moreOpen}
                    aria-controls={MORE_ID}
                    onClick={() => setMoreOpen(!moreOpen)}
                  >
                    <span class="popup__chevron" aria-hidden="true" />
                    {POPUP.moreLines(moreCount)}
                  </button>
                  <div id={MORE_ID} class="popup__more-body" hidden={!moreOpen}>
                    {moreOpen && more.map((group) => <GroupBlock key={group.id} group={group} />)}
                  </div>
                </div>
              )}
            </>
          )}
        </section>

        {ready && (
          <>
            <ExplainPage
              region={region}
              linkTo={(route) => ({
                href: pageUrl(route),
                onClick: (event) => {
                  event.preventDefault();
                  openInTab(pageUrl(route));
                },
              })}
            />

            <FaqSection
              readMoreHref={(faq) => pageUrl({ kind: 'section', id: faq.section })}
              onReadMore={readMore}
              onSearchExplainer={searchExplainer}
            />

            <nav class="popup__nav" aria-label={POPUP.openExplainer}>
              <a href={browser.runtime.getURL(EXPLAINER_PAGE as PublicPath)} onClick={openBeside}>
                {POPUP.openBeside}
              </a>
            </nav>

            <PageFooter />
          </>
        )}
      </main>
    </div>
  );
}
