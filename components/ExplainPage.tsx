import type { Ref } from 'preact';
import { useUi } from '@/components/useContent';
import { useEffect, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import type { ExplainerRoute } from '@/content/links';
import type { Region } from '@/content/types';
import { activeTabId, readTab, type PageRead, type PageText } from '@/utils/page-reader';
import './ExplainPage.css';

/** A link into the explainer: where it points, and what the view does on a click. */
export interface ExplainerLink {
  href: string;
  onClick?: (event: MouseEvent) => void;
}

export interface ExplainPageProps {
  /** The reader's region, for the reporting lines (null: not chosen yet). */
  region: Region | null;
  /** How this view links to the explainer (the popup opens a tab; the side panel routes). */
  linkTo: (route: ExplainerRoute) => ExplainerLink;
  /** Reads the page; the real one by default (tests pass their own). */
  read?: () => Promise<PageRead>;
}

type State =
  | { kind: 'idle' }
  | { kind: 'reading' }
  | { kind: 'done'; page: PageText; view: ResultModule }
  | { kind: 'failed'; reason: Exclude<PageRead, { ok: true }>['reason'] };

const readActivePage = async () => readTab(browser, await activeTabId(browser));

type ResultModule = typeof import('./ExplainPageResult');
/**
 * The analysis (the lookup engine, its index, the glossary and the sections' titles) loads on
 * demand: the popup's first paint does not wait for it, and it is fetched while the reader looks.
 */
let resultModule: Promise<ResultModule> | null = null;
const loadResult = () => (resultModule ??= import('./ExplainPageResult'));

/**
 * "Explain this page": on the reader's click, reads the active tab's article and lists the laws,
 * legal terms and explainer topics it mentions, then where to report. The page's text lives only
 * in this component's memory: it is rendered as text, never stored, and gone when the view closes.
 */
export function ExplainPage({ region, linkTo, read = readActivePage }: ExplainPageProps) {
  const { EXPLAIN_PAGE: T } = useUi().explainPage;
  const [state, setState] = useState<State>({ kind: 'idle' });
  const resultRef = useRef<HTMLHeadingElement>(null);

  // Loaded and warmed (the lookup reads its saved index on first use) before the click.
  useEffect(() => {
    const idle = globalThis.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 50));
    idle(
      () =>
        void loadResult().then(
          (view) => view.warmUp(),
          () => undefined,
        ),
    );
  }, []);

  useEffect(() => {
    if (state.kind === 'done' || state.kind === 'failed') resultRef.current?.focus();
  }, [state.kind]);

  const explain = async () => {
    setState({ kind: 'reading' });
    const [got, view] = await Promise.all([
      read().catch((): PageRead => ({ ok: false, reason: 'not-allowed' })),
      loadResult(),
    ]);
    // A Spanish page is read with the Spanish model, loaded only then.
    if (got.ok) await view.prepareText(got.page.text);
    setState(
      got.ok ? { kind: 'done', page: got.page, view } : { kind: 'failed', reason: got.reason },
    );
  };

  const busy = state.kind === 'reading';
  return (
    <section class="explain-page" aria-labelledby="explain-page-heading">
      <h2 id="explain-page-heading" class="explain-page__heading">
        {T.heading}
      </h2>
      <p class="explain-page__intro">{T.intro}</p>
      <button
        type="button"
        class="button button--primary explain-page__button"
        onClick={() => void explain()}
        aria-disabled={busy ? 'true' : undefined}
        disabled={busy}
      >
        {state.kind === 'done' || state.kind === 'failed' ? T.again : T.button}
      </button>
      <p class="explain-page__status" role="status">
        {busy ? T.reading : ''}
      </p>
      {state.kind === 'failed' && (
        <Failed reason={state.reason} headingRef={resultRef} linkTo={linkTo} />
      )}
      {state.kind === 'done' && (
        <state.view.ExplainPageResult
          page={state.page}
          region={region}
          headingRef={resultRef}
          linkTo={linkTo}
        />
      )}
    </section>
  );
}

export interface PartProps {
  headingRef: Ref<HTMLHeadingElement>;
  linkTo: ExplainPageProps['linkTo'];
}

function Failed({ reason, headingRef, linkTo }: PartProps & { reason: string }) {
  const { EXPLAIN_PAGE: T } = useUi().explainPage;
  const heading = reason === 'not-allowed' ? T.notAllowedHeading : T.restrictedHeading;
  const text =
    reason === 'not-allowed' ? T.notAllowed : reason === 'no-tab' ? T.noTab : T.restricted;
  const search = linkTo({ kind: 'search' });
  return (
    <div class="explain-page__result" data-explained="failed">
      <h3 class="explain-page__result-heading" tabIndex={-1} ref={headingRef}>
        {heading}
      </h3>
      <p>{text}</p>
      <p>
        <a href={search.href} onClick={search.onClick}>
          {T.search}
        </a>
      </p>
    </div>
  );
}
