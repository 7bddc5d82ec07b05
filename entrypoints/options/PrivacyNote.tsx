import { SETTING_KEYS } from '@/content/settings';
import { PRIVACY, STORED_NAMES } from '@/content/ui/options';
import './PrivacyNote.css';

/** Every line of the privacy note: what is stored (from the settings table), where, and more. */
export const PRIVACY_LINES = [
  PRIVACY.stored(SETTING_KEYS.map((key) => STORED_NAMES[key])),
  ...PRIVACY.items,
];

/** What is stored, where, and what never leaves the device: in four lines. */
export function PrivacyNote() {
  return (
    <section class="privacy-note" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{PRIVACY.heading}</h2>
      <ul>
        {PRIVACY_LINES.map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
