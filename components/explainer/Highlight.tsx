import { splitHighlights } from '@/content/highlight';
import { LangText } from '@/components/LangText';

interface Props {
  text: string;
  /** Words and phrases to mark; none means plain text. */
  terms?: readonly string[];
}

/** Text with the matched terms wrapped in <mark>; always rendered as text. */
export function Highlight({ text, terms }: Props) {
  if (!terms || terms.length === 0) return <LangText text={text} />;
  return (
    <>
      {splitHighlights(text, terms).map((part, i) =>
        part.mark ? (
          <mark key={i}>
            <LangText text={part.text} />
          </mark>
        ) : (
          <LangText key={i} text={part.text} />
        ),
      )}
    </>
  );
}
