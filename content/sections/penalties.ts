import type { Citation, Section } from '../types';
import { SOURCES, bill, cite, rsmo, statutePage } from '../sources';

/** Registration law (RSMo 589.414, 589.400) as reprinted in 2024 bills. */
const REG_589_414_HB1450: Citation = bill(
  'HB1450_full_text.md',
  'RSMo 589.414 and 589.400 as reprinted in HB 1450 (2024)',
);
const REG_589_414_HB2885: Citation = bill(
  'HB2885_full_text.md',
  'RSMo 589.414 as reprinted in HB 2885 (2024)',
);
const REG_589_400_HB2911: Citation = bill(
  'HB2911_full_text.md',
  'RSMo 589.400 as reprinted in HB 2911 (2024)',
);
const TWIBELL_PIERSON: Citation = cite(
  'Twibell Pierson: Missouri sex offender laws',
  'https://twibellpierson.com/missouri-sex-offender-laws/',
  'secondary',
);
const RESTITUTION_HB2688: Citation = bill(
  'HB2688_full_text.md',
  'RSMo 566.218 as reprinted in HB 2688 (2024)',
);
const SB1428_PROPOSAL: Citation = bill(
  'SB1428_full_text.md',
  'SB 1428 (2024) bill text: a proposal, not confirmed as enacted',
);
const HB1539_PROPOSAL: Citation = bill(
  'HB1539_full_text.md',
  'HB 1539 (2024) bill text: a proposal, not confirmed as enacted',
);
const SB906_PROPOSAL: Citation = bill(
  'SB906_full_text.md',
  'SB 906 (2024) bill text: a proposal, not confirmed as enacted',
);

/** Each statute's text as reprinted in 2024 bills, with its own official page. */
const TEXT_566_209 = [SOURCES.sb1428, SOURCES.sb906, rsmo('566.209')];
const TEXT_566_210 = [
  SOURCES.sb906,
  SOURCES.sb1428,
  SOURCES.hb1539,
  SOURCES.hb1706,
  SOURCES.hb2770,
  rsmo('566.210'),
];
const TEXT_566_211 = [SOURCES.sb1428, SOURCES.hb1539, rsmo('566.211')];
const TIERS = [REG_589_414_HB1450, REG_589_414_HB2885];
/** The reported 2025 change to 566.210: the age from two news sources, the penalty from one. */
const REPORTED_2025 = [SOURCES.sunTimes2025, SOURCES.report2025];
const RESTITUTION = [SOURCES.hb1450Restitution566218, RESTITUTION_HB2688, rsmo('566.218')];

const TIER_566_209 =
  'Tier I if the victim was 18 or older (15 years, check in yearly); Tier III if the victim was under 18 (life, check in every 90 days)';
const TIER_III = 'Tier III: for life, check in every 90 days';
const NO_REGISTRATION = 'None from this crime alone, unless another law requires it';

