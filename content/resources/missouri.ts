/**
 * Missouri reporting lines and, for each area of the state, organisations
 * that support survivors. Sources: missouri-law-facts.md (A15, C6, C9) and
 * missouri-regions.md (sections 1 and 3).
 *
 * Organisations are never hotlines: for a child the number is the
 * Children's Division line, for trafficking the national hotline, and in an
 * emergency 911. Most organisation facts come from news stories, so details
 * may have changed.
 */
import { SOURCES, cite } from '../sources';
import type { MissouriArea, Resource } from '../types';

/** Summary ending for organisations with no website or phone in our sources. */
const NO_CONTACTS = 'No verified contact details; search for its current site.';

export const missouriStatewide: Resource[] = [
  {
    id: 'mo-children-division-hotline',
    name: 'Missouri Children’s Division Child Abuse and Neglect Hotline',
    purpose: 'child-abuse-report',
    summary:
      'Call if you think a child in Missouri is being abused, neglected or trafficked: Missouri law counts child sex trafficking victims as victims of child abuse. Members of the public can stay anonymous. Mandated reporters cannot, but they can report non-emergencies online through the Children’s Division website.',
    contacts: [
      { kind: 'call', value: '1-800-392-3738' },
      {
        kind: 'call',
        value: '1-800-735-2466',
        note: 'Relay Missouri, voice: for callers who are deaf, hard of hearing or speech impaired',
      },
      { kind: 'tty', value: '1-800-735-2966', note: 'Relay Missouri, text' },
      {
        kind: 'call',
        value: '(573) 751-3448',
        note: 'If you are outside Missouri and calling about a Missouri child',
      },
    ],
    hours: '24 hours a day, 7 days a week, every day of the year',
    cite: [
      SOURCES.dssCan,
      SOURCES.dssRptcan,
      SOURCES.earlyConnectionsChildSafety,
      SOURCES.childwelfareMoDefs,
    ],
  },
  {
    id: 'mo-safe-at-home',
    name: 'Missouri Safe at Home (address confidentiality)',
    purpose: 'address-confidentiality',
    summary:
      'A Secretary of State program that gives survivors of trafficking, domestic violence, sexual assault or stalking a substitute address. For new public records, government agencies and courts must accept it; private businesses do not have to. You apply with a trained application assistant.',
    contacts: [{ kind: 'call', value: '(866) 509-1409' }],
    cite: [SOURCES.safeAtHomeAgencies, SOURCES.safeAtHomeEligibility, SOURCES.safeAtHomeBackground],
  },
];

