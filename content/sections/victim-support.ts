import type { Citation, Section } from '../types';
import { SOURCES, cite, rsmo } from '../sources';

/** Sources used only in this section. */
const CFR_214_202: Citation = cite(
  '8 CFR 214.202 (copy of the regulation text)',
  'https://checkoutapi.com/regulations/title8_chapterI_part214_subpartC_section214.202',
  'primary',
);
const T_VISA_DURATION: Citation = cite(
  'Owen Law: advantages of the T visa (law-firm page)',
  'https://owenlawpc.com/immigration/t-visa/advantage-of-t-visa/',
  'secondary',
);
const COVERING_HOUSE: Citation[] = [
  SOURCES.ladueNewsCoveringHouse2021,
  SOURCES.moCoalitionForChildren2022,
];
const HEALING_ACTION: Citation[] = [
  SOURCES.ksdkHealingAction,
  cite(
    'St. Louis Public Radio: new nonprofit helps women who have left the sex trade',
    'https://news.stlpublicradio.org/post/new-nonprofit-helps-women-who-have-left-sex-trade-recover',
    'secondary',
  ),
];
const VERONICAS_VOICE: Citation[] = [SOURCES.outlookMagdaleneKc, SOURCES.kshbVictimSupport2021];
const CMSHTC: Citation[] = [SOURCES.krcgCmshtc, SOURCES.komuColumbiaYouth2023];

/** The 2024 (and 2023) bill reprints that carry RSMo 566.223. */
const RIGHTS_566_223 = [SOURCES.hb2688, SOURCES.hb1897, SOURCES.hb363Rsmo566223, rsmo('566.223')];
const CIVIL_SUIT_566_223 = [SOURCES.hb2688, SOURCES.hb1897, SOURCES.hb2911, rsmo('566.223')];
/** The crimes a survivor can sue over: a conviction under one of these is required. */
const SUIT_CRIMES = ['566.203', '566.206', '566.209', '566.210', '566.211'].map(rsmo);

