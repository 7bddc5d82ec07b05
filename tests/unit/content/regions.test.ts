import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import {
  AREA_LABELS,
  STATE_NAMES,
  parseRegion,
  regionLabel,
  stateNameInSentence,
} from '../../../content/regions';
import { AREA_COUNTIES } from '../../../content/areas';
import { MISSOURI_AREAS, OUTSIDE_US, STATE_CODES, type Region } from '../../../content/types';

const VALID_REGIONS: Region[] = [
  ...STATE_CODES.map((state): Region => ({ state })),
  ...MISSOURI_AREAS.map((area): Region => ({ state: 'MO', area })),
  { state: OUTSIDE_US },
];

describe('STATE_NAMES', () => {
  it('names all 50 states and DC, and nothing else', () => {
    expect(STATE_CODES).toHaveLength(51);
    expect(Object.keys(STATE_NAMES).sort()).toEqual([...STATE_CODES].sort());
    for (const code of STATE_CODES) expect(STATE_NAMES[code].length).toBeGreaterThan(3);
    expect(new Set(Object.values(STATE_NAMES)).size).toBe(51);
  });

  it('adds "the" for the District of Columbia inside a sentence', () => {
    expect(stateNameInSentence('DC')).toBe('the District of Columbia');
    expect(stateNameInSentence('KS')).toBe('Kansas');
  });

  it('leaves out the territories', () => {
    for (const code of ['PR', 'GU', 'VI']) expect(code in STATE_NAMES).toBe(false);
  });
});

describe('regionLabel', () => {
  it.each<[Region, string]>([
    [{ state: 'MO', area: 'st-louis' }, 'Missouri — St. Louis area'],
    [{ state: 'MO', area: 'kansas-city' }, 'Missouri — Kansas City area'],
    [{ state: 'MO' }, 'Missouri'],
    [{ state: 'KS' }, 'Kansas'],
    [{ state: 'DC' }, 'District of Columbia'],
    [{ state: OUTSIDE_US }, 'Outside the United States'],
  ])('labels %j as %s', (region, label) => {
    expect(regionLabel(region)).toBe(label);
  });

  it('gives every area a label', () => {
    for (const area of MISSOURI_AREAS) {
      expect(regionLabel({ state: 'MO', area })).toBe(`Missouri — ${AREA_LABELS[area]}`);
    }
  });
});

describe('AREA_COUNTIES', () => {
  const all = MISSOURI_AREAS.flatMap((area) => AREA_COUNTIES[area]);
  /** The area whose list holds the county, whatever its case; null when none does. */
  const areaForCounty = (county: string) =>
    MISSOURI_AREAS.find((area) =>
      AREA_COUNTIES[area].some((c) => c.toLowerCase() === county.trim().toLowerCase()),
    ) ?? null;

  it('covers 114 counties plus St. Louis City, each once', () => {
    expect(all).toHaveLength(115);
    expect(new Set(all).size).toBe(115);
  });

  it('puts St. Louis City and County in the St. Louis area', () => {
    expect(areaForCounty('St. Louis City')).toBe('st-louis');
    expect(areaForCounty('st. louis county')).toBe('st-louis');
  });

  it.each([
    ['Jackson', 'kansas-city'],
    ['Greene', 'springfield-southwest'],
    ['Boone', 'columbia-central'],
    ['Nodaway', 'rest-of-missouri'],
    ['Cape Girardeau', 'rest-of-missouri'],
  ])('maps %s to %s', (county, area) => {
    expect(areaForCounty(county)).toBe(area);
  });

  it('returns null for an unknown county', () => {
    expect(areaForCounty('Atlantis')).toBeNull();
  });
});

describe('parseRegion', () => {
  it('accepts every valid region and returns an equal, clean copy', () => {
    for (const region of VALID_REGIONS) {
      const parsed = parseRegion(JSON.parse(JSON.stringify(region)));
      expect(parsed).toEqual(region);
      expect(parsed).not.toBe(region);
    }
  });

  it('drops unknown keys', () => {
    expect(parseRegion({ state: 'KS', extra: 1 })).toEqual({ state: 'KS' });
  });

  it('accepts an explicit undefined area', () => {
    expect(parseRegion({ state: 'KS', area: undefined })).toEqual({ state: 'KS' });
    expect(parseRegion({ state: 'MO', area: undefined })).toEqual({ state: 'MO' });
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a bare code', 'MO'],
    ['a number', 42],
    ['a boolean', true],
    ['an array', ['MO']],
    ['an empty object', {}],
    ['an unknown code', { state: 'XX' }],
    ['a lower-case code', { state: 'mo' }],
    ['a full state name', { state: 'Missouri' }],
    ['Puerto Rico', { state: 'PR' }],
    ['Guam', { state: 'GU' }],
    ['the Virgin Islands', { state: 'VI' }],
    ['a number as state', { state: 29 }],
    ['a null state', { state: null }],
    ['an array as state', { state: ['MO'] }],
    ['an area on Kansas', { state: 'KS', area: 'st-louis' }],
    ['an area on Illinois', { state: 'IL', area: 'kansas-city' }],
    ['an area outside the US', { state: OUTSIDE_US, area: 'st-louis' }],
    ['an unknown Missouri area', { state: 'MO', area: 'bootheel' }],
    ['a numeric area', { state: 'MO', area: 5 }],
    ['a null area', { state: 'MO', area: null }],
    ['an empty area', { state: 'MO', area: '' }],
    ['a lower-case outside marker', { state: 'outside_us' }],
  ])('rejects %s', (_name, value) => {
    expect(parseRegion(value)).toBeNull();
  });

  it('rejects any string that is not a known code (property)', () => {
    const known = new Set<string>([...STATE_CODES, OUTSIDE_US]);
    fc.assert(
      fc.property(
        fc.string().filter((s) => !known.has(s)),
        (state) => parseRegion({ state }) === null,
      ),
    );
  });

  it('rejects any area on a state other than Missouri (property)', () => {
    const others = [...STATE_CODES.filter((c) => c !== 'MO'), OUTSIDE_US];
    fc.assert(
      fc.property(
        fc.constantFrom(...others),
        fc.oneof(fc.constantFrom(...MISSOURI_AREAS), fc.string({ minLength: 1 })),
        (state, area) => parseRegion({ state, area }) === null,
      ),
    );
  });

  it('rejects any Missouri area that is not a known one (property)', () => {
    const known = new Set<string>(MISSOURI_AREAS);
    fc.assert(
      fc.property(
        fc.string().filter((s) => !known.has(s)),
        (area) => parseRegion({ state: 'MO', area }) === null,
      ),
    );
  });

  it('never throws, whatever it is given (property)', () => {
    fc.assert(
      fc.property(fc.anything(), (value) => {
        const result = parseRegion(value);
        return (
          result === null || VALID_REGIONS.some((r) => JSON.stringify(r) === JSON.stringify(result))
        );
      }),
    );
  });
});
