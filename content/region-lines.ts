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

const LOCAL_NOTE =
  'These organizations work against trafficking or support survivors. They are not hotlines. Most details come from news stories, so check that they are current.';

function stateCoverageNote(code: StateCode): string | undefined {
  const name = STATE_NAMES[code];
  const inSentence = stateNameInSentence(code);
  const data = stateData(code);
  const parts: string[] = [];
  if (!data.childAbuseHotline && data.childAbuseLocal) {
    parts.push(
      `${name}: we found no single statewide child abuse number. Reports go to county or local offices. Follow the link below to find where to report in your county.`,
    );
  }
  if (!data.stateHotline) {
    parts.push(
      `We have no state-run trafficking line for ${inSentence}. For trafficking, use the National Human Trafficking Hotline.`,
    );
  }
  return parts.length > 0 ? parts.join(' ') : undefined;
}

export function resourcesFor(region: Region | null): RegionResources {
  const groups: ResourceGroup[] = [
    { id: 'hotline', title: 'Human trafficking hotline', resources: [nationalHotline] },
  ];
  let coverageNote: string | undefined;

  if (region) {
    if (region.state === OUTSIDE_US) {
      groups.push({
        id: 'regional',
        title: 'Where you are',
        resources: [],
        note: 'These are U.S. lines. The HSI Tip Line, listed below, has a number for calls from outside the U.S., Canada and Mexico.',
      });
      coverageNote = 'We have no lines for places outside the United States.';
    } else if (region.state === 'MO') {
      groups.push({
        id: 'regional',
        title: 'Missouri lines',
        resources: [...missouriStatewide],
        note: 'Missouri does not run its own trafficking hotline. For trafficking, use the National Human Trafficking Hotline.',
      });
      if (region.area) {
        groups.push({
          id: 'local',
          title: `Local organizations: ${AREA_LABELS[region.area]}`,
          resources: [...missouriAreaResources[region.area]],
          note: LOCAL_NOTE,
        });
      } else {
        groups.push({
          id: 'local',
          title: 'Local organizations',
          resources: [],
          note: 'Choose your area of Missouri to see local organizations.',
        });
      }
    } else {
      groups.push({
        id: 'regional',
        title: `${STATE_NAMES[region.state]} lines`,
        resources: stateResources(region.state),
      });
      coverageNote = stateCoverageNote(region.state);
    }
  }

  groups.push({
    id: 'specialised',
    title: 'Other national lines',
    resources: [...specialisedNational],
  });

  return {
    emergency,
    groups: groups.filter((g) => g.resources.length > 0 || g.note !== undefined),
    label: region ? regionLabel(region) : null,
    ...(coverageNote ? { coverageNote } : {}),
  };
}
