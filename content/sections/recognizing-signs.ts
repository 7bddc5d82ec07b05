import type { Section } from '../types';
import { cite, SOURCES } from '../sources';

// DHS Blue Campaign indicators, as reproduced by other sites (dhs.gov itself was not read).
const blueCampaignAmericanRescue = cite(
  'DHS Blue Campaign indicators, as reproduced by American Rescue Project',
  'https://americanrescueproject.com/education/',
  'secondary',
);
const blueCampaignTrinity = cite(
  'DHS Blue Campaign indicators, as reproduced by Trinity Mount Ministries',
  'https://www.trinitymountministries.com/search/label/Homeland%20Security',
  'secondary',
);
const blueCampaignBeforeOurEyes = cite(
  'DHS Blue Campaign indicators, as reproduced by Before Our Very Eyes',
  'https://www.beforeourveryeyes.org/schedule.html',
  'secondary',
);
// Polaris / National Human Trafficking Hotline red flags, as reproduced.
const redFlagsFaithit = cite(
  'Polaris / hotline red flags, as reproduced by Faithit',
  'https://faithit.com/human-trafficking-record-high-in-u-s-warning-signs/2/',
  'secondary',
);

// Sector pages read on 2026-12-03 (issue 14): sign lists written for staff in one kind of work.
const SECTOR_CHECKED = '2026-12-03';
const blueCampaignHospitality = {
  label:
    'DHS Blue Campaign: human trafficking and the hospitality industry (archived dhs.gov page)',
  url: 'https://dhs.gov/archive/blue-campaign/human-trafficking-and-hospitality-industry',
  confidence: 'primary' as const,
  checked: SECTOR_CHECKED,
};
const medscapeHealthCare = {
  label: 'Medscape, Sept. 2019: red flags for clinicians, from anti-trafficking experts',
  url: 'https://www.medscape.com/viewarticle/917048_2',
  confidence: 'secondary' as const,
  checked: SECTOR_CHECKED,
};

const blueCampaign = [
  SOURCES.blueCampaignCastla,
  blueCampaignAmericanRescue,
  blueCampaignTrinity,
  blueCampaignBeforeOurEyes,
];
const redFlags = [SOURCES.hotlineRedFlagsGainesville, redFlagsFaithit];

