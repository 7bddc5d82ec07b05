import type { Section } from '../types';
import { cite, SOURCES } from '../sources';

// Hotline figures, as reported by news outlets and charities (fact sheet, section E).
const columbiaTribune2015 = cite(
  'Columbia Daily Tribune: hotline figures for 2014 and 2015',
  'https://www.columbiatribune.com/30994e70-26e5-5fae-a02c-df39d44bfb92.html',
  'secondary',
);
const topix2016 = cite(
  'Special report: sex trafficking in mid-Missouri (2017)',
  'https://www.topix.com/state/mo/2017/02/special-report-sex-trafficking-in-mid-missouri?fromrss=1',
  'secondary',
);
const herCampus2018 = cite(
  'Her Campus UMKC: Kansas City human trafficking (student publication)',
  'https://www.hercampus.com/school/umkc/kansas-city-human-trafficking-hot-spot',
  'secondary',
);
const fourStates2019 = cite(
  'Four States Homepage: human trafficking, a local and national battle',
  'https://www.fourstateshomepage.com/local-news/human-trafficking-a-local-and-national-battle/',
  'secondary',
);
const parentSecurity2020 = cite(
  'Parent Security Online repost: Missouri trafficking reports (2020 figures conflict)',
  'https://parentsecurityonline.com/minorsextrafficking-sex-trafficking-reports-and-cases-on-the-rise-in-missouri-nationwide-metro/',
  'unverified',
);
const abc17Spike2026For2020 = cite(
  'ABC 17 News, Jan. 11, 2026 (2020 figures conflict)',
  'https://abc17news.com/news/top-stories/2026/01/11/missouri-sees-spike-in-human-trafficking-cases',
  'unverified',
);
const kbia2022For2020 = cite(
  'KBIA, Aug. 31, 2022 (2020 figures conflict)',
  'https://www.kbia.org/missouri-news/2022-08-31/missouris-new-child-sex-trafficking-law-takes-effect-after-years-of-criticism',
  'unverified',
);
const magnolia2023 = cite(
  'The Magnolia Ministry: facts',
  'https://themagnoliaministry.org/facts',
  'secondary',
);

// Services.
const semoRepost2018 = cite(
  'KFVS story reposted, Aug. 24, 2018: combating trafficking in southeast Missouri',
  'https://sheraehoneycutt.com/2018/08/24/combating-human-trafficking-in-southeast-missouri-proves-a-complex-issue/',
  'secondary',
);

