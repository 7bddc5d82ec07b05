import type { Citation, Section } from '../types';
import { SOURCES, bill, cite, rsmo, statutePage } from '../sources';

/** Statute copies and reports used only in this section. */
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
const RSMO_2018_POSTER = [SOURCES.dpsPoster, SOURCES.rsmo595120, rsmo('595.120')];

/** The 2024 bill reprints that carry the text of 566.209, and its official page. */
const TEXT_566_209 = [SOURCES.sb1428, SOURCES.sb906, SOURCES.hb1539, rsmo('566.209')];
/** The five 2024 bill reprints that carry the text of 566.210. */
const TEXT_566_210 = [
  SOURCES.sb906,
  SOURCES.sb1428,
  SOURCES.hb1539,
  SOURCES.hb1706,
  SOURCES.hb2770,
  rsmo('566.210'),
];
/** The 2024 bill reprints that carry the text of 566.211. */
const TEXT_566_211 = [SOURCES.sb906, SOURCES.sb1428, SOURCES.hb1539, rsmo('566.211')];
const DEFINITIONS = [SOURCES.defs566200, SOURCES.hb2688, rsmo('566.200')];
/** The reported 2025 change to 566.210 (see the fact sheet's 2025 timeline entry). */
const REPORTED_2025 = [
  SOURCES.sunTimes2025,
  SOURCES.report2025,
  SOURCES.abc17Hb495,
  SOURCES.legiplexHb495,
];

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
      text: 'The wording of the trafficking laws on this page (566.209, 566.210 and 566.211) comes from Missouri bills of 2024, which reprint the law as it stood then. The current official text was not checked for this page. The law may have changed since, so check each law’s own page on the Missouri Revisor of Statutes.',
      cite: [SOURCES.sb1428, rsmo('566.209'), rsmo('566.210'), rsmo('566.211')],
      link: { label: 'RSMo 566.209 on revisor.mo.gov', url: statutePage('566.209') },
    },

    { kind: 'subheading', text: 'The main sex trafficking crime: RSMo 566.209' },
    {
      kind: 'paragraph',
      text: 'Section 566.209 makes it a crime to knowingly recruit, entice, harbor, transport, provide or obtain another person, by any means, so that they are used for sexual conduct, a commercial sex act, a sexual performance or making explicit sexual material. Advertising that a person is available for these things is also a crime under the same section.',
      cite: TEXT_566_209,
    },
    {
      kind: 'paragraph',
      text: 'The law lists means such as force, abduction, coercion, fraud, deception, blackmail, and causing or threatening financial harm. It also covers anyone who benefits financially, or receives anything of value, from the person’s participation. It applies to victims of any age and is the crime most often charged when the victim is an adult.',
      cite: TEXT_566_209,
    },
    {
      kind: 'paragraph',
      text: 'Section 566.209 also contains the words "without his or her consent". So for an adult victim, consent is part of what this law asks about. For a child, Missouri’s two child sex trafficking laws (566.210 and 566.211) list force, fraud and coercion only as examples, so neither law needs them to be shown. Whether a real case is trafficking depends on its facts: ask a lawyer.',
      cite: [...TEXT_566_209, rsmo('566.210'), rsmo('566.211')],
    },
    {
      kind: 'paragraph',
      text: 'The penalty is heavier when the crime is carried out by force, abduction or coercion. The prison ranges are set out in the penalties section. A case with a child can be charged under this law as well as under the child laws below.',
      cite: TEXT_566_209,
    },

    { kind: 'subheading', text: 'Crimes against children: RSMo 566.210 and 566.211' },
    {
      kind: 'paragraph',
      text: 'The first-degree crime of sexual trafficking of a child (566.210) covers a child under 12, in the text as of 2024 (a reported change is described below). It is a crime to knowingly recruit, entice, harbor, transport, provide or obtain the child for a sexual performance, a commercial sex act or making explicit sexual material. Benefiting from the child’s participation, causing the child to take part, and advertising the child’s availability are also covered.',
      cite: TEXT_566_210,
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: 'Reported change — check the current statute',
      text: 'Two news sources report that from late August 2025 the first-degree crime (566.210) covers children under 14, not under 12. The bill was probably HB 495 (2025), whose Senate substitute lists 566.210 and 566.211 among the sections it rewrites. Its wording for 566.210 was not read, so the change is reported, not confirmed. The 2024 text above says under 12.',
      cite: [...REPORTED_2025, rsmo('566.210'), rsmo('566.211')],
      link: {
        label: 'Check RSMo 566.210 on revisor.mo.gov',
        url: statutePage('566.210'),
      },
    },
    {
      kind: 'paragraph',
      text: 'Sexual trafficking of a child in the second degree (566.211) covers the same acts, including advertising, when the child is under 18.',
      cite: TEXT_566_211,
    },
    {
      kind: 'paragraph',
      text: 'Missouri’s two child sex trafficking laws (566.210 and 566.211) each mention force, fraud or coercion only as examples, with the words "including but not limited to". So neither requires them.',
      cite: [...TEXT_566_210, rsmo('566.211')],
    },
    {
      kind: 'paragraph',
      text: 'We found no separate advertising crime in sections 566.200 to 566.226. Advertising a person’s availability is written into 566.209, 566.210 and 566.211 themselves.',
      cite: [
        SOURCES.sb906,
        SOURCES.sb1428,
        SOURCES.hb1539,
        ...['566.200', '566.226', '566.209', '566.210', '566.211'].map(rsmo),
      ],
    },

    { kind: 'subheading', text: 'Consent and mistakes about a child’s age' },
    {
      kind: 'paragraph',
      text: 'Missouri’s two child sex trafficking laws each say that believing the child was older is no defense, in their own words. The first-degree law (566.210) says this, with the age of 12 in the 2024 text; a reported change raises that age to 14, so check the current statute:',
      cite: [...TEXT_566_210, ...REPORTED_2025],
    },
    {
      kind: 'quote',
      text: 'It shall not be a defense that the defendant believed that the person was twelve years of age or older.',
      cite: TEXT_566_210,
    },
    { kind: 'paragraph', text: 'The second-degree law (566.211) says:', cite: TEXT_566_211 },
    {
      kind: 'quote',
      text: 'It shall not be a defense that the defendant believed that the person was eighteen years of age or older.',
      cite: TEXT_566_211,
    },
    {
      kind: 'paragraph',
      text: 'Chapter 566 also has a general rule on age (566.020). According to a RAINN summary, a belief that the child was older is no defense where a crime depends on the child being under 14. For crimes that turn on the child being under 17, a reasonable belief that the child was 17 or older is an affirmative defense. For trafficking, the trafficking sections’ own age rules, quoted above, apply.',
      cite: [RAINN_MISTAKE_OF_AGE, rsmo('566.020'), ...TEXT_566_210],
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
      cite: [SOURCES.revisorChapter566, rsmo('566.010')],
    },
    {
      kind: 'list',
      intro: 'Other words defined in 566.200:',
      items: [
        'Blackmail: threatening to tell a person’s spouse, family, people they know or the public something damaging or embarrassing about them.',
        'Financial harm: financial loss or injury. It includes credit extortion, criminal breaches of the usury laws (chapter 408), and employment contracts that break the statute of frauds (chapter 432).',
        'Victim of trafficking: a victim of a crime under 566.203, 566.206, 566.209, 566.210 or 566.211.',
      ],
      cite: [...DEFINITIONS, ...['566.203', '566.206', '566.209', '566.210', '566.211'].map(rsmo)],
    },

    { kind: 'subheading', text: 'Labor trafficking, for context: RSMo 566.203 and 566.206' },
    {
      kind: 'paragraph',
      text: 'Missouri also punishes forced labor. Section 566.203 covers getting someone’s labor or services through serious physical injury or restraint (or threats of them), blackmail, a scheme to make them fear serious injury, restraint or financial harm, or abuse of the legal process.',
      cite: [SOURCES.justia566203, rsmo('566.203')],
    },
    {
      kind: 'paragraph',
      text: 'Section 566.206 makes it a crime to recruit, move, house, provide or obtain someone for work or services using force, abduction, coercion, fraud, deception, blackmail, or by causing or threatening financial harm. Profiting from it is also covered. The penalties for both sections are in the penalties section.',
      cite: [SOURCES.combs566206, SOURCES.childwelfareMoDefs, rsmo('566.206')],
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
      cite: [
        SOURCES.hb1539,
        SOURCES.childwelfareMoDefs,
        rsmo('566.215'),
        rsmo('566.203'),
        rsmo('566.218'),
      ],
    },

    { kind: 'subheading', text: 'The Attorney General’s civil action' },
    {
      kind: 'paragraph',
      text: 'The Missouri Attorney General can bring a civil (non-criminal) action against anyone who benefits from trafficking violations. The Attorney General can seek a civil penalty of up to $50,000 for each violation, and an order to stop (an injunction). Any money recovered is used first to repay the victims.',
      cite: [SOURCES.hb2688, SOURCES.missourinet2011],
    },

    { kind: 'subheading', text: 'Time limits for bringing charges (statute of limitations)' },
    {
      kind: 'paragraph',
      text: 'Missouri’s general rule (556.036) lets prosecutors charge murder, rape, first-degree sodomy and any class A felony at any time. For other felonies the general limit is 3 years.',
      cite: [SB831_556_036, rsmo('556.036')],
    },
    {
      kind: 'paragraph',
      text: 'According to a RAINN summary of 556.037, sexual offenses against a victim under 18 can be charged at any time. News coverage says a 2018 law ended the deadline for charging sex crimes against children.',
      cite: [SOURCES.rainnTimeLimits, SOURCES.moberlyMonitor2018, rsmo('556.037')],
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: 'Not confirmed: the time limit for trafficking charges',
      text: 'We could not confirm whether the no-limit rule for minors covers 566.210 and 566.211, or what limit applies to 566.209 when the victim is an adult. These crimes have their own prison ranges rather than a felony class letter, so the class A rule may not settle it. A 2024 bill (HB 2688) proposed a separate 20-year limit, which suggests the question was open.',
      cite: [
        HB2688_PROPOSAL,
        SB831_556_036,
        ...['566.209', '566.210', '566.211', '556.036', '556.037'].map(rsmo),
      ],
      link: { label: 'RSMo 556.037 on revisor.mo.gov', url: statutePage('556.037') },
    },

    { kind: 'subheading', text: 'How the law has changed' },
    {
      kind: 'list',
      intro: 'Dated changes in our sources, oldest first:',
      items: [
        '2004: HB 1487 created the core trafficking sections.',
        '2007: the Secretary of State’s Safe at Home address program began, in August 2007.',
        '2011: HB 214 widened the trafficking crimes, set the 5 to 20 year range and the $250,000 fine limit, required restitution from those found guilty, allowed victims to sue a convicted trafficker and gave the Attorney General a civil penalty. It took effect on Aug. 28, 2011.',
        '2017: Missouri’s revised criminal code took effect on Jan. 1, 2017, with the section numbers used today.',
        '2018: HB 1246, the hotline poster law (595.120), took effect on Aug. 28, 2018. A new law also set up the three-tier sex-offender registry, and news coverage says it ended the deadline for charging sex crimes against children. In April 2018 the Attorney General’s office brought in rules against businesses acting as fronts for trafficking and against debt bondage.',
        '2019: a law ended the need for minors to prove coercion to clear a prostitution record (610.131).',
        '2020: from about August 2020, calls to the Attorney General’s old Missouri hotline were redirected to the National Human Trafficking Hotline.',
        '2022: SB 775, signed on June 30, 2022, created the Statewide Council on Sex Trafficking and Sexual Exploitation of Children (210.1505). The safe harbor for minors in 567.020 took effect in August 2022; news coverage describes one bill that did both, without naming it. From Aug. 28, 2022, court records that could identify a victim must be closed (595.226).',
        '2025: a reported change to 566.210 (see the warning above): under 14 instead of under 12, probably through HB 495, and at least 30 years to life (one source only). SB 43, which creates a Human Trafficking and Sexual Exploitation Fund for victims, was due for signing in July 2025; the signing is not confirmed. SB 60 would move the statewide council into the Attorney General’s office; it is not confirmed as law.',
      ],
      cite: [
        SOURCES.justia566203,
        SOURCES.safeAtHomeBackground,
        SOURCES.missourinet2011,
        SOURCES.senate2011Hb214,
        CARVER_CANTIN,
        ...RSMO_2018_POSTER,
        SOURCES.moberlyMonitor2018,
        SOURCES.agHumanTrafficking2018,
        SOURCES.newsTribune2019,
        SOURCES.kait2020,
        SOURCES.missouriTimes2020,
        SOURCES.dpsCouncil,
        SOURCES.kbia2022,
        SOURCES.rsmo567020,
        SOURCES.rsmo595226,
        ...REPORTED_2025,
        SOURCES.ozarkRadioSb43,
        SOURCES.sb60Summary,
        ...['610.131', '210.1505', '595.226', '566.210'].map(rsmo),
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
