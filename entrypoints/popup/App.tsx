import { useEffect, useMemo, useRef } from 'preact/hooks';
import { useContent, useUi } from '@/components/useContent';
import { browser } from 'wxt/browser';
import { EmergencyLine } from '@/components/EmergencyLine';
import { ExplainPage } from '@/components/ExplainPage';
import { PageFooter } from '@/components/PageFooter';
import { QuickExitButton } from '@/components/QuickExitButton';
import { RegionLine } from '@/components/RegionLine';
import { useSettings, useTheme } from '@/components/useSettings';
import { EXPLAINER_PAGE, explainerPath, type ExplainerRoute } from '@/content/links';
import type { Faq } from '@/content/types';
import { stashSearch } from '@/utils/lookup-stash';
import type { AllSettings } from '@/utils/settings';
import { openSidePanel } from '@/utils/side-panel';
import { quickExit, watchDoubleEscape } from '@/utils/quick-exit';
import { FaqSection } from './FaqSection';
import { ReportLines } from './ReportLines';
import './popup.css';
import { usePopupUi } from './usePopupUi';

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

export interface AppProps {
  /** The settings, when the page read them before its first render. */
  initialSettings?: AllSettings | null;
}

export function App({ initialSettings = null }: AppProps) {
  const { APP_TITLE, DISCREET_TITLE } = useUi().common;
  const { POPUP } = usePopupUi();
  const settings = useSettings(initialSettings);
  useTheme(settings);
  // The lines and the questions are drawn with the settings: one render (`npm run bench`).
  const ready = settings !== null;
  const { changeRegion, openBeside, readMore, searchExplainer } = usePopupActions();

  const discreet = settings?.discreet ?? false;
  const title = discreet ? DISCREET_TITLE : APP_TITLE;
  useEffect(() => {
    document.title = title;
  }, [title]);

  const region = settings?.region ?? null;
  const { resourcesFor } = useContent();
  const resolved = useMemo(
    () => (ready ? resourcesFor(region) : null),
    [ready, region, resourcesFor],
  );

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

        <ReportLines resolved={ready ? resolved : null} />

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

/** What the popup's links and buttons do: open a page, then close the popup. */
function usePopupActions() {
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

  return { changeRegion, openBeside, readMore, searchExplainer };
}
