/**
 * National reporting lines: 911, the National Human Trafficking Hotline, and
 * specialised national lines. Every number and address is copied from the
 * project fact sheet (missouri-law-facts.md, sections C1–C5 and C8).
 */
import { SOURCES, cite } from '../sources';
import type { Resource } from '../types';

const nycAttorneysFbi = cite(
  'NYC Criminal Attorneys: how to report federal crimes (1-800-CALL-FBI)',
  'https://www.nyccriminalattorneys.com/how-to-report-possible-federal-criminal-violations-to-the-proper-authorities/',
  'secondary',
);
const iceTiplineArchive = cite(
  'ICE Tip Line page (archived copy, 2013)',
  'https://cybercemetery.unt.edu/archive/oilspill/20130215151907/http://www.ice.gov/tipline/',
  'primary',
);
const hsiTipFormCopy = cite(
  'Copy of the HSI tip form (TTY number)',
  'https://theccbi.com/how-to-report-human-trafficking-to-homeland-security/',
  'secondary',
);
const ovcNdvh = cite(
  'Office for Victims of Crime: National Domestic Violence Hotline',
  'https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts',
  'primary',
);
const wikipediaNdvh = cite(
  'Wikipedia: National Domestic Violence Hotline (languages)',
  'https://en.wikipedia.org/wiki/National_Domestic_Violence_Hotline',
  'secondary',
);
const rainnHotline = cite(
  'RAINN: National Sexual Assault Hotline',
  'https://rainn.org/get-help/national-sexual-assault-hotline',
  'primary',
);
const rainnHours = cite(
  'Five facts about RAINN (hours, chat)',
  'https://fiveshoutsout.com/rainn-5-fast-facts-you-need-to-know/',
  'secondary',
);
const moChildCareAwareHotlines = cite(
  'Child Care Aware of Missouri: child abuse hotlines',
  'https://mochildcareaware.org/child-care-educator-child-abuse-hotlines',
  'secondary',
);

export const emergency: Resource = {
  id: 'emergency-911',
  name: 'Emergency: 911',
  purpose: 'emergency',
  summary:
    'Call 911 if someone is in danger right now. Do not confront someone you suspect, or try to rescue anyone yourself.',
  contacts: [{ kind: 'call', value: '911' }],
  cite: [SOURCES.hotlineReport, SOURCES.transportationReport],
};

export const nationalHotline: Resource = {
  id: 'national-human-trafficking-hotline',
  name: 'National Human Trafficking Hotline',
  purpose: 'trafficking-hotline',
  summary:
    'Call, text or chat to report possible trafficking anywhere in the U.S., or to get help. It is run by a nonprofit, not by the police or immigration, and tips can be anonymous. Its staff are mandated reporters: if you share details that identify a child 17 or younger who is being hurt, or anyone in immediate danger, they may tell the police or child protective services.',
  contacts: [
    { kind: 'call', value: '1-888-373-7888' },
    {
      kind: 'text',
      value: '233733',
      keyword: 'HELP',
      note: 'Message and data rates may apply. The word to send comes from secondary sources; the Missouri poster law lists BEFREE.',
    },
    { kind: 'chat', value: 'https://humantraffickinghotline.org/chat', note: 'Live chat' },
    { kind: 'tty', value: '711', note: 'Connects you to Telecommunications Relay Services' },
    {
      kind: 'web',
      value: 'https://humantraffickinghotline.org/en/report-trafficking',
      note: 'Online tip form. You can leave your name out. If it is urgent, or it happened within the past 24 hours, use the phone, text or chat instead.',
    },
  ],
  hours:
    'Phone: a real person answers at any hour, every day of the year. Text and chat: open 24 hours a day, 7 days a week.',
  languages:
    'Phone: English, Spanish and more than 200 other languages through interpreters. Text, chat and the online form: English and Spanish only.',
  cite: [
    SOURCES.hotlineAbout,
    SOURCES.hotlineReport,
    SOURCES.hhsHotlineChatText,
    SOURCES.hotlineListingHtExperts,
    SOURCES.dhsStrategy2020,
    SOURCES.hb2911,
  ],
};

