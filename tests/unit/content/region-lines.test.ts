import { describe, it, expect } from 'vitest';
import { resourcesFor, type RegionResources } from '../../../content/region-lines';
import { STATE_NAMES, stateNameInSentence } from '../../../content/regions';
import {
  emergency,
  nationalHotline,
  specialisedNational,
} from '../../../content/resources/national';
import { missouriAreaResources, missouriStatewide } from '../../../content/resources/missouri';
import { STATES_DATA, stateResources } from '../../../content/resources/states';
import {
  MISSOURI_AREAS,
  OUTSIDE_US,
  STATE_CODES,
  type Contact,
  type Region,
  type Resource,
} from '../../../content/types';

const MO_CHILD_LINE = '1-800-392-3738';

const ALL_REGIONS: (Region | null)[] = [
  null,
  ...STATE_CODES.map((state): Region => ({ state })),
  ...MISSOURI_AREAS.map((area): Region => ({ state: 'MO', area })),
  { state: OUTSIDE_US },
];

function allResources(r: RegionResources): Resource[] {
  return [r.emergency, ...r.groups.flatMap((g) => g.resources)];
}

function allContacts(r: RegionResources): Contact[] {
  return allResources(r).flatMap((res) => res.contacts);
}

function values(r: RegionResources): string[] {
  return allContacts(r).map((c) => c.value);
}

function group(r: RegionResources, id: string) {
  return r.groups.find((g) => g.id === id);
}

/** Every resource any region can see, once. */
const EVERY_RESOURCE: Resource[] = [
  ...new Map(
    ALL_REGIONS.flatMap((region) => allResources(resourcesFor(region))).map((res) => [res.id, res]),
  ).values(),
];

/** A phone number: digits with optional +, spaces, hyphens, dots, parentheses; 10 or 11 digits/letters. */
function isPhoneLike(value: string): boolean {
  if (value === '711' || value === '911') return true;
  if (!/^[+(0-9][0-9A-Z() .+-]*[0-9A-Z]$/.test(value)) return false;
  const symbols = value.replace(/[^0-9A-Z]/g, '');
  return symbols.length === 10 || symbols.length === 11;
}

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.');
  } catch {
    return false;
  }
}

const KEYPAD: Record<string, string> = Object.fromEntries(
  Object.entries({
    '2': 'ABC',
    '3': 'DEF',
    '4': 'GHI',
    '5': 'JKL',
    '6': 'MNO',
    '7': 'PQRS',
    '8': 'TUV',
    '9': 'WXYZ',
  }).flatMap(([digit, letters]) => [...letters].map((l) => [l, digit])),
);

function dialDigits(s: string): string {
  const digits = [...s.toUpperCase()]
    .map((ch) => (/[0-9]/.test(ch) ? ch : (KEYPAD[ch] ?? '')))
    .join('');
  return digits.length > 10 && digits.startsWith('1') ? digits.slice(1) : digits;
}

describe('resourcesFor: Missouri', () => {
  const mo = resourcesFor({ state: 'MO' });

  it('shows the Children’s Division line', () => {
    expect(values(mo)).toContain(MO_CHILD_LINE);
    expect(group(mo, 'regional')?.resources.map((r) => r.id)).toEqual([
      'mo-children-division-hotline',
      'mo-safe-at-home',
    ]);
  });

  it('shows Safe at Home', () => {
    expect(values(mo)).toContain('(866) 509-1409');
  });

  it('asks for an area when none is chosen', () => {
    const local = group(mo, 'local');
    expect(local?.resources).toEqual([]);
    expect(local?.note).toMatch(/area/i);
    expect(mo.label).toBe('Missouri');
  });

  it('lists The Covering House for the St. Louis area', () => {
    const stl = resourcesFor({ state: 'MO', area: 'st-louis' });
    expect(group(stl, 'local')?.resources.map((r) => r.name)).toContain('The Covering House');
    expect(values(stl)).toContain(MO_CHILD_LINE);
    expect(stl.label).toBe('Missouri — St. Louis area');
  });

  it.each(MISSOURI_AREAS)('shows the %s organizations and the statewide lines', (area) => {
    const r = resourcesFor({ state: 'MO', area });
    expect(group(r, 'local')?.resources).toEqual(missouriAreaResources[area]);
    expect(group(r, 'regional')?.resources).toEqual(missouriStatewide);
    expect(missouriAreaResources[area].length).toBeGreaterThan(0);
  });

  it('flags the Healing Action phone as possibly out of date', () => {
    const healing = missouriAreaResources['st-louis'].find((r) => r.name === 'Healing Action');
    expect(healing?.qualifier).toBeTruthy();
  });

  it('never presents a local organization as a hotline', () => {
    for (const area of MISSOURI_AREAS) {
      for (const res of missouriAreaResources[area]) {
        expect(res.purpose === 'local-organization' || res.purpose === 'information').toBe(true);
        expect(res.name).not.toMatch(/hotline/i);
      }
    }
  });

  it('says so when an organization has no verified contact details', () => {
    for (const area of MISSOURI_AREAS) {
      for (const res of missouriAreaResources[area]) {
        if (res.contacts.length === 0) expect(res.summary).toContain('No verified contact details');
      }
    }
  });
});

