import { useState } from 'preact/hooks';
import { LangText } from '@/components/LangText';
import type { Faq } from '@/content/types';
import { Citations } from '@/components/Citations';
import './FaqItem.css';

export interface FaqItemProps {
  faq: Faq;
  /** Heading level of the question, to keep the page outline in order. */
  level?: 2 | 3 | 4;
  /** Text of the link to the explainer section, e.g. "Read more in the explainer". */
  readMoreLabel: string;
  /** A real address for the link (middle-click, copy link). */
  readMoreHref: string;
  /** Opens the explainer the page's way (a new tab, then the popup closes). */
  onReadMore?: (faq: Faq) => void;
}

/** A question that opens in place to show its answer, sources and a link to read more. */
export function FaqItem({ faq, level = 3, readMoreLabel, readMoreHref, onReadMore }: FaqItemProps) {
  const [expanded, setExpanded] = useState(false);
  const Heading = `h${level}` as 'h2' | 'h3' | 'h4';
  const buttonId = `faq-q-${faq.id}`;
  const answerId = `faq-a-${faq.id}`;

  return (
    <li class="faq">
      <Heading class="faq__question">
        <button
          type="button"
          id={buttonId}
          class="faq__button"
          aria-expanded={expanded}
          aria-controls={answerId}
          data-faq-button=""
          onClick={() => setExpanded(!expanded)}
        >
          <span class="faq__marker" aria-hidden="true" />
          <span>
            <LangText text={faq.question} />
          </span>
        </button>
      </Heading>
      <div
        id={answerId}
        class="faq__answer"
        role="region"
        aria-labelledby={buttonId}
        hidden={!expanded}
      >
        {/* Drawn when opened: a list of closed questions is a fraction of the page to build. */}
        {expanded && (
          <>
            <p class="faq__text">
              <LangText text={faq.answer} />
            </p>
            <Citations cite={faq.cite} variant="full" />
            <p class="faq__more">
              <a
                href={readMoreHref}
                target="_blank"
                rel="noopener"
                onClick={(event) => {
                  if (!onReadMore) return;
                  event.preventDefault();
                  onReadMore(faq);
                }}
              >
                {readMoreLabel}
              </a>
            </p>
          </>
        )}
      </div>
    </li>
  );
}