/** Specialised national lines, in the order the reporting section shows them. */
export const specialisedNational: Resource[] = [
  {
    id: 'ncmec-cybertipline',
    name: 'NCMEC CyberTipline',
    purpose: 'child-exploitation',
    summary:
      'Report the sexual exploitation of a child, including child sex trafficking and online enticement. Anyone can report without giving a name, and young people can report what happened to them.',
    contacts: [
      { kind: 'web', value: 'https://report.cybertip.org/', note: 'Report online' },
      { kind: 'call', value: '1-800-843-5678', vanity: '1-800-THE-LOST' },
    ],
    cite: [
      SOURCES.cybertipFaqs,
      SOURCES.netsmartzWhatToReport,
      SOURCES.hotlineReport,
      SOURCES.dhsStrategy2020,
    ],
  },
  {
    id: 'fbi-tips',
    name: 'FBI tips',
    purpose: 'federal-tip',
    summary: 'Send a tip to the FBI online or by phone, or contact your local FBI field office.',
    contacts: [
      { kind: 'web', value: 'https://tips.fbi.gov/', note: 'Online tip form' },
      { kind: 'call', value: '1-800-225-5324', vanity: '1-800-CALL-FBI' },
      {
        kind: 'web',
        value: 'https://www.fbi.gov/contact-us/field-offices',
        note: 'Find your local field office',
      },
    ],
    qualifier: 'Listed by secondary sources only: no FBI page was checked',
    cite: [SOURCES.airForceAmyResources, nycAttorneysFbi],
  },
  {
    id: 'hsi-tip-line',
    name: 'Homeland Security Investigations (HSI) Tip Line',
    purpose: 'federal-tip',
    summary:
      'Report suspected human trafficking or child exploitation to federal investigators at the Department of Homeland Security. You can report without giving your name.',
    contacts: [
      { kind: 'call', value: '1-866-347-2423', vanity: '866-DHS-2-ICE' },
      {
        kind: 'call',
        value: '802-872-6199',
        note: 'From outside the U.S., Canada and Mexico',
      },
      { kind: 'tty', value: '(802) 872-6196', note: 'Listed by a secondary source' },
      {
        kind: 'web',
        value: 'https://www.ice.gov/tips',
        note: 'Online tip form. Listed by secondary sources',
      },
    ],
    hours: '24 hours a day, 7 days a week',
    languages: 'Interpreters for more than 20 languages',
    cite: [
      iceTiplineArchive,
      SOURCES.dhsBlueCampaignBulletin2022,
      SOURCES.dhsStrategy2020,
      SOURCES.airForceAmyResources,
      hsiTipFormCopy,
    ],
  },
  {
    id: 'national-domestic-violence-hotline',
    name: 'National Domestic Violence Hotline',
    purpose: 'survivor-support',
    summary: 'Call, text or chat with someone about domestic violence.',
    contacts: [
      { kind: 'call', value: '1-800-799-7233', vanity: '1-800-799-SAFE (7233)' },
      { kind: 'tty', value: '1-800-787-3224' },
      { kind: 'text', value: '88788', keyword: 'START' },
      { kind: 'chat', value: 'https://thehotline.org', note: 'Live chat on the hotline’s website' },
    ],
    hours: '24 hours a day, 7 days a week, every day of the year',
    languages: 'More than 200 languages (per a secondary source)',
    cite: [ovcNdvh, wikipediaNdvh],
  },
  {
    id: 'rainn-national-sexual-assault-hotline',
    name: 'RAINN National Sexual Assault Hotline',
    purpose: 'survivor-support',
    summary:
      'Talk to someone after sexual assault. Your call goes to a sexual assault service provider near you, and you stay anonymous unless you choose to give your name.',
    contacts: [{ kind: 'call', value: '1-800-656-4673', vanity: '1-800-656-HOPE (4673)' }],
    hours: '24 hours a day, 7 days a week, by phone and online chat (per a secondary source)',
    cite: [rainnHotline, rainnHours],
  },
  {
    id: 'childhelp-national-child-abuse-hotline',
    name: 'Childhelp National Child Abuse Hotline',
    purpose: 'survivor-support',
    summary: 'A national line for worries about child abuse. Calls are confidential.',
    contacts: [{ kind: 'call', value: '1-800-422-4453', vanity: '1-800-4-A-CHILD' }],
    hours: '24 hours a day, 7 days a week',
    languages: 'Interpreters for more than 170 languages',
    qualifier: 'Listed by a secondary source: check the details before you rely on them',
    cite: [moChildCareAwareHotlines],
  },
];