describe('resourcesFor: other states', () => {
  it('shows Kansas’s line and not Missouri’s', () => {
    const ks = resourcesFor({ state: 'KS' });
    expect(values(ks)).toContain('1-800-922-5330');
    expect(values(ks)).not.toContain(MO_CHILD_LINE);
    expect(ks.label).toBe('Kansas');
    expect(group(ks, 'local')).toBeUndefined();
  });

  it('never shows Missouri lines or organizations outside Missouri', () => {
    const moIds = new Set(
      [...missouriStatewide, ...MISSOURI_AREAS.flatMap((a) => missouriAreaResources[a])].map(
        (r) => r.id,
      ),
    );
    for (const state of STATE_CODES.filter((c) => c !== 'MO')) {
      const r = resourcesFor({ state });
      expect(values(r)).not.toContain(MO_CHILD_LINE);
      for (const res of allResources(r)) expect(moIds.has(res.id)).toBe(false);
    }
  });

  it.each(STATE_CODES)('resolves %s with its own lines', (state) => {
    const r = resourcesFor({ state });
    expect(r.label).toBe(STATE_NAMES[state]);
    const regional = group(r, 'regional');
    expect(regional?.resources.length).toBeGreaterThan(0);
    expect(regional?.resources[0]?.purpose).toBe('child-abuse-report');
  });

  it('gives a county-reporting note and link where there is no statewide child abuse number', () => {
    const localOnly = STATE_CODES.filter((c) => {
      const s = STATES_DATA.states[c];
      return !s.childAbuseHotline && s.childAbuseLocal;
    });
    expect(localOnly.length).toBeGreaterThan(0);
    for (const state of localOnly) {
      const r = resourcesFor({ state });
      expect(r.coverageNote).toMatch(/county/);
      const first = group(r, 'regional')?.resources[0];
      expect(first?.contacts.some((c) => c.kind === 'web')).toBe(true);
    }
  });

  it('says plainly when a state has no state trafficking line', () => {
    for (const state of STATE_CODES.filter((c) => c !== 'MO')) {
      const r = resourcesFor({ state });
      const hasLine = r.groups.some((g) =>
        g.resources.some((res) => res.purpose === 'state-trafficking-line'),
      );
      if (!hasLine) {
        expect(r.coverageNote).toContain(
          `no state-run trafficking line for ${stateNameInSentence(state)}.`,
        );
      }
    }
  });

  it('marks every state line that is not from an official page', () => {
    for (const state of STATE_CODES.filter((c) => c !== 'MO')) {
      const s = STATES_DATA.states[state];
      const [first] = stateResources(state);
      if (s.childAbuseHotline && s.childAbuseHotline.source.verification !== 'official') {
        expect(first?.qualifier).toBeTruthy();
      }
      for (const res of stateResources(state)) {
        if (res.purpose === 'state-trafficking-line') expect(res.qualifier).toBeTruthy();
      }
    }
  });

  it('takes Missouri’s lines from missouri.ts', () => {
    expect(stateResources('MO')).toEqual(missouriStatewide);
  });
});

describe('resourcesFor: outside the US and no region', () => {
  it('shows only national lines outside the United States, with a note', () => {
    const r = resourcesFor({ state: OUTSIDE_US });
    expect(r.label).toBe('Outside the United States');
    expect(group(r, 'regional')?.resources ?? []).toEqual([]);
    expect(group(r, 'regional')?.note).toMatch(/U\.S\. lines/);
    expect(r.coverageNote).toBeTruthy();
    expect(values(r)).toContain('802-872-6199');
  });

  it('shows only national lines when no region is chosen', () => {
    const r = resourcesFor(null);
    expect(r.label).toBeNull();
    expect(r.groups.map((g) => g.id)).toEqual(['hotline', 'specialised']);
    expect(r.groups[1]?.resources).toEqual(specialisedNational);
  });
});

