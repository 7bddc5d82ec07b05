/**
 * The one place that decides which lines and organisations a region sees, and
 * in what order: the national hotline first, then state lines, then local
 * organisations (Missouri only), then specialised national lines. 911 is
 * always returned separately as `emergency`.
 */
import type { Widen } from './i18n/widen';
import { AREA_LABELS, regionLabel } from './regions';
import { missouriAreaResources } from './resources/missouri';
import { emergency, nationalHotline, specialisedNational } from './resources/national';
import {
  ENGLISH_STATE_WORDS,
  makeStateResources,
  stateData,
  type StateWords,
} from './resources/states';
import { OUTSIDE_US, type MissouriArea, type Region, type Resource, type StateCode } from './types';
import { REGION_GROUPS } from './ui/region-lines';

export interface ResourceGroup {
  id: 'hotline' | 'regional' | 'local' | 'specialised';
  title: string;
  resources: Resource[];
  note?: string;
}

export interface RegionResources {
  emergency: Resource;
  groups: ResourceGroup[];
  label: string | null;
  coverageNote?: string;
}

/** The words and lines `resourcesFor` is built from, in one language. */
export interface RegionWords extends StateWords {
  groups: Widen<typeof REGION_GROUPS>;
  areaLabels: Readonly<Record<MissouriArea, string>>;
  regionLabel: (region: Region) => string;
  emergency: Resource;
  nationalHotline: Resource;
  specialisedNational: readonly Resource[];
  missouriAreaResources: Readonly<Record<MissouriArea, readonly Resource[]>>;
}

/** What we could not find for a state, said plainly. */
function stateCoverageNote(w: RegionWords, code: StateCode): string | undefined {
  const G = w.groups;
  const name = w.stateNames[code];
  const inSentence = w.stateNameInSentence(code);
  const data = stateData(code);
  const parts: string[] = [];
  if (!data.childAbuseHotline && data.childAbuseLocal) {
    parts.push(G.noStatewideChildAbuse(name));
  }
  if (!data.stateHotline) {
    parts.push(G.noStateTraffickingLine(inSentence));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

/** Builds `resourcesFor` for one language. */
export function makeResourcesFor(w: RegionWords): (region: Region | null) => RegionResources {
  const G = w.groups;
  const stateResources = makeStateResources(w);

  function resourcesFor(region: Region | null): RegionResources {
    const groups: ResourceGroup[] = [
      { id: 'hotline', title: G.hotline, resources: [w.nationalHotline] },
    ];
    let coverageNote: string | undefined;

    if (region) {
      if (region.state === OUTSIDE_US) {
        groups.push({
          id: 'regional',
          title: G.outsideUs.title,
          resources: [],
          note: G.outsideUs.note,
        });
        coverageNote = G.outsideUs.coverage;
      } else if (region.state === 'MO') {
        groups.push({
          id: 'regional',
          title: G.missouri.title,
          resources: [...w.missouriStatewide],
          note: G.missouri.note,
        });
        if (region.area) {
          groups.push({
            id: 'local',
            title: G.local.title(w.areaLabels[region.area]),
            resources: [...w.missouriAreaResources[region.area]],
            note: G.local.note,
          });
        } else {
          groups.push({
            id: 'local',
            title: G.local.noAreaTitle,
            resources: [],
            note: G.local.noAreaNote,
          });
        }
      } else {
        groups.push({
          id: 'regional',
          title: G.state(w.stateNames[region.state]),
          resources: stateResources(region.state),
        });
        coverageNote = stateCoverageNote(w, region.state);
      }
    }

    groups.push({
      id: 'specialised',
      title: G.specialised,
      resources: [...w.specialisedNational],
    });

    return {
      emergency: w.emergency,
      groups: groups.filter((g) => g.resources.length > 0 || g.note !== undefined),
      label: region ? w.regionLabel(region) : null,
      ...(coverageNote ? { coverageNote } : {}),
    };
  }

  return resourcesFor;
}

export const ENGLISH_REGION_WORDS: RegionWords = {
  ...ENGLISH_STATE_WORDS,
  groups: REGION_GROUPS,
  areaLabels: AREA_LABELS,
  regionLabel,
  emergency,
  nationalHotline,
  specialisedNational,
  missouriAreaResources,
};

/** The lines for a region, in English. */
export const resourcesFor = makeResourcesFor(ENGLISH_REGION_WORDS);
