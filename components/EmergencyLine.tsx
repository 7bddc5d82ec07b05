import { contactHref } from '@/content/contacts';
import { EMERGENCY } from '@/content/ui/common';
import './EmergencyLine.css';

export interface EmergencyLineProps {
  /** The emergency number; 911 unless the data says otherwise. */
  number?: string;
}

/** "In immediate danger? Call 911": the first thing on every page, never waiting on settings. */
export function EmergencyLine({ number = EMERGENCY.number }: EmergencyLineProps) {
  const href = contactHref({ kind: 'call', value: number }) ?? `tel:${EMERGENCY.number}`;
  const action = number === EMERGENCY.number ? EMERGENCY.action : EMERGENCY.callNumber(number);
  return (
    <p class="emergency">
      <span class="emergency__question">{EMERGENCY.question}</span>
      <a class="emergency__call" href={href}>
        {action}
      </a>
    </p>
  );
}
