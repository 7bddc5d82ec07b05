import type { ComponentChildren } from 'preact';
import { useUi } from '@/components/useContent';
import './PageFooter.css';

export interface PageFooterProps {
  /** Page-specific links or notes, shown after the standard lines. */
  children?: ComponentChildren;
  /** Add the one-sentence explanation after "Not legal advice". */
  showNote?: boolean;
}

/** "Not legal advice · Last reviewed <date>" at the end of every page. */
export function PageFooter({ children, showNote = false }: PageFooterProps) {
  const { FOOTER_NOTE, LAST_REVIEWED, NOT_LEGAL_ADVICE } = useUi().common;
  return (
    <footer class="page-footer">
      <p class="page-footer__line">
        <strong>{NOT_LEGAL_ADVICE}</strong>
        <span aria-hidden="true"> · </span>
        <span>{LAST_REVIEWED}</span>
      </p>
      {showNote && <p class="page-footer__note">{FOOTER_NOTE}</p>}
      {children}
    </footer>
  );
}
