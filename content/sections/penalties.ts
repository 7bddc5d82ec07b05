import type { Citation, Section } from '../types';
import { SOURCES, bill, cite } from '../sources';

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

const TEXT_566_209 = [SOURCES.sb1428, SOURCES.sb906];
const TEXT_566_210 = [
  SOURCES.sb906,
  SOURCES.sb1428,
  SOURCES.hb1539,
  SOURCES.hb1706,
  SOURCES.hb2770,
];
const TEXT_566_211 = [SOURCES.sb1428, SOURCES.hb1539];
const TIERS = [REG_589_414_HB1450, REG_589_414_HB2885];

const TIER_566_209 =
  'Tier I if the victim was 18 or older (15 years, check in yearly); Tier III if the victim was under 18 (life, check in every 90 days)';
const TIER_III = 'Tier III: for life, check in every 90 days';
const NO_REGISTRATION = 'None from this crime alone, unless another law requires it';

export const section: Section = {
  id: 'penalties',
  title: 'What happens to people convicted of sex trafficking in Missouri',
  summary:
    'Prison terms run from 5 to 20 years for the basic crime up to life when force, abduction or coercion is used or the victim is a child, with fines of up to $250,000, sex-offender registration and restitution to the victim.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'A sex trafficking conviction in Missouri brings a long prison term. The range depends on the victim’s age and on whether force, abduction or coercion was used. People convicted must also pay restitution to the victim and register as sex offenders.',
      cite: [...TEXT_566_209, ...TEXT_566_211, SOURCES.hb1450Restitution566218, ...TIERS],
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'The statute text here is as of 2024',
      text: 'The penalties below come from Missouri bills of 2024, which reprint the law as it stood then. The current official text was not checked for this page. Check the Missouri Revisor of Statutes for the law in force today.',
      cite: [SOURCES.sb1428, SOURCES.revisor],
      link: { label: 'Missouri Revisor of Statutes', url: 'https://revisor.mo.gov/' },
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
          when: 'Child under 14 (reported 2025 change, not confirmed)',
          prison: 'At least 30 years, up to life (reported, not confirmed)',
          status: 'reported-change',
          cite: [SOURCES.report2025],
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
      text: 'A single news report from September 2025 says that from late August 2025 the first-degree crime covers children under 14, not under 12, and carries at least 30 years up to life. The amended statute text and the bill that made the change were not found, so this is not confirmed. The row marked as a reported change is shown beside the 2024 text, not instead of it.',
      cite: [SOURCES.report2025],
      link: {
        label: 'Check the current statute at revisor.mo.gov',
        url: 'https://revisor.mo.gov/',
      },
    },
    {
      kind: 'paragraph',
      text: 'For the first-degree crime, "life imprisonment" means for the rest of the person’s natural life. The usual minimum-term rules in subsection 4 of section 558.019 do not apply to it.',
      cite: TEXT_566_210,
    },
    {
      kind: 'paragraph',
      text: 'Some summaries say trafficking a minor carries at least five years, or at most 10 years. Neither matches the child trafficking statutes. The second-degree crime (any child under 18) carries 10 years to life, and the first-degree crime carries life, with no probation or parole until the person has served at least 25 years.',
      cite: [...TEXT_566_211, ...TEXT_566_210],
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
          cite: [SOURCES.justia566203],
        },
        {
          offense: 'Abusing an individual through forced labor',
          statute: 'RSMo 566.203',
          when: 'Death results, or the crime includes kidnapping, attempted murder or class B sexual abuse',
          prison: '5 years to life',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.justia566203],
        },
        {
          offense: 'Trafficking for slavery, involuntary servitude, peonage or forced labor',
          statute: 'RSMo 566.206',
          when: 'Basic crime',
          prison: '5 to 20 years',
          fine: 'Up to $250,000',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.combs566206, SOURCES.childwelfareMoDefs],
        },
        {
          offense: 'Trafficking for slavery, involuntary servitude, peonage or forced labor',
          statute: 'RSMo 566.206',
          when: 'Death results, or the crime includes kidnapping, attempted murder or class B sexual abuse',
          prison: '5 years to life',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.combs566206, SOURCES.childwelfareMoDefs],
        },
        {
          offense: 'Contributing to human trafficking through misuse of documentation',
          statute: 'RSMo 566.215',
          when: 'Taking, hiding or holding a person’s ID or immigration papers, or restricting their use, as part of trafficking',
          prison: 'Class E felony',
          registration: NO_REGISTRATION,
          status: 'statute',
          cite: [SOURCES.hb1539, SOURCES.childwelfareMoDefs],
        },
      ],
    },

    { kind: 'subheading', text: 'Registering as a sex offender' },
    {
      kind: 'paragraph',
      text: 'Missouri sorts registered sex offenders into three tiers. The tier decides how often the person must check in with the authorities in person and how long they stay on the registry. The tier system took effect on Aug. 28, 2018.',
      cite: [...TIERS, SOURCES.moberlyMonitor2018],
    },
    {
      kind: 'list',
      items: [
        'Tier I: trafficking under 566.209 when the victim was 18 or older. Check in once a year, for 15 years.',
        'Tier II: 25 years. Our sources list no trafficking crime in this tier.',
        'Tier III: trafficking under 566.209 when the victim was under 18, and both child trafficking crimes (566.210 and 566.211). Check in every 90 days, for life.',
      ],
      cite: [...TIERS, REG_589_400_HB2911, TWIBELL_PIERSON],
    },
    {
      kind: 'paragraph',
      text: 'In some cases a clean record can shorten the time on the registry. Labor trafficking (566.203, 566.206) and misuse of documents (566.215) do not by themselves require registration.',
      cite: [REG_589_414_HB1450, REG_589_400_HB2911, SOURCES.justia566203, SOURCES.combs566206],
    },

    { kind: 'subheading', text: 'Paying restitution to the victim (RSMo 566.218)' },
    {
      kind: 'paragraph',
      text: 'The court must order anyone found guilty under 566.203, 566.206, 566.209, 566.210, 566.211, 566.212, 566.213 or 566.215 to pay restitution to the victim. This applies whether the person is sent to prison or put on probation.',
      cite: [SOURCES.hb1450Restitution566218, RESTITUTION_HB2688, SOURCES.missourinet2011],
    },
    {
      kind: 'paragraph',
      text: 'The least the court can order is what it finds is needed to cover the value of the victim’s labor, the cost of the victim’s (and any child’s) physical and mental recovery, or both.',
      cite: [SOURCES.hb1450Restitution566218, RESTITUTION_HB2688],
    },
    {
      kind: 'paragraph',
      text: 'The Attorney General can also seek a civil penalty of up to $50,000 for each violation from anyone who benefits from trafficking. Money recovered this way goes first to restitution for the victims.',
      cite: [SOURCES.hb2688, SOURCES.missourinet2011],
    },

    { kind: 'subheading', text: 'What decides the sentence' },
    {
      kind: 'paragraph',
      text: 'The law itself sets the frame. The crime charged (the child crimes turn on the victim’s age) and the use of force, abduction or coercion decide the prison range. The victim’s age decides the registration tier. The least the court can order in restitution is set by the value of the victim’s labor, the cost of their recovery, or both.',
      cite: [...TEXT_566_209, ...TEXT_566_211, ...TIERS, SOURCES.hb1450Restitution566218],
    },
    {
      kind: 'paragraph',
      text: 'Our sources include no Missouri sentencing guidelines beyond these ranges. This page does not say how a judge chooses a sentence within a range.',
    },

    { kind: 'subheading', text: 'Proposals you may read about that are not confirmed as law' },
    {
      kind: 'list',
      items: [
        'SB 1428 (2024) would have made 566.209 punishable by life without probation or parole. No evidence was found that it passed.',
        'Several 2024 bills (HB 1539, HB 1706 and SB 906) would have added a $5,000 restitution payment into a new state fund for human trafficking and sexual exploitation. Not confirmed as enacted.',
        'SB 906 (2024) proposed a life sentence when a parent or guardian traffics the child. A January 2026 report describes this as still pending.',
      ],
      cite: [SB1428_PROPOSAL, HB1539_PROPOSAL, SB906_PROPOSAL, SOURCES.kbia2026],
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