describe('resourcesFor: every region', () => {
  it.each(ALL_REGIONS.map((r) => [JSON.stringify(r), r] as const))(
    'puts 911 and the national hotline first for %s',
    (_name, region) => {
      const r = resourcesFor(region);
      expect(r.emergency).toBe(emergency);
      expect(r.emergency.contacts).toEqual([{ kind: 'call', value: '911' }]);
      expect(r.groups[0]?.id).toBe('hotline');
      expect(r.groups[0]?.resources).toEqual([nationalHotline]);
      expect(r.groups.at(-1)?.id).toBe('specialised');
    },
  );

  it('keeps groups in order and omits empty ones', () => {
    const order = ['hotline', 'regional', 'local', 'specialised'];
    for (const region of ALL_REGIONS) {
      const ids = resourcesFor(region).groups.map((g) => g.id);
      expect(ids).toEqual([...ids].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
      expect(new Set(ids).size).toBe(ids.length);
      for (const g of resourcesFor(region).groups) {
        expect(g.resources.length > 0 || Boolean(g.note)).toBe(true);
      }
    }
  });

  it('lists the specialised national lines in the agreed order', () => {
    expect(specialisedNational.map((r) => r.id)).toEqual([
      'ncmec-cybertipline',
      'fbi-tips',
      'hsi-tip-line',
      'national-domestic-violence-hotline',
      'rainn-national-sexual-assault-hotline',
      'childhelp-national-child-abuse-hotline',
    ]);
  });

  it('gives each resource a unique id, a name, a summary and at least one citation', () => {
    const ids = EVERY_RESOURCE.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const res of EVERY_RESOURCE) {
      expect(res.name.trim()).not.toBe('');
      expect(res.summary.trim()).not.toBe('');
      expect(res.cite.length).toBeGreaterThan(0);
    }
  });
});

describe('contact and citation values', () => {
  const contacts = EVERY_RESOURCE.flatMap((r) => r.contacts.map((c) => [r.id, c] as const));

  it('has something to check', () => {
    expect(contacts.length).toBeGreaterThan(100);
  });

  it.each(contacts.map(([id, c]) => [id, c.kind, c.value, c] as const))(
    '%s: %s %s is well formed',
    (_id, kind, value, contact) => {
      switch (kind) {
        case 'call':
        case 'tty':
          expect(isPhoneLike(value)).toBe(true);
          break;
        case 'text':
          expect(value).toMatch(/^[0-9]+$/);
          break;
        case 'chat':
        case 'web':
          expect(isHttpsUrl(value)).toBe(true);
          break;
        default:
          throw new Error(`unknown contact kind ${String(kind)}`);
      }
      expect(value).toBe(value.trim());
      if (contact.keyword !== undefined) expect(kind).toBe('text');
    },
  );

  it('spells every vanity number with the same digits as its number', () => {
    for (const [id, c] of contacts) {
      if (!c.vanity) continue;
      expect(dialDigits(c.vanity).startsWith(dialDigits(c.value)), `${id}: ${c.vanity}`).toBe(true);
    }
  });

  it('cites only https sources with a checked date', () => {
    for (const res of EVERY_RESOURCE) {
      for (const c of res.cite) {
        expect(isHttpsUrl(c.url), `${res.id}: ${c.url}`).toBe(true);
        expect(c.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(c.label.trim()).not.toBe('');
      }
    }
  });

  it('keeps text plain: no HTML or markdown in names, summaries or notes', () => {
    for (const res of EVERY_RESOURCE) {
      const texts = [
        res.name,
        res.summary,
        res.hours ?? '',
        res.languages ?? '',
        res.qualifier ?? '',
        ...res.contacts.map((c) => c.note ?? ''),
      ];
      for (const t of texts) {
        expect(t, res.id).not.toMatch(/<[a-z/]|\*\*|\]\(|http:\/\//i);
      }
    }
  });
});

describe('states data', () => {
  it('holds exactly the 50 states and DC', () => {
    expect(Object.keys(STATES_DATA.states).sort()).toEqual([...STATE_CODES].sort());
  });

  it('gives every state other than Missouri a child abuse line or a local reporting link', () => {
    for (const state of STATE_CODES.filter((c) => c !== 'MO')) {
      const s = STATES_DATA.states[state];
      expect(Boolean(s.childAbuseHotline) || Boolean(s.childAbuseLocal), state).toBe(true);
    }
  });

  it('keeps Missouri’s child abuse line out of the data file', () => {
    expect(STATES_DATA.states.MO.childAbuseHotline).toBeNull();
  });

  it('uses https for every address in the data', () => {
    const urls = JSON.stringify(STATES_DATA).match(/https?:\/\/[^"\s]+/g) ?? [];
    expect(urls.length).toBeGreaterThan(0);
    for (const u of urls) expect(u.startsWith('https://'), u).toBe(true);
  });

  it('never copies the fact sheet notes', () => {
    for (const state of STATE_CODES) {
      expect('notes' in STATES_DATA.states[state]).toBe(false);
    }
  });
});
