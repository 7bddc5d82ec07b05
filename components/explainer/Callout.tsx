import type { Citation, Link } from '@/content/types';
import { Citations } from '@/components/Citations';
import { Highlight } from './Highlight';
import { useExplainerUi } from './useExplainerUi';

interface Props {
  tone: 'warning' | 'info';
  title: string;
  text: string;
  cite?: readonly Citation[];
  link?: Link;
  terms?: readonly string[];
}

/** A boxed note: a warning (check this, be careful) or extra information. */
export function Callout({ tone, title, text, cite, link, terms }: Props) {
  const { PANEL } = useExplainerUi();
  return (
    <div class={`callout callout--${tone}`} role="note" aria-label={title}>
      <p class="callout__title">
        <Highlight text={title} terms={terms} />
      </p>
      <p class="callout__text">
        <Highlight text={text} terms={terms} />
      </p>
      {link && (
        <p class="callout__link">
          <a href={link.url} target="_blank" rel="noopener noreferrer">
            {link.label}
            <span class="visually-hidden"> {PANEL.newTab}</span>
          </a>
        </p>
      )}
      <Citations variant="list" cite={cite} />
    </div>
  );
}
