import { PRIVACY } from '@/content/ui/options';
import './PrivacyNote.css';

/** What is stored, where, and what never leaves the device: in four lines. */
export function PrivacyNote() {
  return (
    <section class="privacy-note" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{PRIVACY.heading}</h2>
      <ul>
        {PRIVACY.items.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
