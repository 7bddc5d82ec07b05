import type { Section } from '../types';
import { SOURCES } from '../sources';

export const section: Section = {
  id: 'reporting',
  title: 'How to report suspected trafficking',
  summary:
    'Call 911 if someone is in danger; otherwise call 1-888-373-7888 or text 233733, and for a child in Missouri call 1-800-392-3738.',
  blocks: [
    { kind: 'subheading', text: 'Who to contact' },
    {
      kind: 'list',
      items: [
        'If someone is in immediate danger, call 911.',
        'To report suspected trafficking of anyone, contact the National Human Trafficking Hotline at any hour. Call 1-888-373-7888, text 233733, dial 711 for TTY, or chat at https://humantraffickinghotline.org/chat',
        'If the person is a child in Missouri, also call the Children’s Division Child Abuse and Neglect Hotline at 1-800-392-3738, open 24 hours a day.',
      ],
      cite: [
        SOURCES.hotlineReport,
        SOURCES.hotlineAbout,
        SOURCES.hotlineListingHtExperts,
        SOURCES.dssCan,
        SOURCES.childwelfareMoDefs,
      ],
    },
    { kind: 'paragraph', text: 'The lines for your area are shown below.' },
    { kind: 'region-resources' },
    {
      kind: 'callout',
      tone: 'warning',
      title: 'Do not confront anyone',
      text: 'Do not confront a person you think is a trafficker, and do not try to rescue anyone yourself. Report what you saw and let trained people act.',
      cite: [SOURCES.transportationReport, SOURCES.trustAzReportTip],
    },

    { kind: 'subheading', text: 'What the national hotline is, and is not' },
    {
      kind: 'list',
      items: [
        'A real person answers calls at any hour, every day of the year.',
        'A nonprofit organization runs it, with a grant from the U.S. Department of Health and Human Services.',
        'It is not a government agency, a police force or an immigration agency.',
        'What you tell it is confidential, and you can give a tip without giving your name.',
        'But its staff are mandated reporters. If you share details that could identify a child (17 or younger) who is being hurt, or anyone in immediate danger, they may tell the police or child protective services.',
      ],
      cite: [
        SOURCES.hotlineAbout,
        SOURCES.hotlineReport,
        SOURCES.hhsHotlineChatText,
        SOURCES.hb2911,
      ],
    },

    { kind: 'subheading', text: 'Languages' },
    {
      kind: 'list',
      items: [
        'By phone: English, Spanish and more than 200 other languages, through an interpreting service that works around the clock.',
        'By text, chat, email or the online form: English and Spanish only.',
      ],
      cite: [SOURCES.hotlineAbout, SOURCES.hotlineReport],
    },
    {
      kind: 'paragraph',
      text: 'Text and chat have been open 24 hours a day since Feb. 7, 2018. Missouri’s poster law and some older pages give 170 languages. The hotline’s own page now gives more than 200.',
      cite: [SOURCES.hhsHotlineChatText, SOURCES.dpsPoster, SOURCES.hotlineAbout],
    },
    {
      kind: 'paragraph',
      text: 'To text, send a message to 233733. Message and data rates may apply. Missouri’s poster law prints the number as 233733 (BEFREE). Some listings say to send the word BEFREE or HELP; others say HELP or INFO.',
      cite: [
        SOURCES.hotlineReport,
        SOURCES.hb2911,
        SOURCES.hotlineListingHtExperts,
        SOURCES.dhsStrategy2020,
      ],
    },

    { kind: 'subheading', text: 'Reporting online when it is not urgent' },
    {
      kind: 'callout',
      tone: 'info',
      title: 'The hotline’s online tip form',
      text: 'You can send a tip online, and you can leave your name off. If it is urgent, or it happened within the past 24 hours, use the phone, text or chat instead. Hotline staff are mandated reporters (see above).',
      cite: [SOURCES.hotlineReport],
      link: {
        label: 'Report trafficking online',
        url: 'https://humantraffickinghotline.org/en/report-trafficking',
      },
    },
    {
      kind: 'paragraph',
      text: 'Mandated reporters can report child abuse to Missouri’s Children’s Division online when it is not an emergency.',
      cite: [SOURCES.dssCan, SOURCES.dssRptcan],
    },

    { kind: 'subheading', text: 'Can I report without giving my name?' },
    {
      kind: 'list',
      items: [
        'National Human Trafficking Hotline: yes, tips can be anonymous. But its staff are mandated reporters. If you share details that identify a child 17 or younger who is being hurt, or anyone in immediate danger, they may tell the police or child protective services.',
        'Missouri Children’s Division: yes, if you are a member of the public.',
        'If your job makes you a mandated reporter, you cannot report to the Children’s Division anonymously. This rule has applied since Aug. 28, 2004.',
      ],
      cite: [SOURCES.hotlineAbout, SOURCES.dssCan, SOURCES.dssRptcan],
    },

    { kind: 'subheading', text: 'Other ways to reach the Children’s Division' },
    {
      kind: 'list',
      items: [
        'If you are deaf or hard of hearing, or have a speech disability: Relay Missouri, 1-800-735-2466 (voice) or 1-800-735-2966 (text).',
        'From outside Missouri, to report about a child in Missouri: (573) 751-3448.',
      ],
      cite: [SOURCES.dssCan, SOURCES.dssRptcan, SOURCES.earlyConnectionsChildSafety],
    },

    { kind: 'subheading', text: 'If a child is being exploited online' },
    {
      kind: 'paragraph',
      text: 'The CyberTipline, run by the National Center for Missing and Exploited Children, takes reports when a child is being sexually exploited. That includes child sex trafficking and luring a child online. Report at https://report.cybertip.org/ or call 1-800-THE-LOST (1-800-843-5678).',
      cite: [SOURCES.cybertipFaqs, SOURCES.netsmartzWhatToReport, SOURCES.hotlineReport],
    },
    {
      kind: 'paragraph',
      text: 'Anyone can report, and you do not have to give your name. Young people can also report what is happening to them.',
      cite: [SOURCES.cybertipFaqs],
    },

    { kind: 'subheading', text: 'What can happen after a report' },
    {
      kind: 'list',
      items: [
        'If you give details that identify a child (17 or younger) being hurt, or anyone in immediate danger, hotline staff may pass them to the police or child protective services.',
        'When police first meet someone who appears to be a trafficking victim, they must tell the Department of Social Services, so the person can be assessed for services.',
        'A person under 18 in a prostitution case is treated as a victim of abuse, not charged as an adult or found delinquent, and is referred to the Children’s Division and the juvenile officer.',
        'The Department of Social Services may arrange services for confirmed victims, such as housing, health care, counseling and job training, as funds allow.',
      ],
      cite: [SOURCES.hotlineReport, SOURCES.hb2688, SOURCES.hb1897, SOURCES.rsmo567020],
    },

    { kind: 'subheading', text: 'Calls to Missouri’s old trafficking hotline are redirected' },
    {
      kind: 'paragraph',
      text: 'Since about August 2020, the Attorney General’s office has used the National Human Trafficking Hotline in place of a Missouri-only line. Calls to the old state line are redirected to the national hotline. The Missouri State Highway Patrol also points people to 1-888-373-7888.',
      cite: [SOURCES.missouriTimes2020, SOURCES.kait2020, SOURCES.ksdk2020, SOURCES.mshp],
    },
  ],
  keywords: [
    'report',
    'reporting',
    'how to report',
    'hotline',
    'tip line',
    'tip',
    'tips',
    'call',
    '911',
    'emergency',
    '1-888-373-7888',
    '233733',
    'text',
    'chat',
    'TTY',
    'anonymous',
    'anonymously',
    'confidential',
    'mandated reporter',
    'Children’s Division',
    "Children's Division",
    'child abuse hotline',
    'National Human Trafficking Hotline',
    'CyberTipline',
    'NCMEC',
    'BEFREE',
    'online tip',
  ],
};
