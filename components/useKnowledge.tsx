import type { ComponentChildren } from 'preact';
import { useContext, useEffect, useState } from 'preact/hooks';
import type { Knowledge } from '@/content/i18n/content';
import { ENGLISH_KNOWLEDGE } from '@/content/i18n/english-knowledge';
import { KnowledgeContext, useContent } from './useContent';

/*
 * The explainer's knowledge (sections, glossary, statutes) in the page's language. Only the
 * explainer's views import this file, so the popup and options pages do not carry that text.
 */

/** The knowledge the page loaded; English where none was (unit tests render views alone). */
export const useKnowledge = (): Knowledge => useContext(KnowledgeContext) ?? ENGLISH_KNOWLEDGE;

/**
 * For a view that shows knowledge on a page that did not load it (the popup's "Explain this
 * page" result): loads it in the page's language, then draws its children.
 */
export function WithKnowledge({ children }: { children: ComponentChildren }) {
  const content = useContent();
  const loaded = useContext(KnowledgeContext);
  const [own, setOwn] = useState<{ locale: string; knowledge: Knowledge } | null>(null);
  const ready = loaded ?? (content.locale === 'en' ? ENGLISH_KNOWLEDGE : null);
  useEffect(() => {
    if (ready || own?.locale === content.locale) return;
    let alive = true;
    content.loadKnowledge().then(
      (knowledge) => alive && setOwn({ locale: content.locale, knowledge }),
      () => alive && setOwn({ locale: content.locale, knowledge: ENGLISH_KNOWLEDGE }),
    );
    return () => {
      alive = false;
    };
  }, [content.locale, ready]);
  const knowledge = ready ?? (own?.locale === content.locale ? own.knowledge : null);
  if (!knowledge) return null;
  return <KnowledgeContext.Provider value={knowledge}>{children}</KnowledgeContext.Provider>;
}
