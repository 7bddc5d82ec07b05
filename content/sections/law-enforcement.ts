import type { Section } from '../types';
import { cite, rsmo, SOURCES } from '../sources';

const komuTaskForce = cite(
  'KOMU: AG Hawley launches human trafficking task force',
  'https://www.komu.com/news/missouri-ag-hawley-launches-human-trafficking-task-force',
  'secondary',
);
const mcahtAssessment = cite(
  'Human trafficking in Missouri and Metro East St. Louis: needs assessment (2019)',
  'https://docslib.org/doc/10331976/human-trafficking-in-missouri-and-metro-east-st-louis-provider-based-needs-assessment-and-demographic-snapshot',
  'secondary',
);

export const section: Section = {
  id: 'law-enforcement',
  title: 'How police and prosecutors respond, and what holds them back',
  summary:
    'Police must tell social services about likely victims, and task forces and federal agencies share the work, but victims’ fear, limited services and cases that cross state lines make it harder; our sources give no Missouri figures on investigations or evidence.',
  blocks: [
    { kind: 'subheading', text: 'Common hurdles' },
    {
      kind: 'list',
      intro:
        'Our sources give no Missouri figures on police staffing, budgets or training. What they do show:',
      items: [
        'Victims may not come forward. Traffickers may threaten them with deportation or with the police, and a victim may get very nervous when police are mentioned.',
        'Missouri law lets the Department of Public Safety set procedures and training for identifying victims (see below). Our sources do not say what training officers in Missouri receive.',
        'Help for victims depends on money: the state arranges services only as funds allow.',
        'Some cases cross state lines, so federal law and federal agencies may be involved as well (see below).',
      ],
      cite: [
        SOURCES.dhsIndicatorsByType,
        SOURCES.hotlineRedFlagsGainesville,
        SOURCES.hb2688,
        SOURCES.hb1897,
        SOURCES.usc2421,
        SOURCES.usc2423,
      ],
    },

    { kind: 'subheading', text: 'Gathering evidence and working together' },
    {
      kind: 'paragraph',
      text: 'Our sources give no Missouri figures on investigations, arrests, charges, convictions or how often agencies work a case together. They say little about how evidence is gathered.',
    },
    {
      kind: 'list',
      intro: 'What they do say about evidence:',
      items: [
        'The Missouri State Highway Patrol asks the public to note vehicle details and report them to the national hotline.',
        'Under federal law, if the defendant had a reasonable chance to see the victim, prosecutors do not have to prove the defendant knew the victim was under 18.',
        'A survivor applying for a T visa must generally comply with reasonable requests for help from law enforcement. A statement from an officer (Form I-914 Supplement B) is optional evidence.',
      ],
      cite: [
        SOURCES.mshp,
        SOURCES.usc1591b,
        SOURCES.uscisTVisaEligibility,
        SOURCES.tVisaApplication,
      ],
    },
    {
      kind: 'list',
      intro: 'What they say about agencies working together:',
      items: [
        'Missouri law links police with the Department of Social Services, the Children’s Division and juvenile officers. These duties are set out in the next part.',
        'SB 775 (2022) created a statewide council on the sex trafficking and sexual exploitation of children (210.1505), which had to report by Dec. 31, 2023.',
        'Task forces and coalitions link local, state and federal work, and federal agencies may take part when a case crosses state lines. Both are described below.',
      ],
      cite: [
        SOURCES.hb2688,
        SOURCES.dpsCouncil,
        rsmo('210.1505'),
        SOURCES.blueRiverRestorationHouse,
      ],
    },

    { kind: 'subheading', text: 'What Missouri law asks of police' },
    {
      kind: 'paragraph',
      text: 'When police first meet someone who reasonably appears to be a trafficking victim, they must tell the Department of Social Services. Where it applies, they must also tell juvenile authorities. The aim is to check whether the person can get services (RSMo 566.223).',
      cite: [SOURCES.hb2688, SOURCES.hb1897, SOURCES.hb363Rsmo566223, rsmo('566.223')],
    },
    {
      kind: 'list',
      intro:
        'The same law lets the Department of Public Safety set procedures and training for spotting victims. The agencies it names include:',
      items: [
        'the Children’s Division;',
        'juvenile courts;',
        'law enforcement;',
        'health care professionals;',
        'shelters for runaway and homeless youth.',
      ],
      cite: [SOURCES.hb2688, SOURCES.hb1897, SOURCES.childwelfareResponding],
    },
    {
      kind: 'paragraph',
      text: 'Since August 2022, a person who was under 18 cannot be treated as an adult, or found delinquent, for prostitution. They are treated as a victim of abuse, and the case must be reported at once to the Children’s Division and the juvenile officer (RSMo 567.020).',
      cite: [SOURCES.rsmo567020, SOURCES.jysiMissouri, SOURCES.hb2911],
    },
    {
      kind: 'paragraph',
      text: 'News coverage of the 2022 law says it also requires police to report suspected child trafficking to the state straight away.',
      cite: [SOURCES.kbia2022],
    },

    { kind: 'subheading', text: 'The Attorney General and task forces' },
    {
      kind: 'list',
      intro:
        'The Missouri Attorney General’s page on human trafficking lists these efforts. The page dates from 2019–2022 and may be out of date.',
      items: [
        'an Anti-Trafficking Enforcement Unit;',
        'a permanent Human Trafficking Task Force;',
        'consumer-protection rules aimed at trafficking;',
        'training;',
        'a Business Council Against Human Trafficking.',
      ],
      cite: [SOURCES.agInitiatives],
    },
    {
      kind: 'paragraph',
      text: 'In April 2018, under Attorney General Hawley, the office brought in rules that stop businesses from acting as cover for trafficking and that make debt bondage illegal.',
      cite: [SOURCES.agHumanTrafficking2018, komuTaskForce],
    },
    {
      kind: 'paragraph',
      text: 'The Attorney General can also bring a civil action against anyone who profits from trafficking. The office can seek a civil penalty of as much as $50,000 for each violation, and a court order to stop the conduct. Money recovered goes first to repay victims.',
      cite: [SOURCES.hb2688, SOURCES.missourinet2011],
    },
    {
      kind: 'list',
      intro: 'Local examples:',
      items: [
        'The Greene County Juvenile Office set up a task force for high-risk victims in 2021.',
        'In Kansas City, a Coalition Against Human Trafficking is linked to the Human Trafficking Rescue Project of the U.S. Attorney for the Western District of Missouri.',
        'In St. Louis, the CATE coalition serves the Eastern District of Missouri.',
      ],
      cite: [
        SOURCES.greeneCountyTaskForce2021,
        SOURCES.blueRiverRestorationHouse,
        SOURCES.cateAbout,
      ],
    },

    { kind: 'subheading', text: 'Calls to Missouri’s old hotline go to the national hotline' },
    {
      kind: 'paragraph',
      text: 'Since about August 2020, the Attorney General’s office has used the National Human Trafficking Hotline (1-888-373-7888) in place of a Missouri-only line. Calls to the old state line are redirected to the national hotline.',
      cite: [SOURCES.missouriTimes2020, SOURCES.kait2020, SOURCES.ksdk2020],
    },
    {
      kind: 'paragraph',
      text: 'The Missouri State Highway Patrol also tells the public to report to 1-888-373-7888. We found no separate, current trafficking phone line at the Attorney General’s office.',
      cite: [SOURCES.mshp],
    },

    { kind: 'subheading', text: 'Cases that cross state lines' },
    {
      kind: 'paragraph',
      text: 'Traffickers can move people between states or reach them online. Then federal law can apply as well as Missouri law, and federal agencies may take part. The section on federal law explains how the two fit together.',
    },
    {
      kind: 'list',
      intro: 'Federal crimes aimed at movement across state lines include:',
      items: [
        'taking any person across state lines for prostitution or other criminal sexual activity: up to 10 years (18 U.S.C. 2421, the Mann Act);',
        'taking a person under 18 across state lines for the same purpose: 10 years to life (18 U.S.C. 2423(a));',
        'using the internet or mail to lure a person under 18: 10 years to life (18 U.S.C. 2422(b)).',
      ],
      cite: [SOURCES.usc2421, SOURCES.usc2423, SOURCES.usc2422],
    },
    {
      kind: 'paragraph',
      text: 'Some regional work already spans state lines. A 2019 needs assessment of Missouri services also covered Metro East St. Louis, in Illinois.',
      cite: [mcahtAssessment],
    },
    {
      kind: 'list',
      intro: 'Federal agencies that take tips:',
      items: [
        'the FBI, online at https://tips.fbi.gov/ or through a local field office;',
        'Homeland Security Investigations (HSI), 1-866-347-2423 (866-DHS-2-ICE), 24 hours a day.',
      ],
      cite: [SOURCES.airForceAmyResources, SOURCES.dhsBlueCampaignBulletin2022],
    },
  ],
  keywords: [
    'law enforcement',
    'police',
    'sheriff',
    'officers',
    'task force',
    'sting',
    'undercover',
    'arrest',
    'arrested',
    'investigation',
    'investigators',
    'prosecutor',
    'prosecution',
    'Attorney General',
    'Highway Patrol',
    'MSHP',
    'FBI',
    'Homeland Security Investigations',
    'HSI',
    'U.S. Attorney',
    'across state lines',
    'interstate',
    'jurisdiction',
    'Mann Act',
    'debt bondage',
    'Business Council',
    'enforcement unit',
    'raid',
    'bust',
  ],
};
