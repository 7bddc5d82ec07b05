import './SaveStatus.css';

export interface SaveStatusProps {
  message: string;
  /** Changes on every announcement, so the same words twice are read twice. */
  count: number;
}

/**
 * The page's one polite live region. It is always in the DOM (a region added
 * together with its text is often not read); only its text changes.
 */
export function SaveStatus({ message, count }: SaveStatusProps) {
  return (
    <p class="save-status" role="status" aria-live="polite">
      {/* The alternating invisible space makes a repeat a change screen readers notice. */}
      {message ? message + (count % 2 === 1 ? '\u00a0' : '') : ''}
    </p>
  );
}
