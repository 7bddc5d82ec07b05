import { useEffect, useRef, useState } from 'preact/hooks';
import './ResetSettings.css';
import { useOptionsUi } from './useOptionsUi';

export interface ResetSettingsProps {
  onReset: () => Promise<void> | void;
}

/**
 * "Reset all settings" with a second, explicit "Yes, reset" step instead of a
 * browser dialog: keyboard and screen-reader friendly, and a held Enter key
 * cannot reset by accident because focus goes to the question, not the button.
 */
export function ResetSettings({ onReset }: ResetSettingsProps) {
  const { RESET } = useOptionsUi();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const questionRef = useRef<HTMLParagraphElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const returnFocus = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (returnFocus.current) {
      returnFocus.current = false;
      buttonRef.current?.focus();
    }
  }, [asking]);

  const close = () => {
    returnFocus.current = true;
    setAsking(false);
  };

  const confirm = async () => {
    setBusy(true);
    try {
      await onReset();
    } finally {
      setBusy(false);
      close();
    }
  };

  return (
    <section class="reset-settings" aria-labelledby="reset-heading">
      <h2 id="reset-heading">{RESET.heading}</h2>
      {asking ? (
        <div
          class="reset-settings__confirm"
          role="group"
          aria-labelledby="reset-question"
          onKeyDown={(event) => {
            if (event.key === 'Escape') close();
          }}
        >
          <p id="reset-question" ref={questionRef} tabIndex={-1} class="reset-settings__question">
            {RESET.question}
          </p>
          <div class="reset-settings__actions">
            <button
              type="button"
              class="button button--danger"
              disabled={busy}
              onClick={() => void confirm()}
            >
              {RESET.confirm}
            </button>
            <button type="button" class="button" onClick={close}>
              {RESET.cancel}
            </button>
          </div>
        </div>
      ) : (
        <button ref={buttonRef} type="button" class="button" onClick={() => setAsking(true)}>
          {RESET.button}
        </button>
      )}
    </section>
  );
}
