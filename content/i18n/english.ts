import { AREA_DESCRIPTIONS, AREA_NOTES } from '../areas';
import { faqs } from '../faqs';
import { resourcesFor } from '../region-lines';
import { AREA_LABELS, OUTSIDE_US_LABEL, STATE_NAMES, regionLabel } from '../regions';
import * as common from '../ui/common';
import * as explainPage from '../ui/explain-page';
import * as regionLines from '../ui/region-lines';
import * as titles from '../ui/titles';
import type { Content } from './content';
import { contactName } from '../contacts';

/** The guide in English: the content modules as they are. */
export const ENGLISH: Content = {
  locale: 'en',
  ui: { common, explainPage, regionLines, titles },
  faqs,
  loadKnowledge: () => import('./english-knowledge').then((m) => m.ENGLISH_KNOWLEDGE),
  resourcesFor,
  regions: {
    stateNames: STATE_NAMES,
    outsideUs: OUTSIDE_US_LABEL,
    areaLabels: AREA_LABELS,
    areaDescriptions: AREA_DESCRIPTIONS,
    areaNotes: AREA_NOTES,
    label: regionLabel,
  },
  contactName,
  sourceLabel: (label) => label,
};
