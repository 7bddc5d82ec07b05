/**
 * Regions the user can pick: a U.S. state (50 states + DC), an area of
 * Missouri, or "outside the United States". Names, labels, the counties each
 * Missouri area covers, and the one validator for stored or incoming values.
 */
import * as v from 'valibot';
import { cite } from './sources';
import {
  MISSOURI_AREAS,
  OUTSIDE_US,
  STATE_CODES,
  type Citation,
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

/** One line on what each area covers, for pickers. */
export const AREA_DESCRIPTIONS: Record<MissouriArea, string> = {
  'st-louis': 'St. Louis City, St. Louis County and nearby counties in eastern Missouri',
  'kansas-city': 'Kansas City and western Missouri',
  'springfield-southwest': 'Springfield, Joplin, Branson and southwest Missouri',
  'columbia-central': 'Columbia, Jefferson City, Sedalia and the Lake of the Ozarks',
  'rest-of-missouri': 'Northeast, northwest, south-central and southeast Missouri',
};

/*
 * Counties by Missouri State Highway Patrol troop, as the Office of
 * Administration's hazardous-travel notices list them. Grouping the troops
 * into areas is this project's choice, not a source's.
 */
const TROOP_A = [
  'Bates',
  'Benton',
  'Carroll',
  'Cass',
  'Clay',
  'Henry',
  'Jackson',
  'Johnson',
  'Lafayette',
  'Pettis',
  'Platte',
  'Ray',
  'Saline',
] as const;
const TROOP_B = [
  'Adair',
  'Chariton',
  'Clark',
  'Knox',
  'Lewis',
  'Linn',
  'Macon',
  'Marion',
  'Monroe',
  'Putnam',
  'Ralls',
  'Randolph',
  'Schuyler',
  'Scotland',
  'Shelby',
  'Sullivan',
] as const;
const TROOP_C = [
  'Franklin',
  'Jefferson',
  'Lincoln',
  'Perry',
  'Pike',
  'St. Charles',
  'St. Francois',
  'St. Louis County',
  'Ste. Genevieve',
  'Warren',
  'Washington',
] as const;
const TROOP_D = [
  'Barry',
  'Barton',
  'Cedar',
  'Christian',
  'Dade',
  'Dallas',
  'Greene',
  'Hickory',
  'Jasper',
  'Lawrence',
  'McDonald',
  'Newton',
  'Polk',
  'St. Clair',
  'Stone',
  'Taney',
  'Vernon',
  'Webster',
] as const;
const TROOP_F = [
  'Audrain',
  'Boone',
  'Callaway',
  'Camden',
  'Cole',
  'Cooper',
  'Gasconade',
  'Howard',
  'Miller',
  'Moniteau',
  'Montgomery',
  'Morgan',
  'Osage',
] as const;
const TROOP_H = [
  'Andrew',
  'Atchison',
  'Buchanan',
  'Caldwell',
  'Clinton',
  'Daviess',
  'DeKalb',
  'Gentry',
  'Grundy',
  'Harrison',
  'Holt',
  'Livingston',
  'Mercer',
  'Nodaway',
  'Worth',
] as const;
const TROOP_I = ['Crawford', 'Dent', 'Laclede', 'Maries', 'Phelps', 'Pulaski'] as const;
/** Counties on no troop list we found (Troops E and G; the split between them is not known). */
const TROOPS_E_G = [
  'Bollinger',
  'Butler',
  'Cape Girardeau',
  'Carter',
  'Douglas',
  'Dunklin',
  'Howell',
  'Iron',
  'Madison',
  'Mississippi',
  'New Madrid',
  'Oregon',
  'Ozark',
  'Pemiscot',
  'Reynolds',
  'Ripley',
  'Scott',
  'Shannon',
  'Stoddard',
  'Texas',
  'Wayne',
  'Wright',
] as const;

/** The counties (and St. Louis City) each area covers. 114 counties + St. Louis City in all. */
export const AREA_COUNTIES: Record<MissouriArea, readonly string[]> = {
  'st-louis': [...TROOP_C, 'St. Louis City'],
  'kansas-city': TROOP_A.filter((county) => county !== 'Pettis'),
  'springfield-southwest': TROOP_D,
  'columbia-central': [...TROOP_F, 'Pettis'],
  'rest-of-missouri': [...TROOP_B, ...TROOP_H, ...TROOP_I, ...TROOPS_E_G],
};

/** Where an area's county list involves our own judgement rather than a source. */
export const AREA_NOTES: Partial<Record<MissouriArea, string>> = {
  'st-louis':
    'St. Louis City is not on any Highway Patrol troop list we found. We put it in the St. Louis area.',
  'kansas-city':
    'Pettis County (Sedalia) is on the Highway Patrol’s Troop A list, with the Kansas City area. We put it in the Columbia and central area instead, as our source on local organizations does.',
  'columbia-central':
    'Pettis County (Sedalia) is on the Highway Patrol’s Troop A list, with the Kansas City area. We put it here, as our source on local organizations does.',
  'rest-of-missouri':
    'Some southeast and south-central counties were on no troop list we found. We put them here.',
};

/** Sources for the county lists. */
export const AREA_SOURCES: Citation[] = [
  cite(
    'Missouri Office of Administration: hazardous travel notices (Troops A, B, C, D, F, H, I)',
    'https://oa.mo.gov/node?page=47',
    'primary',
  ),
  cite(
    'Missouri Office of Administration: hazardous travel notice, Troops B and C',
    'https://oa.mo.gov/content/hazardous-travel-policy-implemented-troops-b-c-only',
    'primary',
  ),
  cite(
    'Missouri Office of Administration: hazardous travel notice, Troops D, F and I',
    'https://oa.mo.gov/content/hazardous-travel-policy-implemented-troops-d-f-i-only',
    'primary',
  ),
  cite(
    'Missouri Office of Administration: hazardous travel notices (Troops A and H, 2022)',
    'https://oa2.mo.gov/node?page=3',
    'primary',
  ),
];

/** The area a Missouri county (or "St. Louis City") belongs to, or null if the name is unknown. */
export function areaForCounty(county: string): MissouriArea | null {
  const wanted = county.trim().toLowerCase();
  for (const area of MISSOURI_AREAS) {
    if (AREA_COUNTIES[area].some((c) => c.toLowerCase() === wanted)) return area;
  }
  return null;
}

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
