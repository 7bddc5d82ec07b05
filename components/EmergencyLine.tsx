import { contactHref } from '@/content/contacts';
import { useUi } from '@/components/useContent';
import './EmergencyLine.css';

/** "In immediate danger? Call 911": the first thing on every page, never waiting on settings. */
export function EmergencyLine() {
  const { EMERGENCY } = useUi().common;
  const href = contactHref({ kind: 'call', value: EMERGENCY.number }) ?? `tel:${EMERGENCY.number}`;
  return (
    <p class="emergency">
      <span class="emergency__question">{EMERGENCY.question}</span>
      <a class="emergency__call" href={href}>
        {EMERGENCY.action}
      </a>
    </p>
  );
}