/** Organisations by area, only as the fact sheets show them. */
export const missouriAreaResources: Record<MissouriArea, Resource[]> = {
  'st-louis': [
    {
      id: 'mo-stl-covering-house',
      name: 'The Covering House',
      purpose: 'local-organization',
      summary:
        'A St. Louis organization that helps young survivors of sex trafficking recover. It runs a residential program for girls aged 12 to 18 and community services for ages 0 to 25 (as of 2022).',
      contacts: [
        {
          kind: 'web',
          value: 'https://thecoveringhouse.org/the-issue/',
          note: 'The organization’s website',
        },
      ],
      cite: [
        cite(
          'The Covering House: the issue',
          'https://thecoveringhouse.org/the-issue/',
          'secondary',
        ),
        SOURCES.ladueNewsCoveringHouse2021,
        SOURCES.moCoalitionForChildren2022,
      ],
    },
    {
      id: 'mo-stl-healing-action',
      name: 'Healing Action',
      purpose: 'local-organization',
      summary:
        'A survivor-led St. Louis organization for adult women who have been sexually exploited or trafficked, with peer counselors. Recent news coverage calls it Healing Action Network. We found no website in our sources.',
      contacts: [
        {
          kind: 'call',
          value: '(314) 833-4515',
          note: 'From an undated older news story; not confirmed as current',
        },
      ],
      qualifier:
        'Phone number not confirmed as current (from an undated older news story): check before relying on it',
      cite: [
        cite(
          'KSDK (undated older story): phone number, not confirmed as current',
          'https://www.ksdk.com/article/news/local/local-organization-offers-help-to-victims-of-sex-trafficking/63-447165310',
          'unverified',
        ),
        SOURCES.ksdkHealingAction,
        cite(
          'St. Louis Public Radio: St. Louis on the Air (July 2018)',
          'https://www.stlpr.org/show/st-louis-on-the-air/2018-07-02/recovery-programs-law-enforcement-legislation-work-to-combat-st-louis-area-human-trafficking',
          'secondary',
        ),
        cite(
          'St. Louis in Tune: AmeriCorps funding cut and survivors of trafficking',
          'https://www.stlintune.com/what-americorps-funding-cut-means-for-survivors-of-human-trafficking',
          'secondary',
        ),
      ],
    },
    {
      id: 'mo-stl-cate',
      name: 'CATE (Coalition Against Trafficking and Exploitation)',
      purpose: 'local-organization',
      summary:
        'A coalition based in St. Louis that works against trafficking across the Eastern District of Missouri. Healing Action hosts the coalition and acts as its fiscal sponsor.',
      contacts: [{ kind: 'web', value: 'https://mocate.org', note: 'The coalition’s website' }],
      cite: [SOURCES.cateAbout],
    },
    {
      id: 'mo-stl-lsem',
      name: 'Legal Services of Eastern Missouri',
      purpose: 'local-organization',
      summary: `Gives legal help to victims of trafficking. ${NO_CONTACTS}`,
      contacts: [],
      cite: [
        cite(
          'KPLR 11: combating human trafficking in St. Louis (March 2017)',
          'https://kplr11.com/2017/03/31/combating-human-trafficking-in-st-louis/',
          'secondary',
        ),
      ],
    },
  ],
  'kansas-city': [
    {
      id: 'mo-kc-veronicas-voice',
      name: 'Veronica’s Voice',
      purpose: 'local-organization',
      summary: `Founded in 2000 by a survivor, it helps adults leave prostitution or commercial sexual exploitation. Its Magdalene KC home lets women aged 24 and over live rent-free for up to two years. ${NO_CONTACTS}`,
      contacts: [],
      cite: [SOURCES.outlookMagdaleneKc, SOURCES.kshbVictimSupport2021],
    },
    {
      id: 'mo-kc-restoration-house',
      name: 'Restoration House of Greater Kansas City',
      purpose: 'local-organization',
      summary: `Gives residential and non-residential services to trafficking survivors, including long-term residential care. ${NO_CONTACTS}`,
      contacts: [],
      cite: [
        SOURCES.blueRiverRestorationHouse,
        cite(
          'UMKC News: human trafficking in Kansas City',
          'https://info.umkc.edu/unews/human-trafficking-in-kansas-city/',
          'secondary',
        ),
      ],
    },
    {
      id: 'mo-kc-rehope',
      name: 'ReHOPE',
      purpose: 'local-organization',
      summary:
        'With the Justice and Dignity Center, it runs a short-term (90-day) crisis home for up to 15 girls aged 17 or younger who are victims of sex trafficking.',
      contacts: [
        { kind: 'web', value: 'https://www.rehope.org', note: 'The organization’s website' },
      ],
      cite: [SOURCES.kshbCrisisHome],
    },
  ],
  'springfield-southwest': [
    {
      id: 'mo-sw-stand-against-trafficking',
      name: 'Stand Against Trafficking',
      purpose: 'local-organization',
      summary: 'A Springfield coalition that teaches and trains people about trafficking.',
      contacts: [
        {
          kind: 'web',
          value: 'https://standagainsttrafficking.org/',
          note: 'The coalition’s website',
        },
      ],
      cite: [SOURCES.standAgainstTrafficking, SOURCES.ozarksFirstStandAgainstTrafficking],
    },
    {
      id: 'mo-sw-pathways-project',
      name: 'Pathways Project Coalition of the Ozarks',
      purpose: 'local-organization',
      summary: `A coalition against trafficking serving Taney and Stone counties. ${NO_CONTACTS}`,
      contacts: [],
      cite: [SOURCES.bransonGlobePathways],
    },
    {
      id: 'mo-sw-rise-coalition',
      name: 'RISE Coalition',
      purpose: 'local-organization',
      summary: `A Joplin coalition that offers victim services and training. ${NO_CONTACTS}`,
      contacts: [],
      cite: [SOURCES.miamiDailyLife],
    },
  ],
  'columbia-central': [
    {
      id: 'mo-central-cmshtc',
      name: 'Central Missouri Stop Human Trafficking Coalition (CMSHTC)',
      purpose: 'local-organization',
      summary: `Formed in 2008, it gives victims direct help, such as safe housing, food and clothing, and holds monthly community meetings. ${NO_CONTACTS}`,
      contacts: [],
      cite: [SOURCES.krcgCmshtc, SOURCES.komuColumbiaYouth2023],
    },
    {
      id: 'mo-central-callaway-cardv',
      name: 'Callaway County CARDV',
      purpose: 'local-organization',
      summary:
        'A domestic and sexual violence agency in Callaway County. It works with the Central Missouri Stop Human Trafficking Coalition on recognizing trafficking.',
      contacts: [
        { kind: 'call', value: '573-642-1418', note: 'Business office' },
        { kind: 'web', value: 'https://callawaycardv.org/', note: 'The agency’s website' },
      ],
      cite: [SOURCES.callawayCardv],
    },
    {
      id: 'mo-central-lake-ozarks-coalition',
      name: 'Lake of the Ozarks Stop Human Trafficking Coalition',
      purpose: 'local-organization',
      summary: `A volunteer coalition serving Camden, Miller and Morgan counties. ${NO_CONTACTS}`,
      contacts: [],
      cite: [SOURCES.columbiaTribuneLakeCoalition2019],
    },
    {
      id: 'mo-central-child-safe',
      name: 'Child Safe of Central Missouri',
      purpose: 'local-organization',
      summary: `A child advocacy center in Sedalia, Pettis County. ${NO_CONTACTS}`,
      contacts: [],
      cite: [
        cite(
          'Sedalia Democrat: free program to raise awareness of human trafficking',
          'https://www.sedaliademocrat.com/news/free-program-to-raise-awareness-of-human-trafficking/article_5ebacbe6-ea9f-11e9-a99b-fb1ee20ce830.html',
          'secondary',
        ),
      ],
    },
  ],
  'rest-of-missouri': [
    {
      id: 'mo-nw-north-star',
      name: 'North Star Advocacy Center',
      purpose: 'local-organization',
      summary: `A domestic violence and sexual assault advocacy center in the Maryville area (Nodaway County) that helps trafficking victims. Its staff can help people apply to Safe at Home. ${NO_CONTACTS}`,
      contacts: [],
      cite: [
        cite(
          'Nodaway News: human trafficking does happen in northwest Missouri',
          'https://nodawaynews.com/human-trafficking-does-happen-in-nwmo/',
          'secondary',
        ),
      ],
    },
    {
      id: 'mo-nw-break-every-chain',
      name: 'Break Every Chain',
      purpose: 'local-organization',
      summary: `Works on prevention and education across northwest Missouri and northeast Kansas, and partners with the St. Joseph Police Department. ${NO_CONTACTS}`,
      contacts: [],
      qualifier: 'Based on a student news article only',
      cite: [SOURCES.breakEveryChainStudentArticle],
    },
    {
      id: 'mo-ne-kairos-hope',
      name: 'Kairos Hope',
      purpose: 'local-organization',
      summary: `A home in Monroe City for women who have survived sexual trauma. About 60% of the women it serves are trafficking victims. ${NO_CONTACTS}`,
      contacts: [],
      cite: [
        cite(
          'WGEM: new grant looks to help local sex trafficking victims (Aug. 2023)',
          'https://www.wgem.com/2023/08/30/new-grant-looks-help-local-sex-trafficking-victims/',
          'secondary',
        ),
      ],
    },
    {
      id: 'mo-se-county-resource-guide',
      name: 'Southeast and south-central Missouri: county resource guide',
      purpose: 'information',
      summary:
        'We found no current anti-trafficking organization in southeast Missouri (the Bootheel) or south-central Missouri. The Missouri Collaborative Against Human Trafficking paid for a resource guide you can search by county.',
      contacts: [
        {
          kind: 'web',
          value: 'https://mocate.org/resources/htimp/',
          note: 'Missouri Resource Guide, searchable by county',
        },
      ],
      cite: [SOURCES.mcahtGuide, SOURCES.kfvsTaskForce],
    },
  ],
};