export const section: Section = {
  id: 'victim-support',
  title: 'What rights and help survivors of trafficking have',
  summary:
    'Missouri gives trafficking survivors the federal victim protections, access to services, a defense if they were forced into prostitution, the right to sue a person convicted of trafficking them, and privacy in court records; children are treated as victims, not offenders.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Missouri law treats people who were trafficked as victims. It offers services and protects their privacy. Once a trafficker has been convicted, it lets the victim sue them. Children cannot be found delinquent for prostitution; they are treated as victims of abuse.',
      cite: [...RIGHTS_566_223, SOURCES.rsmo567020, SOURCES.rsmo595226],
    },

    { kind: 'subheading', text: 'Rights and services under RSMo 566.223' },
    {
      kind: 'paragraph',
      text: 'A person who says they are the victim of a trafficking crime gets the protections and rights of the federal Trafficking Victims Protection Act (TVPA) of 2000, Public Law 106-386, as amended.',
      cite: RIGHTS_566_223,
    },
    {
      kind: 'paragraph',
      text: 'When police first meet someone who reasonably appears to be a trafficking victim, they must tell the Department of Social Services. Where it applies, they must also tell juvenile authorities. This is so the person can be assessed for services.',
      cite: RIGHTS_566_223,
    },
    {
      kind: 'list',
      intro:
        'The Department of Social Services may arrange services for confirmed victims, as funds allow, including through nonprofits and shelters. The law lists:',
      items: [
        'case management and emergency temporary housing',
        'health care, mental health counseling, and screening and treatment for addiction',
        'interpreting and translation, and English lessons',
        'job training and help finding work',
      ],
      cite: [SOURCES.hb2688, SOURCES.childwelfareResponding],
    },

    { kind: 'subheading', text: 'A defense for adults forced into prostitution' },
    {
      kind: 'paragraph',
      text: 'Missouri’s victim-rights law (566.223) gives a person charged with prostitution (567.020) a defense if they were forced into it. The force, or threat of force, must have been unlawful and physical, against them or someone else. It must have been force that someone of reasonable firmness could not have resisted. This is an affirmative defense, which the defendant raises.',
      cite: [...RIGHTS_566_223, SOURCES.childwelfareResponding, SOURCES.rsmo567020],
    },

    { kind: 'subheading', text: 'Children are treated as victims, not offenders' },
    {
      kind: 'paragraph',
      text: 'Since Aug. 28, 2022, someone aged under 18 at the time of the offense cannot be tried as an adult or found delinquent for prostitution (RSMo 567.020.5). The child is treated as a victim of abuse. The case must be reported at once to the Children’s Division and the juvenile officer so the child can get services.',
      cite: [SOURCES.rsmo567020, SOURCES.jysiMissouri, SOURCES.hb2911],
    },
    {
      kind: 'paragraph',
      text: 'Missouri’s definition of child abuse (210.110) includes children who are victims of sex trafficking or of severe forms of trafficking, as federal law defines them.',
      cite: [SOURCES.childwelfareMoDefs, rsmo('210.110')],
    },

    { kind: 'subheading', text: 'Clearing a prostitution record (RSMo 610.131)' },
    {
      kind: 'paragraph',
      text: 'Only a person who was under 18 at the time of the offense can ask a court to clear (expunge) a prostitution record under 610.131. They must have pleaded guilty to prostitution or been convicted of it. The law says the court shall then expunge the record. Since a 2019 law, they do not have to prove they were coerced.',
      cite: [
        SOURCES.jysiMissouri,
        SOURCES.hb2688,
        SOURCES.hb2911,
        SOURCES.newsTribune2019,
        rsmo('610.131'),
      ],
    },
    {
      kind: 'paragraph',
      text: 'This is not open to people who were adults at the time. For adults, our sources show the defense at trial described above, not a way to clear a record.',
      cite: [SOURCES.jysiMissouri, SOURCES.hb2688],
    },

    { kind: 'subheading', text: 'Suing a convicted trafficker' },
    {
      kind: 'paragraph',
      text: 'Missouri’s victim-rights law (566.223) lets a victim sue only a person convicted of trafficking them, that is, a person who pleaded guilty or was found guilty under 566.203, 566.206, 566.209, 566.210 or 566.211. The victim can recover their actual losses, court costs including reasonable lawyer fees, and, where fitting, punitive damages.',
      cite: [...CIVIL_SUIT_566_223, ...SUIT_CRIMES],
    },
    {
      kind: 'list',
      intro:
        'The suit against the convicted person must be filed within 10 years of the latest of these dates:',
      items: [
        'the final order in the criminal case',
        'the victim’s emancipation from the defendant',
        'the victim’s 18th birthday',
      ],
      cite: CIVIL_SUIT_566_223,
    },
    {
      kind: 'paragraph',
      text: 'A 2026 proposal would give child sex trafficking survivors longer to sue a convicted trafficker: 20 years after they turn 21. It is a proposal only.',
      cite: [SOURCES.kbia2026],
    },
    {
      kind: 'paragraph',
      text: 'Separately, when a person is found guilty, the court in the criminal case must order them to pay restitution to the victim (566.218; see the penalties section). The order does not promise that the money will be paid.',
      cite: [SOURCES.hb1450Restitution566218, rsmo('566.218')],
    },

    { kind: 'subheading', text: 'Keeping a victim’s identity out of public records' },
    {
      kind: 'paragraph',
      text: 'Since Aug. 28, 2022, RSMo 595.226 requires court records to be closed and redacted before release where they could identify or locate the victim of any chapter 566 crime. That includes the trafficking crimes. It also covers victims of domestic assault and stalking.',
      cite: [SOURCES.rsmo595226, rsmo('595.226')],
    },
    {
      kind: 'paragraph',
      text: 'The protected details include name, address, phone number, email, Social Security number, birth date, workplace, health information and images. Someone with a legitimate interest can ask a judge to review the records privately, and the victim must be told.',
      cite: [SOURCES.rsmo595226],
    },

    { kind: 'subheading', text: 'Safe at Home: a substitute address' },
    {
      kind: 'paragraph',
      text: 'Safe at Home is the Missouri Secretary of State’s address confidentiality program. It is open to people who fear for their safety because they are victims of human trafficking, domestic violence, rape, sexual assault, stalking or another crime, and to members of their household. You apply with a trained application assistant.',
      cite: [SOURCES.rsmo589663, SOURCES.safeAtHomeBackground],
    },
    {
      kind: 'list',
      intro: 'To apply, a person must:',
      items: [
        'believe, with good reason, that they (or someone they live with) are a victim, and fear more harm',
        'have a valid Missouri address where mail can reach them straight away',
        'be an adult, or be a parent or guardian applying on behalf of a child or an incapacitated person',
        'let the Secretary of State act as their agent to accept their mail and legal papers',
      ],
      cite: [SOURCES.safeAtHomeEligibility],
    },
    {
      kind: 'paragraph',
      text: 'It is most useful if you have moved, or are moving, somewhere the abuser does not know. Mail sent through the program is delayed by 5–7 days.',
      cite: [SOURCES.safeAtHomeEligibility],
    },
    {
      kind: 'paragraph',
      text: 'For new public records, government agencies and courts must accept the program address. Private businesses do not have to. The Safe at Home phone number is (866) 509-1409.',
      cite: [SOURCES.safeAtHomeAgencies],
    },

    { kind: 'subheading', text: 'The T visa for survivors who are not U.S. citizens' },
    {
      kind: 'list',
      intro:
        'Federal law offers T nonimmigrant status (the T visa) to some trafficking survivors. An applicant must meet all of these:',
      items: [
        'has been, or still is, a victim of a severe form of trafficking',
        'is in the United States, American Samoa, the Northern Mariana Islands, or at a port of entry, because of the trafficking',
        'has complied with reasonable requests for help from law enforcement, unless at least one act of trafficking happened before they turned 18, or physical or psychological trauma leaves them unable to cooperate',
        'would face extreme hardship involving unusual and severe harm if made to leave the country',
        'is admissible to the United States, or gets a waiver',
      ],
      cite: [SOURCES.uscisTVisaEligibility, CFR_214_202],
    },
    {
      kind: 'paragraph',
      text: 'Traffickers themselves cannot get a T visa. Applicants file Form I-914. A supporting statement from a law enforcement officer (Supplement B) is optional evidence.',
      cite: [SOURCES.uscisTVisaEligibility, SOURCES.tVisaApplication],
    },
    {
      kind: 'paragraph',
      text: 'Once a holder has been continuously physically present in T-1 status for 3 years, or sooner if the investigation or prosecution is complete, they can apply for a green card on Form I-485.',
      cite: [SOURCES.uscisTVisaGreenCard],
    },
    {
      kind: 'paragraph',
      text: 'USCIS can grant T-1 status to only 5,000 people each fiscal year. Family members who get status through the applicant do not count toward this cap. Applicants left over go on a waiting list, in the order they filed.',
      cite: [SOURCES.uscisTVisaCap],
    },
    {
      kind: 'paragraph',
      text: 'According to an immigration law firm, T status lasts up to 4 years. We did not confirm this on an official USCIS page.',
      cite: [T_VISA_DURATION],
    },

    { kind: 'subheading', text: 'Organizations that help survivors in Missouri' },
    {
      kind: 'paragraph',
      text: 'These groups were named in news and nonprofit sources. Programs change, so check that a service is still running before relying on it. The reporting lines for your area are in the reporting section.',
    },
    {
      kind: 'paragraph',
      text: 'The Covering House (St. Louis): recovery services for young survivors of sex trafficking, including a residential program for girls aged 12 to 18 and community services for ages 0 to 25 (as of 2022).',
      cite: COVERING_HOUSE,
    },
    {
      kind: 'paragraph',
      text: 'Healing Action (St. Louis): led by survivors; serves adult women who have been sexually exploited or trafficked.',
      cite: HEALING_ACTION,
    },
    {
      kind: 'paragraph',
      text: 'Veronica’s Voice (Kansas City): founded in 2000 by a survivor; runs Magdalene KC, a home for women.',
      cite: VERONICAS_VOICE,
    },
    {
      kind: 'paragraph',
      text: 'Restoration House of Greater Kansas City: residential and non-residential services.',
      cite: [SOURCES.blueRiverRestorationHouse],
    },
    {
      kind: 'paragraph',
      text: 'ReHOPE and the Justice and Dignity Center (Kansas City): a short-term (90-day) crisis home for up to 15 girls aged 17 or younger.',
      cite: [SOURCES.kshbCrisisHome],
    },
    {
      kind: 'paragraph',
      text: 'Central Missouri Stop Human Trafficking Coalition (central Missouri): direct help such as safe housing, food and clothing.',
      cite: CMSHTC,
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'Find help by county',
      text: 'The Missouri Collaborative Against Human Trafficking funded a Missouri resource guide that can be searched by county.',
      cite: [SOURCES.mcahtGuide],
      link: {
        label: 'Missouri Resource Guide (mocate.org)',
        url: 'https://mocate.org/resources/htimp/',
      },
    },
  ],
  keywords: [
    'survivor',
    'survivors',
    'victim services',
    'help for victims',
    'shelter',
    'safe house',
    'counseling',
    'case management',
    'rescued',
    'victim rights',
    'safe harbor',
    'charged with prostitution',
    'affirmative defense',
    'expunge',
    'expungement',
    'criminal record',
    'sue',
    'lawsuit',
    'civil suit',
    'damages',
    'identity protected',
    'confidential',
    'Safe at Home',
    'address confidentiality',
    'T visa',
    'immigration status',
    'undocumented',
    'green card',
  ],
};
