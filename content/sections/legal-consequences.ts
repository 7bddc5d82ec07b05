import type { Citation, Section } from '../types';
import { SOURCES, bill, cite } from '../sources';

/** Statute copies and reports used only in this section. */
const SENATE_2011: Citation = cite(
  'Missouri Senate: HB 214 (2011) bill summary',
  'https://www.senate.mo.gov/11info/BTS_Web/Summary.aspx?SessionType=R&SummaryID=4132707&BillID=4234030',
  'secondary',
);
const CARVER_CANTIN: Citation = cite(
  'Carver, Cantin & Mynarich: human trafficking in Missouri',
  'https://carvercantin.com/human-trafficking-in-missouri/',
  'secondary',
);
const RAINN_MISTAKE_OF_AGE: Citation = cite(
  'RAINN: Missouri law summary, mistake of age (April 2023)',
  'https://apps.rainn.org/policy/policy-crime-definitions.cfm?state=Missouri&group=9',
  'secondary',
);
const SB831_556_036: Citation = bill(
  'SB831_full_text.md',
  'RSMo 556.036 as reprinted in SB 831 (2024)',
);
const HB2688_PROPOSAL: Citation = bill(
  'HB2688_full_text.md',
  'HB 2688 (2024) bill text: proposed new section 556.039 (a proposal)',
);

/** The 2024 bill reprints that carry the text of 566.209. */
const TEXT_566_209 = [SOURCES.sb1428, SOURCES.sb906, SOURCES.hb1539];
/** The five 2024 bill reprints that carry the text of 566.210. */
const TEXT_566_210 = [
  SOURCES.sb906,
  SOURCES.sb1428,
  SOURCES.hb1539,
  SOURCES.hb1706,
  SOURCES.hb2770,
];
/** The 2024 bill reprints that carry the text of 566.211. */
const TEXT_566_211 = [SOURCES.sb906, SOURCES.sb1428, SOURCES.hb1539];
const DEFINITIONS = [SOURCES.defs566200, SOURCES.hb2688];