export const section: Section = {
  id: 'penalties',
  title: 'What happens to people convicted of sex trafficking in Missouri',
  summary:
    'Prison terms run from 5 to 20 years for the basic crime up to life when force, abduction or coercion is used or the victim is a child, with fines of up to $250,000; a person found guilty must also be ordered to pay restitution, and a sex trafficking conviction brings sex-offender registration.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'A sex trafficking conviction in Missouri brings a long prison term. The range depends on the law charged, the victim’s age, and whether force, abduction or coercion was used. When a person is found guilty, the court must also order them to pay restitution to the victim. A conviction under 566.209, 566.210 or 566.211 also means registering as a sex offender.',
      // The details and their full sources follow below; here, one reprint of the three laws and
      // each law's own page.
      cite: [
        SOURCES.sb1428,
        rsmo('566.209'),
        rsmo('566.210'),
        rsmo('566.211'),
        SOURCES.hb1450Restitution566218,
        rsmo('566.218'),
        ...TIERS,
      ],
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'The statute text here is as of 2024',
      text: 'The penalties below come from Missouri bills of 2024, which reprint the law as it stood then. The current official text was not checked for this page. Each law has its own page on the Missouri Revisor of Statutes: 566.209, 566.210 and 566.211. Check them for the law in force today.',
      cite: [SOURCES.sb1428, rsmo('566.209'), rsmo('566.210'), rsmo('566.211')],
      link: {
        label: 'RSMo 566.209 on revisor.mo.gov',
        url: statutePage('566.209'),
      },
    },
    {
      kind: 'penalties',
      caption: 'Missouri sex trafficking penalties (statute text as of 2024)',
      rows: [
        {
          offense: 'Trafficking for the purposes of sexual exploitation',
          statute: 'RSMo 566.209',
          when: 'Victim of any age; not carried out by force, abduction or coercion',
          prison: '5 to 20 years',
          fine: 'Up to $250,000',
          registration: TIER_566_209,
          status: 'statute',
          cite: [...TEXT_566_209, ...TIERS],
        },
        {
          offense: 'Trafficking for the purposes of sexual exploitation',
          statute: 'RSMo 566.209',
          when: 'Carried out by force, abduction or coercion',
          prison: '10 years to life',
          fine: 'Up to $250,000',
          registration: TIER_566_209,
          status: 'statute',
          cite: [...TEXT_566_209, ...TIERS],
        },
        {
          offense: 'Sexual trafficking of a child, first degree',
          statute: 'RSMo 566.210',
          when: 'Child under 12 (text as of 2024)',
          prison:
            'Life in prison; no probation or parole until the person has served at least 25 years',
          registration: TIER_III,
          status: 'statute',
          cite: [...TEXT_566_210, ...TIERS],
        },
        {
          offense: 'Sexual trafficking of a child, first degree',
          statute: 'RSMo 566.210',
          when: 'Child under 14 (reported change: two news sources)',
          prison: 'At least 30 years, up to life (reported change: one news source)',
          status: 'reported-change',
          cite: REPORTED_2025,
        },
        {
          offense: 'Sexual trafficking of a child, second degree',
          statute: 'RSMo 566.211',
          when: 'Child under 18',
          prison: '10 years to life',
          fine: 'Up to $250,000',
          registration: TIER_III,
          status: 'statute',
          cite: [...TEXT_566_211, ...TIERS],
        },
        {
          offense: 'Sexual trafficking of a child, second degree',
          statute: 'RSMo 566.211',
          when: 'Child under 18, carried out by force, abduction or coercion',
          prison:
            'Life in prison; no probation or parole until the person has served at least 25 years',
          registration: TIER_III,
          status: 'statute',
          cite: [...TEXT_566_211, ...TIERS],
        },
      ],
    },
    {
      kind: 'callout',
      tone: 'warning',
      title: 'Reported change — check the current statute',
      text: 'Two news sources report that from late August 2025 the first-degree crime (566.210) covers children under 14, not under 12. One of them also reports a sentence of at least 30 years, up to life; no other source gives that penalty. The bill was probably HB 495 (2025), signed in March 2025. Its Senate substitute lists 566.210 and 566.211 among the sections it rewrites, but its wording for 566.210 was not read. Until the official text is checked, both changes are reported, not confirmed. The row marked as a reported change sits beside the 2024 text, not in place of it.',
      cite: [
        ...REPORTED_2025,
        SOURCES.abc17Hb495,
        SOURCES.legiplexHb495,
        rsmo('566.210'),
        rsmo('566.211'),
      ],
      link: {
        label: 'Check RSMo 566.210 on revisor.mo.gov',
        url: statutePage('566.210'),
      },
    },
    {
      kind: 'paragraph',
      text: 'In the 2024 text of the first-degree crime, "life imprisonment" means for the rest of the person’s natural life, and the usual minimum-term rules in subsection 4 of section 558.019 do not apply. The reported change above may have altered this penalty.',
      cite: [...TEXT_566_210, rsmo('558.019')],
    },

    { kind: 'subheading', text: 'When the victim is a child: three laws, three ranges' },
    {
      kind: 'list',
      intro:
        'Some summaries say the least sentence for trafficking a minor is five years. That is the lowest sentence under only one of the three laws that can apply. A case with a child can be charged under any of them. In the text as of 2024:',
      items: [
        '566.209, the general crime, covers victims of any age: 5 to 20 years, or 10 years to life with force, abduction or coercion.',
        '566.211, second-degree sexual trafficking of a child, covers a child under 18: 10 years to life. With force, abduction or coercion, it is life, with no probation or parole until at least 25 years are served.',
        '566.210, first-degree sexual trafficking of a child, covers a child under 12: life, with no probation or parole until at least 25 years are served. A reported change, not confirmed, says the age is now under 14 and the sentence at least 30 years to life: check the statute.',
      ],
      cite: [...TEXT_566_209, ...TEXT_566_211, ...TEXT_566_210, ...REPORTED_2025],
    },
    {
      kind: 'paragraph',
      text: 'Which law is charged is for prosecutors, and the sentence within a range is for the court. Our sources do not say how either choice is made. Some summaries also say child sex trafficking carries "up to 10 years". The statute for a child under 18 (566.211) says 10 years to life.',
      cite: [...TEXT_566_211, SOURCES.kcStarGrades2021],
    },
    {
      kind: 'paragraph',
      text: 'Our sources give no fine amount for the first-degree child crime or for the second-degree crime with force, abduction or coercion. They also give no parole rules for the other ranges.',
      cite: [SOURCES.sb1428, SOURCES.hb1539],
    },

    {
      kind: 'penalties',
      caption: 'Related Missouri crimes: labor trafficking and misuse of documents',
      rows: [
        {
          offense: 'Abusing an individual through forced labor',
          statute: 'RSMo 566.203',
          when: 'Basic crime',
          prison: '5 to 20 years',
          fine: 'Up to $250,000',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.justia566203, rsmo('566.203')],
        },
        {
          offense: 'Abusing an individual through forced labor',
          statute: 'RSMo 566.203',
          when: 'Death results, or the crime includes kidnapping, attempted murder or class B sexual abuse',
          prison: '5 years to life',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.justia566203, rsmo('566.203')],
        },
        {
          offense: 'Trafficking for slavery, involuntary servitude, peonage or forced labor',
          statute: 'RSMo 566.206',
          when: 'Basic crime',
          prison: '5 to 20 years',
          fine: 'Up to $250,000',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.combs566206, SOURCES.childwelfareMoDefs, rsmo('566.206')],
        },
        {
          offense: 'Trafficking for slavery, involuntary servitude, peonage or forced labor',
          statute: 'RSMo 566.206',
          when: 'Death results, or the crime includes kidnapping, attempted murder or class B sexual abuse',
          prison: '5 years to life',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.combs566206, SOURCES.childwelfareMoDefs, rsmo('566.206')],
        },
        {
          offense: 'Contributing to human trafficking through misuse of documentation',
          statute: 'RSMo 566.215',
          when: 'Taking, hiding or holding a person’s ID or immigration papers, or restricting their use, as part of trafficking',
          prison: 'Class E felony',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.hb1539, SOURCES.childwelfareMoDefs, rsmo('566.215')],
        },
      ],
    },

    { kind: 'subheading', text: 'Registering as a sex offender' },
    {
      kind: 'paragraph',
      text: 'Registration follows a conviction under one of the three sex trafficking laws: 566.209, 566.210 or 566.211. Missouri sorts registered sex offenders into three tiers. The tier decides how often the person must check in with the authorities in person and how long they stay on the registry. The tier system took effect on Aug. 28, 2018.',
      cite: [
        ...TIERS,
        SOURCES.moberlyMonitor2018,
        rsmo('566.209'),
        rsmo('566.210'),
        rsmo('566.211'),
      ],
    },
    {
      kind: 'list',
      items: [
        'Tier I: a conviction under 566.209 when the victim was 18 or older. Check in once a year, for 15 years.',
        'Tier II: 25 years. Our sources list no trafficking crime in this tier.',
        'Tier III: a conviction under 566.209 when the victim was under 18, or under either child trafficking law (566.210 or 566.211). Check in every 90 days, for life.',
      ],
      cite: [
        ...TIERS,
        REG_589_400_HB2911,
        TWIBELL_PIERSON,
        rsmo('566.209'),
        rsmo('566.210'),
        rsmo('566.211'),
      ],
    },
    {
      kind: 'paragraph',
      text: 'In some cases a clean record can shorten the time on the registry. The crimes discussed beside these, labor trafficking (566.203, 566.206) and misuse of documents (566.215), do not by themselves require registration.',
      cite: [
        REG_589_414_HB1450,
        REG_589_400_HB2911,
        SOURCES.justia566203,
        SOURCES.combs566206,
        rsmo('566.203'),
        rsmo('566.206'),
        rsmo('566.215'),
      ],
    },

    {
      kind: 'subheading',
      text: 'Restitution to the victim after a finding of guilt (RSMo 566.218)',
    },
    {
      kind: 'paragraph',
      text: 'When a person is found guilty under 566.203, 566.206, 566.209, 566.210, 566.211, 566.212, 566.213 or 566.215, the court must order them to pay restitution to the victim. This applies whether the person is sent to prison or put on probation. The law requires the order; it does not promise that the money will be paid.',
      cite: [
        ...RESTITUTION,
        SOURCES.missourinet2011,
        ...[
          '566.203',
          '566.206',
          '566.209',
          '566.210',
          '566.211',
          '566.212',
          '566.213',
          '566.215',
        ].map(rsmo),
      ],
    },
    {
      kind: 'paragraph',
      text: 'The least the court can order is what it finds is needed to cover the value of the victim’s labor, the cost of the physical and mental recovery of the victim and of any child of the victim, or both.',
      cite: RESTITUTION,
    },
    {
      kind: 'paragraph',
      text: 'Separately, the Attorney General can seek a civil penalty of up to $50,000 for each violation from anyone who benefits from trafficking. Money recovered this way is used first to repay the victims.',
      cite: [SOURCES.hb2688, SOURCES.missourinet2011],
    },

    { kind: 'subheading', text: 'What decides the sentence' },
    {
      kind: 'paragraph',
      text: 'The laws set the frame. The law charged, the victim’s age and the use of force, abduction or coercion decide the prison range. The victim’s age also decides the registration tier.',
      cite: [...TEXT_566_209, ...TEXT_566_211, ...TIERS],
    },
    {
      kind: 'paragraph',
      text: 'Our sources give no Missouri sentencing guidelines, and nothing on how a judge chooses a sentence within a range. For a real case, ask a lawyer.',
    },

    { kind: 'subheading', text: 'Proposals you may read about that are not confirmed as law' },
    {
      kind: 'list',
      items: [
        'SB 1428 (2024) would have made 566.209 punishable by life without probation or parole. No evidence was found that it passed.',
        'Several 2024 bills (HB 1539, HB 1706 and SB 906) would have added a mandatory $5,000 restitution judgment against a person found guilty, paid into a new state fund for human trafficking and sexual exploitation. Not confirmed as enacted.',
        'SB 906 (2024) proposed a life sentence when a parent or guardian traffics the child. A January 2026 report describes this as still pending.',
      ],
      cite: [SB1428_PROPOSAL, HB1539_PROPOSAL, SB906_PROPOSAL, SOURCES.kbia2026, rsmo('566.209')],
    },
  ],
  keywords: [
    'sentenced',
    'sentence',
    'sentencing',
    'prison',
    'years in prison',
    'life in prison',
    'life sentence',
    'life imprisonment',
    'parole',
    'probation',
    'fine',
    'fined',
    'penalty',
    'punishment',
    'convicted',
    'conviction',
    'pleaded guilty',
    'found guilty',
    'mandatory minimum',
    'registered sex offender',
    'sex offender registry',
    'register as a sex offender',
    'Tier III',
    'restitution',
    'pay the victim',
  ],
};
