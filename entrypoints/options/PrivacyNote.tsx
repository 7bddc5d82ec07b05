import { SETTING_KEYS } from '@/content/settings';
import type { PageUiStrings } from '@/content/i18n/content';
import './PrivacyNote.css';
import { useOptionsUi } from './useOptionsUi';

/** Every line of the privacy note: what is stored (from the settings table), where, and more. */
export function privacyLines({ PRIVACY, STORED_NAMES }: PageUiStrings['options']): string[] {
  return [PRIVACY.stored(SETTING_KEYS.map((key) => STORED_NAMES[key])), ...PRIVACY.items];
}

/** What is stored, where, and what never leaves the device: in four lines. */
export function PrivacyNote() {
  const options = useOptionsUi();
  const { PRIVACY } = options;
  return (
    <section class="privacy-note" aria-labelledby="privacy-heading">
      <h2 id="privacy-heading">{PRIVACY.heading}</h2>
      <ul>
        {privacyLines(options).map((item) => (
          <li key={item}>{item}</li>
        ))}
      </ul>
    </section>
  );
}
