import { SECTION_IDS, type SectionId } from './types';

/**
 * The deep-link contract of the explainer page, in one place.
 * `#<section id>` opens a section; `#search` opens the search view;
 * `#lookup=<token>` means "a right-click lookup is waiting in session storage".
 * Selected text never goes into a URL.
 */
export const EXPLAINER_PAGE = '/explainer.html';

export type ExplainerRoute =
  | { kind: 'top' }
  | { kind: 'section'; id: SectionId }
  | { kind: 'search' }
  | { kind: 'lookup'; token: string };

const TOKEN = /^[a-z0-9]{8,40}$/;

export function isSectionId(value: string): value is SectionId {
  return (SECTION_IDS as readonly string[]).includes(value);
}

/** Reads a location hash defensively: anything unknown means the top of the page. */
export function parseHash(hash: string): ExplainerRoute {
  const raw = hash.startsWith('#') ? hash.slice(1) : hash;
  if (raw.length > 64) return { kind: 'top' };
  if (raw === 'search') return { kind: 'search' };
  if (raw.startsWith('lookup=')) {
    const token = raw.slice('lookup='.length);
    return TOKEN.test(token) ? { kind: 'lookup', token } : { kind: 'top' };
  }
  return isSectionId(raw) ? { kind: 'section', id: raw } : { kind: 'top' };
}

function routeHash(route: ExplainerRoute): string {
  switch (route.kind) {
    case 'top':
      return '';
    case 'section':
      return `#${route.id}`;
    case 'search':
      return '#search';
    case 'lookup':
      return `#lookup=${route.token}`;
  }
}

/** Path of the explainer page for a route. */
export function explainerPath(route: ExplainerRoute): string {
  return `${EXPLAINER_PAGE}${routeHash(route)}`;
}
