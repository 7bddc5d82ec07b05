import { AREA_DESCRIPTIONS, AREA_NOTES } from '../areas';
import { faqs as englishFaqs } from '../faqs';
import type { Content } from '../i18n/content';
import { applyWords } from '../i18n/overlay';
import { makeResourcesFor } from '../region-lines';
import { missouriAreaResources, missouriStatewide } from '../resources/missouri';
import { emergency, nationalHotline, specialisedNational } from '../resources/national';
import { contactName } from './contacts';
import areaWords from './data/areas.json';
import faqWords from './data/faqs.json';
import resourceWords from './data/resources.json';
import sourceLabels from './data/source-labels.json';
import statePhrases from './data/state-phrases.json';
import {
  AREA_LABELS,
  OUTSIDE_US_LABEL,
  STATE_NAMES,
  regionLabel,
  stateNameInSentence,
} from './regions';
import * as common from './ui/common';
import * as explainPage from './ui/explain-page';
import * as explainer from './ui/explainer';
import * as options from './ui/options';
import * as popup from './ui/popup';
import * as regionLines from './ui/region-lines';
import * as titles from './ui/titles';

/*
 * The guide in Spanish: the English content with the Spanish words of content/es/data/ laid over
 * it (content/i18n/overlay.ts), so numbers, addresses and sources are the English ones by
 * construction. Loaded as a chunk of its own, only by pages shown in Spanish.
 */

const lines = applyWords(
  { emergency, nationalHotline, specialisedNational, missouriStatewide, missouriAreaResources },
  resourceWords,
);
const areas = applyWords({ AREA_DESCRIPTIONS, AREA_NOTES }, areaWords);
const phrases: Record<string, string> = statePhrases;
const labels: Record<string, string> = sourceLabels;

const faqs = applyWords(englishFaqs, faqWords);
const loadKnowledge = () => import('./knowledge').then((m) => m.SPANISH_KNOWLEDGE);

export const SPANISH: Content = {
  locale: 'es',
  ui: { common, explainPage, regionLines, titles },
  pageUi: { explainer, options, popup },
  faqs,
  loadFaqSearch: async () => {
    const [{ spanishFaqSearch }, knowledge] = await Promise.all([
      import('./faq-search'),
      loadKnowledge(),
    ]);
    return spanishFaqSearch(faqs, knowledge.glossary);
  },
  loadKnowledge,
  resourcesFor: makeResourcesFor({
    lines: regionLines.STATE_LINES,
    groups: regionLines.REGION_GROUPS,
    stateNames: STATE_NAMES,
    stateNameInSentence,
    areaLabels: AREA_LABELS,
    regionLabel,
    phrase: (english) => phrases[english] ?? english,
    ...lines,
  }),
  regions: {
    stateNames: STATE_NAMES,
    outsideUs: OUTSIDE_US_LABEL,
    areaLabels: AREA_LABELS,
    areaDescriptions: areas.AREA_DESCRIPTIONS,
    areaNotes: areas.AREA_NOTES,
    label: regionLabel,
  },
  contactName,
  sourceLabel: (label) => labels[label] ?? label,
};
