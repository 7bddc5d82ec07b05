import { splitEnglishNames } from '@/content/i18n/english-names';
import { useContent } from './useContent';

/** Text in the page's language, with the English names it quotes marked `lang="en"`. */
export function LangText({ text }: { text: string }) {
  const { locale } = useContent();
  if (locale === 'en' || !text.includes('“')) return <>{text}</>;
  return (
    <>
      {splitEnglishNames(text).map((part, i) =>
        part.english ? (
          <span key={i} lang="en">
            {part.text}
          </span>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
