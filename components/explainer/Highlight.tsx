import { splitHighlights } from '@/content/highlight';

interface Props {
  text: string;
  /** Words and phrases to mark; none means plain text. */
  terms?: readonly string[];
}

/** Text with the matched terms wrapped in <mark>; always rendered as text. */
export function Highlight({ text, terms }: Props) {
  if (!terms || terms.length === 0) return <>{text}</>;
  return (
    <>
      {splitHighlights(text, terms).map((part, i) =>
        part.mark ? <mark key={i}>{part.text}</mark> : part.text,
      )}
    </>
  );
}
