/**
 * Regions the user can pick: a U.S. state (50 states + DC), an area of
 * Missouri, or "outside the United States". Names, labels and the one
 * validator for stored or incoming values. The counties of each Missouri area
 * are in areas.ts, which only the options page needs.
 */
import * as v from 'valibot';
import {
  MISSOURI_AREAS,
  OUTSIDE_US,
  STATE_CODES,
  type MissouriArea,
  type Region,
  type StateCode,
} from './types';

export const STATE_NAMES: Record<StateCode, string> = {
  AL: 'Alabama',
  AK: 'Alaska',
  AZ: 'Arizona',
  AR: 'Arkansas',
  CA: 'California',
  CO: 'Colorado',
  CT: 'Connecticut',
  DE: 'Delaware',
  DC: 'District of Columbia',
  FL: 'Florida',
  GA: 'Georgia',
  HI: 'Hawaii',
  ID: 'Idaho',
  IL: 'Illinois',
  IN: 'Indiana',
  IA: 'Iowa',
  KS: 'Kansas',
  KY: 'Kentucky',
  LA: 'Louisiana',
  ME: 'Maine',
  MD: 'Maryland',
  MA: 'Massachusetts',
  MI: 'Michigan',
  MN: 'Minnesota',
  MS: 'Mississippi',
  MO: 'Missouri',
  MT: 'Montana',
  NE: 'Nebraska',
  NV: 'Nevada',
  NH: 'New Hampshire',
  NJ: 'New Jersey',
  NM: 'New Mexico',
  NY: 'New York',
  NC: 'North Carolina',
  ND: 'North Dakota',
  OH: 'Ohio',
  OK: 'Oklahoma',
  OR: 'Oregon',
  PA: 'Pennsylvania',
  RI: 'Rhode Island',
  SC: 'South Carolina',
  SD: 'South Dakota',
  TN: 'Tennessee',
  TX: 'Texas',
  UT: 'Utah',
  VT: 'Vermont',
  VA: 'Virginia',
  WA: 'Washington',
  WV: 'West Virginia',
  WI: 'Wisconsin',
  WY: 'Wyoming',
};

/** A state's name as it reads inside a sentence: "Kansas", "the District of Columbia". */
export function stateNameInSentence(code: StateCode): string {
  return code === 'DC' ? `the ${STATE_NAMES[code]}` : STATE_NAMES[code];
}

export const OUTSIDE_US_LABEL = 'Outside the United States';

/** How each Missouri area is named in pickers and after "Missouri — ". */
export const AREA_LABELS: Record<MissouriArea, string> = {
  'st-louis': 'St. Louis area',
  'kansas-city': 'Kansas City area',
  'springfield-southwest': 'Springfield and southwest',
  'columbia-central': 'Columbia and central',
  'rest-of-missouri': 'Rest of the state',
};

/** e.g. "Missouri — St. Louis area", "Kansas", "Outside the United States". */
export function regionLabel(region: Region): string {
  if (region.state === OUTSIDE_US) return OUTSIDE_US_LABEL;
  const name = STATE_NAMES[region.state];
  if (region.state === 'MO' && region.area) return `${name} — ${AREA_LABELS[region.area]}`;
  return name;
}

const OTHER_CODES = STATE_CODES.filter((code): code is Exclude<StateCode, 'MO'> => code !== 'MO');

const RegionSchema = v.variant('state', [
  v.object({
    state: v.literal('MO'),
    area: v.optional(v.picklist(MISSOURI_AREAS)),
  }),
  v.object({
    state: v.picklist([...OTHER_CODES, OUTSIDE_US]),
    /** An area only makes sense for Missouri. */
    area: v.optional(v.undefined()),
  }),
]);

/**
 * Check a value (from storage, a URL or a message) and return a clean Region,
 * or null if it is not a valid one. Unknown keys are dropped.
 */
export function parseRegion(value: unknown): Region | null {
  const result = v.safeParse(RegionSchema, value);
  if (!result.success) return null;
  const { state, area } = result.output;
  return area ? { state, area } : { state };
}