export const section: Section = {
  id: 'legal-consequences',
  title: 'What Missouri law makes a crime, and how it grades sex trafficking',
  summary:
    'Missouri has one general sex trafficking crime (RSMo 566.209) and two child sex trafficking crimes graded by the child’s age (566.210 and 566.211); using force, abduction or coercion makes the crime more serious.',
  blocks: [
    {
      kind: 'callout',
      tone: 'info',
      title: 'The statute text here is as of 2024',
      text: 'The wording of the trafficking laws on this page comes from Missouri bills of 2024, which reprint the law as it stood then. The current official text was not checked for this page. The law may have changed since, so check the Missouri Revisor of Statutes for the current text.',
      cite: [SOURCES.sb1428, SOURCES.revisor],
      link: { label: 'Missouri Revisor of Statutes', url: 'https://revisor.mo.gov/' },
    },

    { kind: 'subheading', text: 'The main sex trafficking crime: RSMo 566.209' },
    {
      kind: 'paragraph',
      text: 'It is a crime to knowingly recruit, entice, harbor, transport, provide or obtain another person, by any means, so that they are used for sexual conduct, a commercial sex act, a sexual performance or making explicit sexual material. Advertising that a person is available for these things is also a crime under the same section.',
      cite: TEXT_566_209,
    },
    {
      kind: 'paragraph',
      text: 'The law lists means such as force, abduction, coercion, fraud, deception, blackmail, and causing or threatening financial harm. It also covers anyone who benefits financially, or receives anything of value, from the person’s participation. It applies to victims of any age and is the crime most often charged when the victim is an adult.',
      cite: TEXT_566_209,
    },
    {
      kind: 'paragraph',
      text: 'The penalty is heavier when the crime is carried out by force, abduction or coercion. The prison ranges are set out in the penalties section.',
      cite: TEXT_566_209,
    },

    { kind: 'subheading', text: 'Crimes against children: RSMo 566.210 and 566.211' },
    {
      kind: 'paragraph',
      text: 'The first-degree crime of sexual trafficking of a child (566.210) covers a child under 12, in the text as of 2024. It is a crime to knowingly recruit, entice, harbor, transport, provide or obtain the child for a sexual performance, a commercial sex act or making explicit sexual material. Benefiting from the child’s participation, causing the child to take part, and advertising the child’s availability are also covered.',
      cite: TEXT_566_210,
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: 'Reported change — check the current statute',
      text: 'A single news report from September 2025 says the first-degree crime now covers children under 14, not under 12, from late August 2025. The amended statute text and the bill that changed it were not found, so this is not confirmed. The 2024 text above says under 12.',
      cite: [SOURCES.report2025],
      link: {
        label: 'Check the current statute at revisor.mo.gov',
        url: 'https://revisor.mo.gov/',
      },
    },
    {
      kind: 'paragraph',
      text: 'Sexual trafficking of a child in the second degree (566.211) covers the same acts, including advertising, when the child is under 18.',
      cite: TEXT_566_211,
    },
    {
      kind: 'paragraph',
      text: 'Neither child crime requires force, fraud or coercion. Both sections mention such means only as examples, with the words "including but not limited to".',
      cite: [...TEXT_566_210],
    },
    {
      kind: 'paragraph',
      text: 'We found no separate advertising crime in sections 566.200 to 566.226. Advertising a person’s availability is written into 566.209, 566.210 and 566.211 themselves.',
      cite: [SOURCES.sb906, SOURCES.sb1428, SOURCES.hb1539],
    },

    { kind: 'subheading', text: 'Consent and mistakes about a child’s age' },
    {
      kind: 'paragraph',
      text: 'When the victim is a child, the prosecution does not have to show force, fraud or coercion. Believing the child was older is not a defense either: each child section says so in its own words. For the first-degree crime (566.210):',
      cite: TEXT_566_210,
    },
    {
      kind: 'quote',
      text: 'It shall not be a defense that the defendant believed that the person was twelve years of age or older.',
      cite: TEXT_566_210,
    },
    { kind: 'paragraph', text: 'For the second-degree crime (566.211):', cite: TEXT_566_211 },
    {
      kind: 'quote',
      text: 'It shall not be a defense that the defendant believed that the person was eighteen years of age or older.',
      cite: TEXT_566_211,
    },
    {
      kind: 'paragraph',
      text: 'Chapter 566 also has a general rule on age (566.020). According to a RAINN summary, a belief that the child was older is no defense where a crime depends on the child being under 14. For crimes that turn on the child being under 17, a reasonable belief that the child was 17 or older is an affirmative defense. For trafficking, the trafficking sections’ own age rules, quoted above, apply.',
      cite: [RAINN_MISTAKE_OF_AGE, ...TEXT_566_210],
    },

    { kind: 'subheading', text: 'Key words the law defines (RSMo 566.200)' },
    {
      kind: 'list',
      intro: 'In the trafficking sections, "coercion" means any of these:',
      items: [
        'threatening to seriously harm anyone, or to physically restrain anyone',
        'a plan, scheme or pattern of behavior designed to make someone think that refusing would lead to serious harm to, or restraint of, any person',
        'misusing the legal process, or threatening to misuse it',
      ],
      cite: DEFINITIONS,
    },
    {
      kind: 'paragraph',
      text: 'A "commercial sex act" is defined like this in the trafficking sections:',
      cite: DEFINITIONS,
    },
    {
      kind: 'quote',
      text: 'any sex act on account of which anything of value is given to, promised, or received by any person',
      cite: DEFINITIONS,
    },
    {
      kind: 'paragraph',
      text: 'The general definition for chapters 566 and 568 (566.010) is a little narrower. It says "given to or received by" and leaves out "promised".',
      cite: [SOURCES.revisorChapter566],
    },
    {
      kind: 'list',
      intro: 'Other words defined in 566.200:',
      items: [
        'Blackmail: threatening to tell a person’s spouse, family, people they know or the public something damaging or embarrassing about them.',
        'Financial harm: financial loss or injury. It includes credit extortion, criminal breaches of the usury laws (chapter 408), and employment contracts that break the statute of frauds (chapter 432).',
        'Victim of trafficking: a victim of a crime under 566.203, 566.206, 566.209, 566.210 or 566.211.',
      ],
      cite: DEFINITIONS,
    },

    { kind: 'subheading', text: 'Labor trafficking, for context: RSMo 566.203 and 566.206' },
    {
      kind: 'paragraph',
      text: 'Missouri also punishes forced labor. Section 566.203 covers getting someone’s labor or services through serious physical injury or restraint (or threats of them), blackmail, a scheme to make them fear serious injury, restraint or financial harm, or abuse of the legal process.',
      cite: [SOURCES.justia566203],
    },
    {
      kind: 'paragraph',
      text: 'Section 566.206 makes it a crime to recruit, move, house, provide or obtain someone for work or services using force, abduction, coercion, fraud, deception, blackmail, or by causing or threatening financial harm. Profiting from it is also covered. The penalties for both sections are in the penalties section.',
      cite: [SOURCES.combs566206, SOURCES.childwelfareMoDefs],
    },

    { kind: 'subheading', text: 'Taking or hiding a victim’s documents: RSMo 566.215' },
    {
      kind: 'list',
      intro:
        'Contributing to human trafficking through misuse of documentation is a class E felony. It means knowingly doing either of these:',
      items: [
        'taking, hiding, destroying or holding someone’s passport, ID or immigration papers while committing, or meaning to commit, a crime under 566.203 to 566.218',
        'limiting where a person can go by limiting the use of their ID, to hold on to a trafficking victim’s work or services',
      ],
      cite: [SOURCES.hb1539, SOURCES.childwelfareMoDefs],
    },

    { kind: 'subheading', text: 'The Attorney General’s civil action' },
    {
      kind: 'paragraph',
      text: 'The Missouri Attorney General can bring a civil (non-criminal) action against anyone who benefits from trafficking violations. The Attorney General can seek a civil penalty of up to $50,000 for each violation, and an order to stop (an injunction). Any money recovered is used first to repay victims through restitution.',
      cite: [SOURCES.hb2688, SOURCES.missourinet2011],
    },

    { kind: 'subheading', text: 'Time limits for bringing charges (statute of limitations)' },
    {
      kind: 'paragraph',
      text: 'Missouri’s general rule (556.036) lets prosecutors charge murder, rape, first-degree sodomy and any class A felony at any time. For other felonies the general limit is 3 years.',
      cite: [SB831_556_036],
    },
    {
      kind: 'paragraph',
      text: 'According to a RAINN summary of 556.037, sexual offenses against a victim under 18 can be charged at any time. News coverage says a 2018 law ended the deadline for charging sex crimes against children.',
      cite: [SOURCES.rainnTimeLimits, SOURCES.moberlyMonitor2018],
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: 'Not confirmed: the time limit for trafficking charges',
      text: 'We could not confirm whether the no-limit rule for minors covers 566.210 and 566.211, or what limit applies to 566.209 when the victim is an adult. These crimes have their own prison ranges rather than a felony class letter, so the class A rule may not settle it. A 2024 bill (HB 2688) proposed a separate 20-year limit, which suggests the question was open.',
      cite: [HB2688_PROPOSAL, SB831_556_036],
      link: { label: 'Missouri Revisor of Statutes', url: 'https://revisor.mo.gov/' },
    },

    { kind: 'subheading', text: 'How the law has changed' },
    {
      kind: 'list',
      items: [
        '2004: HB 1487 created the core trafficking sections.',
        '2011: HB 214 widened the trafficking crimes, set the 5 to 20 year range and the $250,000 fine limit, required restitution, allowed civil suits and gave the Attorney General a civil penalty. It took effect on Aug. 28, 2011.',
        '2017: Missouri’s revised criminal code took effect on Jan. 1, 2017, with the section numbers used today.',
        '2018: a new law set up the three-tier sex-offender registry. News coverage says it also ended the deadline for charging sex crimes against children.',
        '2025: a change to 566.210 is reported but not confirmed (see the warning above).',
      ],
      cite: [
        SOURCES.justia566203,
        SOURCES.missourinet2011,
        SENATE_2011,
        CARVER_CANTIN,
        SOURCES.moberlyMonitor2018,
        SOURCES.report2025,
      ],
    },
  ],
  keywords: [
    'sex trafficking',
    'human trafficking',
    'trafficking charge',
    'charged with trafficking',
    'sexual exploitation',
    'trafficking of a child',
    'child sex trafficking',
    'first degree',
    'second degree',
    'commercial sex act',
    'coercion',
    'force, fraud or coercion',
    'abduction',
    'consent',
    'mistake of age',
    'believed she was older',
    'minor',
    'recruiting',
    'harboring',
    'advertising',
    'passport',
    'confiscated documents',
    'forced labor',
    'labor trafficking',
    'civil penalty',
    'Attorney General lawsuit',
    'statute of limitations',
    'RSMo 566',
  ],
};
