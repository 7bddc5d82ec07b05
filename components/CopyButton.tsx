import { useEffect, useRef, useState } from 'preact/hooks';
import { useUi } from '@/components/useContent';
import './CopyButton.css';

type State = 'idle' | 'copied' | 'selected' | 'failed';

export interface CopyButtonProps {
  /** Exactly what goes on the clipboard. */
  text: string;
  /** Said after "Copy" for screen readers, e.g. the number. Defaults to `text`. */
  label?: string;
  /** Where the text is shown, selected for the user when the clipboard is refused. */
  selectTarget?: () => Element | null;
  /** How long the confirmation stays, in ms. */
  resetAfter?: number;
}

function selectContents(element: Element | null): boolean {
  if (!element) return false;
  try {
    const selection = element.ownerDocument.defaultView?.getSelection();
    if (!selection) return false;
    const range = element.ownerDocument.createRange();
    range.selectNodeContents(element);
    selection.removeAllRanges();
    selection.addRange(range);
    return true;
  } catch {
    return false;
  }
}

async function writeClipboard(text: string): Promise<boolean> {
  try {
    if (!navigator.clipboard?.writeText) return false;
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/**
 * Copies a number or address and says so, in the button and to screen readers.
 * If the clipboard is refused it selects the text so Ctrl+C works. Never throws.
 */
export function CopyButton({ text, label, selectTarget, resetAfter = 2500 }: CopyButtonProps) {
  const { COPY } = useUi().common;
  const [state, setState] = useState<State>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const alive = useRef(true);

  useEffect(
    () => () => {
      alive.current = false;
      clearTimeout(timer.current);
    },
    [],
  );

  const show = (next: State) => {
    if (!alive.current) return;
    setState(next);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => alive.current && setState('idle'), resetAfter);
  };

  const onClick = async () => {
    if (await writeClipboard(text)) return show('copied');
    show(selectContents(selectTarget?.() ?? null) ? 'selected' : 'failed');
  };

  const spoken = label ?? text;
  const visible = state === 'copied' ? COPY.done : state === 'failed' ? COPY.failed : COPY.button;
  const announcement =
    state === 'copied'
      ? COPY.announced(spoken)
      : state === 'selected'
        ? COPY.selectedAnnounced(spoken)
        : state === 'failed'
          ? COPY.failed
          : '';

  return (
    <span class="copy">
      <button
        type="button"
        class={`copy__button${state === 'copied' ? ' copy__button--done' : ''}`}
        onClick={() => void onClick()}
      >
        {visible}
        <span class="visually-hidden"> {spoken}</span>
      </button>
      {state === 'selected' && (
        <span class="copy__hint" aria-hidden="true">
          {COPY.selected}
        </span>
      )}
      <span class="visually-hidden" role="status" aria-live="polite">
        {announcement}
      </span>
    </span>
  );
}
