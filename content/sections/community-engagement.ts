import type { Section } from '../types';
import { cite, rsmo, SOURCES } from '../sources';

// Statewide bodies.
const abc17Mcaht2019 = cite(
  'ABC 17 News, March 6, 2019: Missouri organization receives funding to fight sex trafficking',
  'https://abc17news.com/news/2019/03/06/missouri-organization-receives-100000-to-fight-sex-trafficking',
  'secondary',
);

export const section: Section = {
  id: 'community-engagement',
  title: 'How Missouri communities work against trafficking, and how you can help',
  summary:
    'Local coalitions, statewide bodies and businesses train people, raise awareness and support survivors; you can help by learning the signs, reporting, and joining a local group.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Local coalitions across Missouri train professionals, teach the public the warning signs and, in some areas, help survivors directly.',
      cite: [
        SOURCES.standAgainstTrafficking,
        SOURCES.komuColumbiaYouth2023,
        SOURCES.miamiDailyLife,
      ],
    },

    { kind: 'subheading', text: 'Statewide bodies' },
    {
      kind: 'list',
      items: [
        'The Missouri Collaborative Against Human Trafficking (MCAHT) formed around 2019. It paid for the Missouri Resource Guide, which you can search by county, and for a 2019 study of services across the state.',
        'The Attorney General’s Human Trafficking Task Force is a permanent body.',
        'The Attorney General’s office also lists training among its efforts. Its page dates from 2019–2022 and may be out of date.',
      ],
      cite: [
        SOURCES.mcahtGuide,
        SOURCES.youthBridgeCollaborative,
        abc17Mcaht2019,
        SOURCES.agInitiatives,
        SOURCES.kfvsTaskForce,
      ],
    },
    {
      kind: 'paragraph',
      text: 'SB 775, signed by Gov. Parson on June 30, 2022, set up the Statewide Council on Sex Trafficking and Sexual Exploitation of Children, under RSMo 210.1505. The council had to report by Dec. 31, 2023, after which it would end.',
      cite: [SOURCES.dpsCouncil, rsmo('210.1505')],
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'Proposal: outcome not confirmed',
      text: 'SB 60 (2025) would create the "Statewide Council Against Adult Trafficking and the Commercial Sexual Exploitation of Children". It would sit in the Attorney General’s office, with the Attorney General as chair. We could not confirm that it became law. In January 2026, similar bills were reported as still pending.',
      cite: [SOURCES.sb60Summary, SOURCES.kbia2026],
      link: {
        label: 'SB 60 (2025) on the Missouri Senate site',
        url: 'https://www.senate.mo.gov/25info/BTS_Web/Bill.aspx?SessionType=R&BillID=356',
      },
    },

    { kind: 'subheading', text: 'Local coalitions' },
    {
      kind: 'list',
      intro: 'Groups named in our sources, by area:',
      items: [
        'St. Louis: the Coalition Against Trafficking and Exploitation (CATE). It began in March 2018 and covers the Eastern District of Missouri. Before it came the St. Louis Rescue and Restore Coalition (2005), which the International Institute of St. Louis led. Website: https://mocate.org',
        'Kansas City: a Coalition Against Human Trafficking, tied to the Human Trafficking Rescue Project run by the U.S. Attorney for the Western District of Missouri. Restoration House of Greater Kansas City is a member.',
        'Columbia and central Missouri: the Central Missouri Stop Human Trafficking Coalition (CMSHTC), founded in 2008, gives survivors safe housing, food and clothing, and holds community meetings each month.',
        'Callaway County: the local domestic and sexual violence agency works with CMSHTC on spotting trafficking.',
        'Lake of the Ozarks: the Lake of the Ozarks Stop Human Trafficking Coalition, run by volunteers, serves Camden, Miller and Morgan counties.',
        'Springfield: Stand Against Trafficking focuses on education and training. Website: https://standagainsttrafficking.org/',
        'Greene County: the Juvenile Office set up a task force for high-risk victims in 2021.',
        'Branson area: the Pathways Project Coalition of the Ozarks, which covers Taney and Stone counties.',
        'Joplin: the RISE Coalition offers victim services and training.',
        'Northwest Missouri: Break Every Chain works on education and prevention there and in northeast Kansas, and partners with the St. Joseph Police Department. Our only source is a student news article.',
      ],
      cite: [
        SOURCES.cateAbout,
        SOURCES.blueRiverRestorationHouse,
        SOURCES.komuColumbiaYouth2023,
        SOURCES.krcgCmshtc,
        SOURCES.callawayCardv,
        SOURCES.columbiaTribuneLakeCoalition2019,
        SOURCES.standAgainstTrafficking,
        SOURCES.ozarksFirstStandAgainstTrafficking,
        SOURCES.greeneCountyTaskForce2021,
        SOURCES.bransonGlobePathways,
        SOURCES.miamiDailyLife,
        SOURCES.breakEveryChainStudentArticle,
      ],
    },
    {
      kind: 'paragraph',
      text: 'Groups, leaders and programs change. Check that a group is still active before you rely on it. The MCAHT county guide is a good place to start.',
      cite: [SOURCES.mcahtGuide],
    },

    { kind: 'subheading', text: 'Businesses' },
    {
      kind: 'list',
      items: [
        'Many businesses and public places must display the national hotline poster. The section on public awareness lists them.',
        'In April 2018, the Attorney General’s office brought in rules that stop businesses from acting as cover for trafficking and that make debt bondage illegal.',
        'The Attorney General’s office lists a Business Council Against Human Trafficking among its efforts. Its page may be out of date.',
        'The hotline poster is free to print from the Department of Public Safety website.',
      ],
      cite: [
        SOURCES.dpsPoster,
        SOURCES.hb2911,
        SOURCES.agHumanTrafficking2018,
        SOURCES.agInitiatives,
      ],
    },

    { kind: 'subheading', text: 'Training, health care and schools' },
    {
      kind: 'list',
      intro:
        'Missouri law lets the Department of Public Safety set training on spotting victims for:',
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
      text: 'Schools and youth workers can notice early signs, such as a child who stops coming to school, or children in public places during school hours. A concern about a child in Missouri can go to the Children’s Division at 1-800-392-3738.',
      cite: [SOURCES.blueCampaignCastla, SOURCES.mshp, SOURCES.dssCan],
    },

    { kind: 'subheading', text: 'How you can take part' },
    {
      kind: 'list',
      items: [
        'Learn the warning signs, and remember that no single sign proves trafficking.',
        'Save the National Human Trafficking Hotline number: 1-888-373-7888, or text 233733.',
        'Find services near you in the MCAHT Missouri Resource Guide, searchable by county.',
        'Go to a local coalition meeting. CMSHTC, for example, holds community meetings each month.',
        'If you run a business, display the hotline poster, whether or not the law requires it.',
        'If you see signs, report them. Do not confront anyone yourself.',
      ],
      cite: [
        SOURCES.hotlineAbout,
        SOURCES.hotlineReport,
        SOURCES.mcahtGuide,
        SOURCES.komuColumbiaYouth2023,
        SOURCES.dpsPoster,
        SOURCES.transportationReport,
      ],
    },
  ],
  keywords: [
    'community',
    'community engagement',
    'coalition',
    'volunteer',
    'get involved',
    'education',
    'training',
    'workshop',
    'outreach',
    'schools',
    'teachers',
    'businesses',
    'nonprofit',
    'CATE',
    'MCAHT',
    'Stand Against Trafficking',
    'CMSHTC',
    'Pathways Project',
    'RISE Coalition',
    'Break Every Chain',
    'Lake of the Ozarks',
    'resource guide',
    'Statewide Council',
    'SB 775',
    'SB 60',
    'collaboration',
  ],
};
