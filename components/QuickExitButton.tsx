import { useId } from 'preact/hooks';
import { useUi } from '@/components/useContent';
import './QuickExitButton.css';

export interface QuickExitButtonProps {
  /** Leaves the extension (the page wires quickExit and the double-Esc watcher). */
  onExit: () => void;
}

/** A clearly labelled way out, for someone whose screen may be seen. */
export function QuickExitButton({ onExit }: QuickExitButtonProps) {
  const { QUICK_EXIT } = useUi().common;
  const hintId = `quick-exit-hint-${useId()}`;
  return (
    <span class="quick-exit">
      <button
        type="button"
        class="button button--danger quick-exit__button"
        onClick={onExit}
        aria-describedby={hintId}
      >
        {QUICK_EXIT.label}
      </button>
      <span id={hintId} class="quick-exit__hint">
        {QUICK_EXIT.hint}
      </span>
    </span>
  );
}
