import type { SectionId } from './types';

/**
 * The statutes "Explain this page" can name, each with what it is about in plain words and the
 * explainer section that explains it. Only statutes the explainer itself discusses are here, and
 * each meaning restates what that section says (a unit test checks the number appears in the
 * section's text or sources): a statute the guide does not explain is better left unnamed than
 * guessed at. Penalties are left to the section, where they are shown with their sources.
 */
export interface Statute {
  /** As the law writes it: "566.211", "18 U.S.C. 1591". */
  citation: string;
  /** What the statute is about, in plain words. */
  meaning: string;
  sectionId: SectionId;
  /** Names a page may use instead of the number ("the Mann Act"), as regular-expression source. */
  names?: readonly string[];
}

export const STATUTES: readonly Statute[] = [
  {
    citation: '566.200',
    meaning:
      'The definitions Missouri’s trafficking laws use, such as coercion and commercial sex act.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '566.203',
    meaning:
      'Abusing a person through forced labor: getting their work by injury, restraint or threats.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '566.206',
    meaning: 'Trafficking a person for slavery, involuntary servitude, peonage or forced labor.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '566.209',
    meaning:
      'Trafficking for the purposes of sexual exploitation: Missouri’s general sex trafficking crime, most often charged when the victim is an adult.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '566.210',
    meaning:
      'Sexual trafficking of a child in the first degree: the crime graded for the youngest children.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '566.211',
    meaning:
      'Sexual trafficking of a child in the second degree: using a child under 18 for commercial sex.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '566.215',
    meaning:
      'Misuse of documentation: taking, hiding or holding a person’s passport, ID or immigration papers as part of trafficking.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '556.036',
    meaning:
      'Missouri’s general time limits for bringing criminal charges (statute of limitations).',
    sectionId: 'legal-consequences',
  },
  {
    citation: '556.037',
    meaning: 'The time limits for charging sexual offenses against a victim under 18.',
    sectionId: 'legal-consequences',
  },
  {
    citation: '566.218',
    meaning: 'Restitution: the court must order a person found guilty to pay the victim.',
    sectionId: 'penalties',
  },
  {
    citation: '589.400',
    meaning: 'Missouri’s sex-offender registration law: who must register.',
    sectionId: 'penalties',
  },
  {
    citation: '589.414',
    meaning: 'The tiers of Missouri’s sex-offender registration and how long each lasts.',
    sectionId: 'penalties',
  },
  {
    citation: '566.223',
    meaning:
      'A person who says they were trafficked gets the rights and protections of the federal Trafficking Victims Protection Act.',
    sectionId: 'victim-support',
  },
  {
    citation: '567.020',
    meaning:
      'Missouri’s prostitution law; a child under 18 cannot be prosecuted for prostitution and is treated as a victim of abuse.',
    sectionId: 'victim-support',
  },
  {
    citation: '595.226',
    meaning:
      'Court records that could identify or locate a victim must be closed and redacted before release.',
    sectionId: 'victim-support',
  },
  {
    citation: '610.131',
    meaning: 'Clearing (expunging) a prostitution record for someone who was under 18 at the time.',
    sectionId: 'victim-support',
  },
  {
    citation: '210.110',
    meaning:
      'Missouri’s definition of child abuse, which includes children who are trafficking victims.',
    sectionId: 'victim-support',
  },
  {
    citation: '595.120',
    meaning:
      'The hotline poster law: places such as truck stops, bus stations and emergency rooms must display the national trafficking hotline.',
    sectionId: 'public-awareness',
  },
  {
    citation: '210.1505',
    meaning: 'Set up the Statewide Council on Sex Trafficking and Sexual Exploitation of Children.',
    sectionId: 'community-engagement',
  },
  {
    citation: '18 U.S.C. 1591',
    meaning:
      'The main federal sex trafficking crime: causing a commercial sex act by force, fraud or coercion, or with a child under 18.',
    sectionId: 'federal-law',
  },
  {
    citation: '18 U.S.C. 1593A',
    meaning: 'Benefiting financially from trafficking.',
    sectionId: 'federal-law',
  },
  {
    citation: '18 U.S.C. 1594',
    meaning: 'Attempting, or conspiring, to commit federal sex trafficking.',
    sectionId: 'federal-law',
  },
  {
    citation: '18 U.S.C. 2421',
    meaning:
      'The Mann Act: taking any person across state lines for prostitution or other criminal sexual activity.',
    sectionId: 'federal-law',
    names: ['mann act'],
  },
  {
    citation: '18 U.S.C. 2422',
    meaning:
      'Persuading or coercing a person to travel for prostitution or criminal sexual activity, and enticing a child.',
    sectionId: 'federal-law',
  },
  {
    citation: '18 U.S.C. 2423',
    meaning:
      'Taking a person under 18 across state lines for prostitution or criminal sexual activity.',
    sectionId: 'federal-law',
  },
  {
    citation: '22 U.S.C. 7102',
    meaning:
      'The definitions of the Trafficking Victims Protection Act of 2000 (TVPA), the main federal law against trafficking.',
    sectionId: 'federal-law',
    names: ['tvpa', 'trafficking victims protection act'],
  },
];

const byCitation = new Map(STATUTES.map((s) => [s.citation, s]));

/** The statute for a citation written as in `STATUTES`, if the guide explains it. */
export function statuteByCitation(citation: string): Statute | undefined {
  return byCitation.get(citation);
}
