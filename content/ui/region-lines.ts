/*
 * Words the region lines are built with (content/region-lines.ts and the state lines made from
 * content/data/states.json in content/resources/states.ts). The facts (numbers, names,
 * addresses, sources) stay in the data; only the sentences around them live here.
 */

/** Group titles and notes of `resourcesFor(region)`. */
export const REGION_GROUPS = {
  hotline: 'Human trafficking hotline',
  specialised: 'Other national lines',
  outsideUs: {
    title: 'Where you are',
    note: 'These are U.S. lines. The HSI Tip Line, listed below, has a number for calls from outside the U.S., Canada and Mexico.',
    coverage: 'We have no lines for places outside the United States.',
  },
  missouri: {
    title: 'Missouri lines',
    note: 'Missouri does not run its own trafficking hotline. For trafficking, use the National Human Trafficking Hotline.',
  },
  local: {
    title: (area: string) => `Local organizations: ${area}`,
    note: 'These organizations work against trafficking or support survivors. They are not hotlines. Most details come from news stories, so check that they are current.',
    noAreaTitle: 'Local organizations',
    noAreaNote: 'Choose your area of Missouri to see local organizations.',
  },
  state: (name: string) => `${name} lines`,
  /** What we could not find for a state, said plainly. */
  noStatewideChildAbuse: (name: string) =>
    `${name}: we found no single statewide child abuse number. Reports go to county or local offices. Follow the link below to find where to report in your county.`,
  noStateTraffickingLine: (inSentence: string) =>
    `We have no state-run trafficking line for ${inSentence}. For trafficking, use the National Human Trafficking Hotline.`,
} as const;

/** The start of every note saying a detail came from a third-party site. */
const LISTED_ON = 'Listed on';

/** Sentences of a state's lines, around the facts from states.json. */
export const STATE_LINES = {
  listedOn: LISTED_ON,
  /** Cautions, shown with "Check:" on the line's card. */
  qualifier: {
    secondary: 'Listed by a secondary source: check with the state agency',
    someThirdParty: 'Some details come from third-party sites: check with the state agency',
    thirdPartyLink: 'Link found on a third-party site: check with the state agency',
    thirdParty: 'Listed by a third-party site: check with the state agency',
    numbersDiffer: 'Sources printed different numbers for this line: check with the state',
    otherSource: 'Address found through another source: check it is current',
  },
  thirdPartySite: (site: string | undefined) =>
    site ? `${LISTED_ON} ${site}` : `${LISTED_ON} a third-party site`,
  outOfState: (inSentence: string) => `If you are outside ${inSentence}`,
  reportOnline: 'Report online',
  findLocal: 'Find where to report in your area',
  perThirdParty: (hours: string) => `${hours} (per third-party sites)`,
  childAbuse: {
    name: (name: string) => `${name} child abuse hotline`,
    summary: (inSentence: string) =>
      `Call if you think a child in ${inSentence} is being abused or neglected.`,
    details: (name: string) => `${name} child abuse hotline details`,
    online: (name: string) => `${name} online reporting`,
  },
  childAbuseLocal: {
    name: (name: string) => `${name}: report child abuse locally`,
    summary: (name: string, where: string) =>
      `We found no single statewide child abuse number for ${name}. Reports go to ${where}.`,
    source: (name: string) => `${name} child abuse reporting`,
    page: (name: string) => `${name} child abuse reporting (page linked)`,
  },
  stateLine: {
    summary: (inSentence: string, runBy?: string, forWhom?: string, email?: string) =>
      `A line for reporting human trafficking in ${inSentence}.` +
      (runBy ? ` Run by ${runBy}.` : '') +
      (forWhom ? ` For ${forWhom}.` : '') +
      (email ? ` You can also email ${email}.` : ''),
    source: (name: string) => `${name} human trafficking line`,
  },
  attorneyGeneral: {
    name: (name: string) => `${name} Attorney General: human trafficking`,
    summary: (inSentence: string, language?: string) =>
      `Information on human trafficking from the Attorney General of ${inSentence}${language ? ` (in ${language})` : ''}. It is a web page, not a reporting line.`,
    source: (name: string) => `${name} Attorney General human trafficking page`,
  },
} as const;
