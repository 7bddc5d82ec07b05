import './WelcomeNote.css';
import { useOptionsUi } from './useOptionsUi';

export interface WelcomeNoteProps {
  /** A region was saved during this visit. */
  saved: boolean;
}

/** Shown once, on the tab opened at install: what this is and the one thing to do. */
export function WelcomeNote({ saved }: WelcomeNoteProps) {
  const { WELCOME } = useOptionsUi();
  return (
    <section class="welcome-note" aria-labelledby="welcome-heading">
      <h2 id="welcome-heading">{WELCOME.heading}</h2>
      <p>{WELCOME.what}</p>
      {saved ? (
        <p class="welcome-note__saved">{WELCOME.saved}</p>
      ) : (
        <p class="welcome-note__ask">{WELCOME.ask}</p>
      )}
      <p class="welcome-note__privacy">{WELCOME.privacy}</p>
    </section>
  );
}