export const section: Section = {
  id: 'recognizing-signs',
  title: 'Signs that someone may be trafficked',
  summary:
    'Watch for someone who seems controlled, fearful, coached or cut off; no single sign proves trafficking, so report what you see and do not confront anyone.',
  blocks: [
    {
      kind: 'callout',
      tone: 'warning',
      title: 'No single sign proves trafficking',
      text: 'Use these lists to decide whether to report, not to judge. Do not confront the person you suspect or try to rescue anyone yourself. If someone is in immediate danger, call 911.',
      cite: [...blueCampaign, SOURCES.transportationReport, SOURCES.hotlineReport],
    },
    {
      kind: 'paragraph',
      text: 'The lists below come from the U.S. Department of Homeland Security’s Blue Campaign, the National Human Trafficking Hotline and the Missouri State Highway Patrol. We read the first two as copied by other sites, not on their own pages.',
    },

    { kind: 'subheading', text: 'How the person seems or lives' },
    {
      kind: 'list',
      intro: 'Signs from the Blue Campaign list:',
      items: [
        'They seem cut off from family, friends, community groups or their place of worship.',
        'A child has stopped going to school.',
        'Their behavior has changed suddenly or sharply.',
        'A person under 18 is being used in commercial sex.',
        'They seem confused or disoriented, or show signs of physical or mental abuse.',
        'They have bruises that are healing at different stages.',
        'They seem fearful, timid or submissive.',
        'They seem to go without food, water, sleep or medical care.',
        'They are often with a person they give way to, or a person who appears to decide where they go and whom they talk to.',
        'They seem to have been told what to say.',
        'They live in poor conditions, own very little, or have no stable home.',
        'They cannot come and go as they please, or the place they stay has unusual security.',
      ],
      cite: blueCampaign,
    },

    { kind: 'subheading', text: 'Signs that someone else is in control' },
    {
      kind: 'list',
      items: [
        'Someone else holds their ID or travel documents.',
        'They or their family have been threatened.',
        'They have been threatened with deportation or with the police.',
        'They cannot contact their family freely or go to religious services.',
        'They cannot say where they are headed, or who is picking them up.',
      ],
      cite: [SOURCES.dhsIndicatorsByType],
    },

    { kind: 'subheading', text: 'Red flags at work or at home' },
    {
      kind: 'list',
      intro: 'Signs from the National Human Trafficking Hotline (run by Polaris):',
      items: [
        'They are not free to leave or come and go.',
        'They are under 18 and are being used in commercial sex.',
        'They are in the sex trade and have a pimp or manager.',
        'They are not paid, are paid very little, or are paid only in tips.',
        'They work very long or odd hours with no breaks.',
        'They owe a large debt they cannot pay off.',
        'They were recruited with false promises about the work.',
        'The workplace or home has heavy security, such as boarded or barred windows or cameras.',
      ],
      cite: redFlags,
    },
    {
      kind: 'list',
      intro: 'How they act and how healthy they are:',
      items: [
        'They seem afraid, anxious, depressed, submissive or paranoid.',
        'They get very nervous if police are mentioned.',
        'They avoid eye contact.',
        'They have no health care, seem underfed, or show signs that they have been physically or sexually abused, restrained or locked up.',
      ],
      cite: redFlags,
    },
    {
      kind: 'list',
      intro: 'Who controls their life:',
      items: [
        'They have few belongings.',
        'They do not control their own money or ID.',
        'They are not allowed to speak for themselves, for example someone else insists on translating.',
        'They cannot say where they are staying, or do not know what city they are in.',
        'They have lost track of time.',
        'Their story has many parts that do not fit together.',
      ],
      cite: redFlags,
    },

    { kind: 'subheading', text: 'What the Missouri State Highway Patrol asks you to watch for' },
    {
      kind: 'list',
      items: [
        'children in public places during school hours;',
        'young people who look out of place;',
        'someone who avoids eye contact or looks scared;',
        'someone who asks to borrow a phone;',
        'at night at truck stops or rest areas: trucks flashing their headlights, and girls walking up to trucks.',
      ],
      cite: [SOURCES.mshp],
    },
    {
      kind: 'paragraph',
      text: 'The Patrol asks people to write down vehicle details and report them to the National Human Trafficking Hotline at 1-888-373-7888.',
      cite: [SOURCES.mshp],
    },

    { kind: 'subheading', text: 'Who is most at risk' },
    {
      kind: 'list',
      intro: 'Missouri officials name these risk factors:',
      items: [
        'past abuse;',
        'running away from home, or homelessness;',
        'being undocumented;',
        'a mental or emotional disability;',
        'dependence on drugs or alcohol;',
        'having recently aged out of foster care.',
      ],
      cite: [SOURCES.newsPressNow2026],
    },
    {
      kind: 'paragraph',
      text: 'In northwest Missouri, traffickers often make first contact online.',
      cite: [SOURCES.newsPressNow2026],
    },

    { kind: 'subheading', text: 'A child in commercial sex is always a victim' },
    {
      kind: 'paragraph',
      text: 'Federal law and Missouri’s two child sex trafficking laws do not require force, fraud or coercion when the person is under 18. Under both, using a child for commercial sex is trafficking.',
      cite: [SOURCES.usc1591a, SOURCES.sb906, SOURCES.sb1428, SOURCES.hb1539],
    },
    {
      kind: 'paragraph',
      text: 'Missouri also counts a child victim of sex trafficking as a victim of child abuse. So for a child, you can call the Children’s Division hotline as well as the trafficking hotline.',
      cite: [SOURCES.childwelfareMoDefs, SOURCES.dssCan],
    },

    { kind: 'subheading', text: 'If you notice signs' },
    {
      kind: 'list',
      items: [
        'Do not confront anyone or try to rescue the person yourself.',
        'If someone is in immediate danger, call 911.',
        'Otherwise, call the National Human Trafficking Hotline at 1-888-373-7888, or text 233733.',
        'If it is a child in Missouri, you can also call the Children’s Division at 1-800-392-3738.',
        'Note what you saw, where and when, and any vehicle details.',
      ],
      cite: [
        SOURCES.transportationReport,
        SOURCES.trustAzReportTip,
        SOURCES.hotlineReport,
        SOURCES.dssCan,
        SOURCES.mshp,
      ],
    },

    { kind: 'subheading', text: 'Signs by place of work' },
    {
      kind: 'paragraph',
      text: 'Training pages for some jobs add signs that people in that work are placed to see. As with the lists above, one sign alone proves nothing.',
    },
    {
      kind: 'list',
      intro: 'Hotels and motels (from the Blue Campaign’s page for hotel staff):',
      items: [
        'A guest asks for towels or fresh linen but will not let staff into the room.',
        'A room holds many phones, computers or card readers, or a long stay with almost no belongings.',
        'One person books several rooms, or a room is rented by the hour.',
        'A car in the lot is always parked backward, so its plate cannot be seen.',
        'Someone seems watched all the time, or has no money or ID of their own.',
      ],
      cite: [blueCampaignHospitality],
    },
    {
      kind: 'list',
      intro: 'Truck stops and rest areas (from the Missouri State Highway Patrol):',
      items: [
        'At night, trucks flash their lights at each other, or girls go from truck to truck.',
        'Young people look out of place, or someone asks to borrow a phone.',
        'Note the vehicle and report it to the national hotline.',
      ],
      cite: [SOURCES.mshp],
    },
    {
      kind: 'list',
      intro: 'Health care (red flags that clinicians are taught):',
      items: [
        'The patient waited a long time to get care, or the injury does not match the story.',
        'The story sounds rehearsed, or the person who came along does all the talking.',
        'The patient has no ID, pays cash, or looks younger than the age given.',
        'Tattoos or marks that seem to say someone owns them.',
      ],
      cite: [medscapeHealthCare],
    },
    {
      kind: 'list',
      intro: 'Schools:',
      items: [
        'A child stops coming to school, or is out in public during school hours.',
        'A sudden change in behavior, or a much older boyfriend or girlfriend.',
      ],
      cite: [SOURCES.blueCampaignCastla, SOURCES.mshp],
    },
    {
      kind: 'list',
      intro: 'Online and on social media:',
      items: [
        'Missouri officials say traffickers often make first contact online.',
        'If a child is being exploited online, report it to the CyberTipline.',
      ],
      cite: [SOURCES.newsPressNow2026, SOURCES.cybertipFaqs],
    },
  ],
  keywords: [
    'red flags',
    'warning signs',
    'signs',
    'indicators',
    'signs of trafficking',
    'how to tell',
    'recognize',
    'spot',
    'controlled',
    'coached',
    'scripted',
    'isolated',
    'bruises',
    'false promises',
    'debt',
    'pimp',
    'no ID',
    'passport taken',
    'truck stop',
    'rest area',
    'runaway',
    'homeless',
    'foster care',
    'at risk',
    'vulnerable',
    'grooming',
    'Blue Campaign',
    'Polaris',
  ],
};
