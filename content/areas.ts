/**
 * What each Missouri area covers: a description, its counties (by Missouri
 * State Highway Patrol troop) and notes on where the grouping is our choice.
 * Kept apart from regions.ts so pages that only need names stay small.
 */
import type { MissouriArea } from './types';

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
