import type { Section } from '../types';
import { cite, rsmo, SOURCES } from '../sources';

const mocadsvPoster = cite(
  'MOCADSV, 2019: stop human trafficking poster available from DPS',
  'https://www.mocadsv.org/blog/2019/missouri-stop-human-trafficking-poster-available-through-department-of-public-safety',
  'secondary',
);
const ky3Poster = cite(
  'KY3: how a simple poster is raising awareness of human trafficking',
  'https://www.ky3.com/content/news/How-a-simple-poster-in-Missouri-is-raising-awareness-about-human-trafficking-508594891.html',
  'secondary',
);
const kmovPoster = cite(
  'KMOV: new effort underway in Missouri to stop sex trafficking',
  'https://www.kmov.com/news/new-effort-underway-in-missouri-to-stop-sex-trafficking/article_89e44f46-0e99-11e9-87f3-6f0c51032a39.html',
  'secondary',
);

export const section: Section = {
  id: 'public-awareness',
  title: 'Why public awareness matters, and Missouri’s hotline poster law',
  summary:
    'Help often starts when someone notices the signs and reports them, so Missouri requires many public places to display the national hotline number.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Trafficking is often hidden. Help can start when a neighbor, worker or customer notices something wrong and knows who to tell.',
    },
    {
      kind: 'paragraph',
      text: 'Awareness means two things: knowing the warning signs, and knowing the number to call. Missouri’s poster law puts the number where victims and the public can see it.',
    },

    { kind: 'subheading', text: 'The hotline poster law' },
    {
      kind: 'paragraph',
      text: 'A 2018 law, HB 1246, created RSMo 595.120. It took effect on Aug. 28, 2018. The Department of Public Safety had to produce the poster before Jan. 1, 2019.',
      cite: [SOURCES.dpsPoster, SOURCES.rsmo595120, rsmo('595.120')],
    },
    {
      kind: 'paragraph',
      text: 'From March 1, 2019, the places listed below must display the poster where people can easily see it: in or near the restrooms, or near the entrance.',
      cite: [SOURCES.dpsPoster, mocadsvPoster, SOURCES.hb2911],
    },
    {
      kind: 'list',
      intro: 'Who must display the poster:',
      items: [
        'hotels and motels that have been cited as a public nuisance for prostitution;',
        'strip clubs and other sexually oriented businesses;',
        'certain private clubs that hold a liquor permit for drinking on site;',
        'airports;',
        'passenger train stations;',
        'bus stations;',
        'truck stops (private sites with food, fuel, showers or toilets, and legal overnight parking);',
        'roadside rest areas;',
        'emergency rooms in general acute care hospitals;',
        'urgent care centers;',
        'privately run job recruitment centers;',
        'massage or bodywork businesses whose staff are not licensed under RSMo 324.265;',
        'women’s health centers;',
        'abortion facilities;',
        'family planning clinics;',
        'maternity homes;',
        'pregnancy resource centers.',
      ],
      cite: [SOURCES.dpsPoster, mocadsvPoster, SOURCES.hb2911, rsmo('324.265')],
    },
    {
      kind: 'list',
      intro: 'What the poster must be like:',
      items: [
        'at least 8.5 × 11 inches;',
        'in English and Spanish, plus any other language the county must use for voting materials under the federal Voting Rights Act;',
        'it may list other hotlines as well.',
      ],
      cite: [SOURCES.rsmo595120, SOURCES.hb2911],
    },
    {
      kind: 'list',
      intro: 'What the law says the poster must tell people:',
      items: [
        'the national hotline number, 1-888-373-7888, and that you can text 233733 (BEFREE);',
        'that the line is open 24 hours a day, 7 days a week;',
        'that a nonprofit, non-governmental organization runs it;',
        'that the line is anonymous and confidential;',
        'that help is available in 170 languages.',
      ],
      cite: [SOURCES.hb2911, SOURCES.dpsPoster],
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'Some of the poster’s wording is out of date',
      text: 'The law still names the hotline’s old website. The hotline now uses humantraffickinghotline.org. Its own page now says phone calls can be taken in English, Spanish and more than 200 other languages through interpreters. The poster also calls the line anonymous and confidential. Tips can be anonymous, but hotline staff are mandated reporters. If you share details that identify a child 17 or younger who is being hurt, or anyone in immediate danger, they may tell the police or child protective services.',
      cite: [SOURCES.hb2911, SOURCES.hotlineAbout, SOURCES.hotlineReport],
      link: {
        label: 'National Human Trafficking Hotline',
        url: 'https://humantraffickinghotline.org/en/report-trafficking',
      },
    },
    {
      kind: 'paragraph',
      text: 'The poster can be printed free from the Department of Public Safety website. It can also be mailed for the cost of printing and postage.',
      cite: [SOURCES.hb2911, ky3Poster, SOURCES.dpsPoster],
    },
    {
      kind: 'paragraph',
      text: 'A business that must post it and does not gets a written warning the first time. Any later violation may be an infraction.',
      cite: [SOURCES.hb2911, kmovPoster],
    },

    { kind: 'subheading', text: 'What the numbers can and cannot tell you' },
    {
      kind: 'paragraph',
      text: 'Hotline figures count reports, not proven crimes. In 2021, the hotline had 1,103 contacts about Missouri, and 355 of them came from victims. In 2024, 167 reports came directly from survivors.',
      cite: [
        SOURCES.abc17Awareness2023,
        SOURCES.standAgainstTraffickingLearn,
        SOURCES.kq2PreventionMonth2023,
        SOURCES.miamiDailyLife,
      ],
    },
    {
      kind: 'paragraph',
      text: 'From December 2007 to the end of 2021, the hotline logged 6,166 contacts, 1,524 cases and 3,160 victims in Missouri.',
      cite: [SOURCES.standAgainstTraffickingLearn],
    },
    {
      kind: 'paragraph',
      text: 'More reports can mean more people know the signs and the number. They do not show how many crimes took place or were proved. The section on challenges lists the reported figures.',
    },
    {
      kind: 'paragraph',
      text: 'Awareness pages often quote the latest yearly figure. As reported in January 2026, the national hotline logged 272 Missouri cases in 2024, involving 539 victims. These are reports to the hotline, not proven crimes.',
      cite: [SOURCES.newsPressNow2026, SOURCES.abc17Spike2026],
    },
  ],
  keywords: [
    'public awareness',
    'awareness',
    'awareness campaign',
    'poster',
    'hotline poster',
    'poster law',
    'signage',
    'HB 1246',
    '595.120',
    'Department of Public Safety',
    'DPS',
    'hotel',
    'motel',
    'airport',
    'bus station',
    'train station',
    'strip club',
    'massage parlor',
    'emergency room',
    'urgent care',
    'infraction',
    'prevention',
    'survivor reports',
  ],
};
