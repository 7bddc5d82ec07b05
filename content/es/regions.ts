import { OUTSIDE_US, type MissouriArea, type Region, type StateCode } from '../types';
import data from './data/regions.json';

/** Names of states and Missouri's areas in Spanish (content/es/data/regions.json). */
export const STATE_NAMES = data.STATE_NAMES as Readonly<Record<StateCode, string>>;
export const AREA_LABELS = data.AREA_LABELS as Readonly<Record<MissouriArea, string>>;
export const OUTSIDE_US_LABEL: string = data.OUTSIDE_US_LABEL;

/** A state's name inside a sentence: "el Distrito de Columbia", "Kansas". */
export function stateNameInSentence(code: StateCode): string {
  return code === 'DC' ? `el ${STATE_NAMES[code]}` : STATE_NAMES[code];
}

/** e.g. "Missouri — Zona de St. Louis", "Kansas", "Fuera de Estados Unidos". */
export function regionLabel(region: Region): string {
  if (region.state === OUTSIDE_US) return OUTSIDE_US_LABEL;
  const name = STATE_NAMES[region.state];
  if (region.state === 'MO' && region.area) return `${name} — ${AREA_LABELS[region.area]}`;
  return name;
}
