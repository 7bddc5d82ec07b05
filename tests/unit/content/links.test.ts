import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { explainerPath, parseHash } from '@/content/links';
import { SECTION_IDS } from '@/content/types';
import { HOSTILE_HASHES } from '../../fixtures/hostile-hashes';

describe('parseHash: the deep-link contract', () => {
  it('opens each section, the search view and a well-formed lookup token', () => {
    for (const id of SECTION_IDS) expect(parseHash(`#${id}`)).toEqual({ kind: 'section', id });
    expect(parseHash('#search')).toEqual({ kind: 'search' });
    expect(parseHash('#lookup=abcdef0123456789')).toEqual({
      kind: 'lookup',
      token: 'abcdef0123456789',
    });
    expect(parseHash('')).toEqual({ kind: 'top' });
  });

  it.each(HOSTILE_HASHES)(
    '$name: the top of the page (or a token that finds nothing)',
    ({ hash }) => {
      // As typed, and as the browser hands it over (percent-encoded).
      for (const form of [hash, `#${encodeURI(hash.slice(1))}`]) {
        const route = parseHash(form);
        // A well-formed token is looked up; none is stored, so the page shows its top (E2E).
        if (route.kind === 'lookup') expect(route.token).toMatch(/^[a-z0-9]{8,40}$/);
        else expect(route).toEqual({ kind: 'top' });
      }
    },
  );

  it('any string: never throws, and a section only for its exact id', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (text) => {
        const route = parseHash(`#${text}`);
        if (route.kind === 'section') expect(route.id).toBe(text);
        if (route.kind === 'search') expect(text).toBe('search');
      }),
    );
  });

  it('round-trips through explainerPath', () => {
    for (const id of SECTION_IDS) {
      const path = explainerPath({ kind: 'section', id });
      expect(parseHash(path.slice(path.indexOf('#')))).toEqual({ kind: 'section', id });
    }
    expect(explainerPath({ kind: 'top' })).toBe('/explainer.html');
  });
});