export const section: Section = {
  id: 'challenges',
  title: 'Why sex trafficking is hard to find and stop in Missouri',
  summary:
    'Victims may be too afraid to ask for help, the best-known numbers count reports rather than crimes, and help is thin in parts of the state.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'People being trafficked may not ask for help. Traffickers may threaten them or their family, or threaten them with deportation or the police.',
      cite: [SOURCES.dhsIndicatorsByType],
    },
    {
      kind: 'paragraph',
      text: 'Reports depend on people who know the warning signs and where to report. Our sources give no measure of how much trafficking goes unreported, and the figures below count only what people reported. That is one reason public awareness matters.',
    },

    { kind: 'subheading', text: 'Hotline figures count reports, not crimes' },
    {
      kind: 'paragraph',
      text: 'The Missouri numbers most often quoted come from the National Human Trafficking Hotline. A "case" is one situation reported to the hotline. Calls, texts, chats, emails and web forms are counted separately, as "contacts" or "signals".',
      cite: [SOURCES.standAgainstTraffickingLearn, SOURCES.abc17Awareness2023],
    },
    {
      kind: 'paragraph',
      text: 'Neither figure counts confirmed crimes, arrests or convictions. We could not find the hotline’s own Missouri statistics page, so the figures below are as news outlets and charities reported them.',
    },
    {
      kind: 'list',
      intro: 'Missouri cases reported to the hotline, by year:',
      items: [
        '2014: 55 cases.',
        '2015: 365 calls and 67 cases. Of the cases, 58 were sex trafficking, 4 labor, 1 both, and 4 were not specified. Missouri ranked 20th.',
        '2016: 421 calls. Our sources give no case count for that year.',
        '2018: 178 cases, 137 of them sex trafficking.',
        '2019: 233 cases, 15th in the nation.',
        '2020: reports disagree. One gives 260 cases, another 270, and a third 101 child trafficking cases. No single 2020 figure is confirmed.',
        '2021: 240 cases involving 327 victims.',
        '2023: 246 new cases involving 356 victims.',
        '2024: 272 cases involving 539 victims, the most cases since 2020. In 167 reports, the survivor contacted the hotline directly.',
      ],
      cite: [
        columbiaTribune2015,
        topix2016,
        herCampus2018,
        fourStates2019,
        parentSecurity2020,
        abc17Spike2026For2020,
        kbia2022For2020,
        SOURCES.abc17Awareness2023,
        SOURCES.standAgainstTraffickingLearn,
        SOURCES.kq2PreventionMonth2023,
        magnolia2023,
        SOURCES.newsPressNow2026,
        SOURCES.abc17Spike2026,
        SOURCES.miamiDailyLife,
      ],
    },
    {
      kind: 'paragraph',
      text: 'A rise in reports can mean more people know the signs and the number to call. It does not, on its own, show how much trafficking there is. A fall does not prove there is less.',
    },

    { kind: 'subheading', text: 'Too few services in parts of the state' },
    {
      kind: 'paragraph',
      text: 'SEMO Rescue and Restore had offices in East Prairie and Kennett. It lost its funding and shut in July 2017. In 2018 a former caseworker said the Bootheel had been left with nothing.',
      cite: [SOURCES.kfvsTaskForce, semoRepost2018],
    },
    {
      kind: 'paragraph',
      text: 'We found no current trafficking organization for southeast or south-central Missouri. People there can use the statewide numbers and the county-by-county Missouri Resource Guide, paid for by the Missouri Collaborative Against Human Trafficking (MCAHT).',
      cite: [SOURCES.mcahtGuide],
    },
    {
      kind: 'paragraph',
      text: 'State help also depends on money. Missouri law lets the Department of Social Services arrange services for confirmed victims, such as housing, health care and counseling, but only as funds allow.',
      cite: [SOURCES.hb2688],
    },

    { kind: 'subheading', text: 'How Missouri’s laws have been graded' },
    {
      kind: 'list',
      intro:
        'Shared Hope International grades each state’s laws. Its grades for Missouri, as reported:',
      items: [
        'B, from 2011, under its older grading method.',
        'F in 2021, under a new method.',
        'F again in 2022.',
      ],
      cite: [SOURCES.kcStarGrades2021, SOURCES.yahooGrades2021, SOURCES.rehopeGrades2022],
    },
    {
      kind: 'paragraph',
      text: 'Our sources give no grade after 2022. A change in method can change a grade even when the law stays the same.',
      cite: [SOURCES.kcStarGrades2021, SOURCES.rehopeGrades2022],
    },

    { kind: 'subheading', text: 'The law keeps changing' },
    {
      kind: 'paragraph',
      text: 'Lawmakers keep proposing changes to trafficking law. In January 2026, several anti-trafficking bills were reported as still pending.',
      cite: [SOURCES.kbia2026],
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'Check the current law',
      text: 'News reports and older pages can be out of date. For the current wording of any Missouri statute, check the Revisor of Statutes.',
      cite: [SOURCES.revisor],
      link: { label: 'Missouri Revisor of Statutes', url: 'https://revisor.mo.gov/' },
    },
  ],
  keywords: [
    'challenges',
    'obstacles',
    'barriers',
    'under-reporting',
    'underreported',
    'hidden crime',
    'statistics',
    'hotline data',
    'cases',
    'signals',
    'contacts',
    'numbers',
    'prevalence',
    'Shared Hope',
    'report card',
    'grade',
    'F grade',
    'funding',
    'lack of services',
    'closed',
    'Bootheel',
    'southeast Missouri',
    'SEMO Rescue and Restore',
    'spike in cases',
  ],
};
