/**
 * The one place that decides which lines and organisations a region sees, and
 * in what order: the national hotline first, then state lines, then local
 * organisations (Missouri only), then specialised national lines. 911 is
 * always returned separately as `emergency`.
 */
import { AREA_LABELS, STATE_NAMES, regionLabel, stateNameInSentence } from './regions';
import { missouriAreaResources, missouriStatewide } from './resources/missouri';
import { emergency, nationalHotline, specialisedNational } from './resources/national';
import { stateData, stateResources } from './resources/states';
import { OUTSIDE_US, type Region, type Resource, type StateCode } from './types';
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

function stateCoverageNote(code: StateCode): string | undefined {
  const name = STATE_NAMES[code];
  const inSentence = stateNameInSentence(code);
  const data = stateData(code);
  const parts: string[] = [];
  if (!data.childAbuseHotline && data.childAbuseLocal) {
    parts.push(REGION_GROUPS.noStatewideChildAbuse(name));
  }
  if (!data.stateHotline) {
    parts.push(REGION_GROUPS.noStateTraffickingLine(inSentence));
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export function resourcesFor(region: Region | null): RegionResources {
  const groups: ResourceGroup[] = [
    { id: 'hotline', title: REGION_GROUPS.hotline, resources: [nationalHotline] },
  ];
  let coverageNote: string | undefined;

  if (region) {
    if (region.state === OUTSIDE_US) {
      groups.push({
        id: 'regional',
        title: REGION_GROUPS.outsideUs.title,
        resources: [],
        note: REGION_GROUPS.outsideUs.note,
      });
      coverageNote = REGION_GROUPS.outsideUs.coverage;
    } else if (region.state === 'MO') {
      groups.push({
        id: 'regional',
        title: REGION_GROUPS.missouri.title,
        resources: [...missouriStatewide],
        note: REGION_GROUPS.missouri.note,
      });
      if (region.area) {
        groups.push({
          id: 'local',
          title: REGION_GROUPS.local.title(AREA_LABELS[region.area]),
          resources: [...missouriAreaResources[region.area]],
          note: REGION_GROUPS.local.note,
        });
      } else {
        groups.push({
          id: 'local',
          title: REGION_GROUPS.local.noAreaTitle,
          resources: [],
          note: REGION_GROUPS.local.noAreaNote,
        });
      }
    } else {
      groups.push({
        id: 'regional',
        title: REGION_GROUPS.state(STATE_NAMES[region.state]),
        resources: stateResources(region.state),
      });
      coverageNote = stateCoverageNote(region.state);
    }
  }

  groups.push({
    id: 'specialised',
    title: REGION_GROUPS.specialised,
    resources: [...specialisedNational],
  });

  return {
    emergency,
    groups: groups.filter((g) => g.resources.length > 0 || g.note !== undefined),
    label: region ? regionLabel(region) : null,
    ...(coverageNote ? { coverageNote } : {}),
  };
}
