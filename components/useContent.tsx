import { createContext, render, type ComponentChildren, type VNode } from 'preact';
import { useContext, useEffect, useLayoutEffect, useState } from 'preact/hooks';
import type { Content, Knowledge, PageUiStrings } from '@/content/i18n/content';
import { ENGLISH } from '@/content/i18n/english';
import type { LanguageChoice, Locale } from '@/content/i18n/locales';
import type { AllSettings } from '@/content/settings';
import { localeFor } from '@/utils/locale';
import { language } from '@/utils/settings';
import { within } from '@/utils/within';
import { firstSettings, FIRST_RENDER_WAIT_MS } from './useSettings';

/*
 * The guide's words for the page's language. English is part of every page; Spanish is a chunk
 * of its own, loaded (from the extension, never the network) only when a page needs it, so
 * English pages stay as small as they were.
 */

const ContentContext = createContext<Content>(ENGLISH);
/** The explainer's knowledge, on pages that load it (components/useKnowledge.ts reads it). */
export const KnowledgeContext = createContext<Knowledge | null>(null);

/** What a page draws from: the content and, on the explainer's pages, the knowledge. */
export interface PageContent {
  content: Content;
  knowledge: Knowledge | null;
}

/** The whole guide in the page's language. */
export const useContent = (): Content => useContext(ContentContext);
/** The interface strings in the page's language. */
export const useUi = (): Content['ui'] => useContext(ContentContext).ui;

/**
 * A page's own strings in the content's language: `english` is the module the page imports, so
 * only that page's bundle carries it (see `PageUiStrings`).
 */
export function pageUi<K extends keyof PageUiStrings>(
  content: Content,
  name: K,
  english: PageUiStrings[K],
): PageUiStrings[K] {
  return content.pageUi?.[name] ?? english;
}

/** The guide in a locale (with the explainer's knowledge when the page shows it). */
export async function loadContent(locale: Locale, withKnowledge: boolean): Promise<PageContent> {
  const content = locale === 'en' ? ENGLISH : (await import('@/content/es')).SPANISH;
  return { content, knowledge: withKnowledge ? await content.loadKnowledge() : null };
}

/**
 * The content for a page's first render, in the language its settings ask for, so the first
 * paint is already in the right language; English if that takes too long or fails (the page,
 * and 911 on it, must always show).
 */
export async function firstContent(
  settings: AllSettings | null,
  withKnowledge = false,
): Promise<PageContent> {
  const wanted = await within(
    loadContent(localeFor(settings?.language), withKnowledge),
    FIRST_RENDER_WAIT_MS,
  );
  if (wanted) return wanted;
  return (
    (await within(loadContent('en', withKnowledge), FIRST_RENDER_WAIT_MS)) ?? {
      content: ENGLISH,
      knowledge: null,
    }
  );
}

/** Marks the page's language, for screen readers, hyphenation and spelling. */
export function applyLanguage(locale: Locale, doc: Document = document): void {
  doc.documentElement.lang = locale;
}

/**
 * The language setting, kept live. Only this setting is read and watched here: the page itself
 * reads and watches the others.
 */
function useLanguageChoice(initial: LanguageChoice | undefined): LanguageChoice | undefined {
  const [choice, setChoice] = useState(initial);
  useEffect(() => {
    let alive = true;
    let watched = false;
    // Read again: a change made between the page's first read and this watcher would be missed.
    // A value from the watcher is newer and wins.
    void language.get().then((value) => alive && !watched && setChoice(value));
    const unwatch = language.watch((value) => {
      watched = true;
      if (alive) setChoice(value);
    });
    return () => {
      alive = false;
      unwatch();
    };
  }, []);
  return choice;
}

/**
 * Gives the page its content and keeps it in the chosen language: a change made on the options
 * page redraws every open page in the new language at once.
 */
export function LocaleRoot({
  initialSettings,
  initial,
  children,
}: {
  initialSettings: AllSettings | null;
  /** From `firstContent`; its knowledge says whether the page shows the explainer. */
  initial: PageContent;
  children: ComponentChildren;
}) {
  const [page, setPage] = useState(initial);
  const { content, knowledge } = page;
  const locale = localeFor(useLanguageChoice(initialSettings?.language));
  useEffect(() => {
    if (content.locale === locale) return;
    let alive = true;
    // Content and knowledge change together, so a page never shows two languages at once.
    loadContent(locale, knowledge !== null).then(
      (next) => alive && setPage(next),
      // The chunk is part of the extension; if it still fails, the page stays as it is.
      () => undefined,
    );
    return () => {
      alive = false;
    };
  }, [locale]);
  useLayoutEffect(() => applyLanguage(content.locale), [content.locale]);
  return (
    <ContentContext.Provider value={content}>
      <KnowledgeContext.Provider value={knowledge}>{children}</KnowledgeContext.Provider>
    </ContentContext.Provider>
  );
}

/**
 * Draws a page once its settings and its words (in the reader's language) are read, so the
 * first paint is already the right one: theme, region, language. `withKnowledge` for the pages
 * that show the explainer.
 */
export function mountPage(
  Page: (props: { initialSettings: AllSettings | null }) => VNode | null,
  { withKnowledge = false }: { withKnowledge?: boolean } = {},
): void {
  void firstSettings().then(async (initialSettings) => {
    const initial = await firstContent(initialSettings, withKnowledge);
    render(
      <LocaleRoot initialSettings={initialSettings} initial={initial}>
        <Page initialSettings={initialSettings} />
      </LocaleRoot>,
      document.getElementById('app')!,
    );
  });
}
