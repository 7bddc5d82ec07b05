import type { Citation, Section } from '../types';
import { SOURCES, bill, cite } from '../sources';

/** Sources used only in this section. */
const HB363_2023: Citation = cite(
  'RSMo 566.223 as reprinted in HB 363 (2023)',
  'https://app.legiplex.com/mo/legislature/2023/2023-r/bills/hb363/drafts-latest',
  'bill-text',
);
const CHILDWELFARE_RESPONDING: Citation = cite(
  'Child Welfare Information Gateway: responding to child victims of trafficking, Missouri (Dec. 2018)',
  'https://www.childwelfare.gov/resources/responding-child-victims-human-trafficking-missouri/',
  'secondary',
);
const RSMO_567_020: Citation = cite(
  'RSMo 567.020 (copy of the revisor.mo.gov page)',
  'https://proxy.weglot.com/wg_a52b03be97db00a8b00fb8f33a293d141/en/de/revisor.mo.gov/main/OneSection.aspx?bid=51064&section=567.020',
  'primary',
);
const JYSI: Citation = cite(
  'Juvenile Sex Trafficking Initiative: Missouri',
  'https://jysi.org/states/missouri',
  'secondary',
);
const NEWSTRIBUNE_2019: Citation = cite(
  'News Tribune, May 17, 2019: Senate sends sex trafficking bill to the governor',
  'https://www.newstribune.com/news/missouri/story/2019/may/17/missouri-senate-sends-sex-trafficking-bill-to-gov-parson/779164/',
  'secondary',
);
const KBIA_2026: Citation = cite(
  'KBIA, Jan. 20, 2026: lawmakers signal support for bills on child sexual abuse',
  'https://www.kbia.org/missouri-news-network/2026-01-20/missouri-lawmakers-signal-bipartisan-support-for-bills-to-curb-child-sexual-abuse',
  'secondary',
);
const RSMO_595_226: Citation = cite(
  'RSMo 595.226 (statute copy)',
  'https://instalawyer.io/laws/missouri-revised-statutes/section-595226-identifiable-information',
  'secondary',
);
const RSMO_589_663: Citation = cite(
  'RSMo 589.663 (statute copy, Casetext)',
  'https://casetext.com/statute/missouri-revised-statutes/title-xxxviii-crimes-and-punishment-peace-officers-and-public-defenders/chapter-589-crime-prevention-and-control-programs-and-services/address-confidentiality-program/section-589663-program-created-purpose-procedures',
  'secondary',
);
const SAFE_AT_HOME_BACKGROUND: Citation = cite(
  'Missouri Secretary of State: Safe at Home background',
  'https://sos.mo.gov/business/SafeAtHome/Background',
  'primary',
);
const USCIS_T_ELIGIBILITY: Citation = cite(
  'USCIS Policy Manual, volume 3, part B, chapter 2 (T visa eligibility)',
  'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-2',
  'primary',
);
const CFR_214_202: Citation = cite(
  '8 CFR 214.202 (copy of the regulation text)',
  'https://checkoutapi.com/regulations/title8_chapterI_part214_subpartC_section214.202',
  'primary',
);
const T_VISA_FORMS: Citation = cite(
  'Evaluations for Immigration: T visa application process',
  'https://evaluationsforimmigration.com/i-want-to-apply-for-a-tvisa-what-is-the-application-process-and-the-eligibility/',
  'secondary',
);
const USCIS_T_ADJUSTMENT: Citation = cite(
  'USCIS Policy Manual, volume 7, part J, chapter 4 (green card for T visa holders)',
  'https://uscis.gov/policy-manual/volume-7-part-j-chapter-4',
  'primary',
);
const T_VISA_CAP: Citation = cite(
  'Owen Law: advantages of the T visa (law-firm page)',
  'https://owenlawpc.com/immigration/t-visa/advantage-of-t-visa/',
  'secondary',
);
const COVERING_HOUSE: Citation[] = [
  cite(
    'Ladue News, 2021: The Covering House helps youth survivors',
    'https://www.laduenews.com/front-and-center/health/the-covering-house-helps-youth-survivors-of-sex-trafficking-along-road-to-recovery/article_770df024-c969-11eb-b713-73c8beeed271.html',
    'secondary',
  ),
  cite(
    'Missouri Coalition for Children, July 15, 2022: human trafficking',
    'https://mocoalitionforchildren.org/2022/07/15/human-trafficking/',
    'secondary',
  ),
];
const HEALING_ACTION: Citation[] = [
  cite(
    'KSDK: local organization offers help to victims of sex trafficking',
    'https://www.ksdk.com/article/news/local/local-organization-offers-help-to-victims-of-sex-trafficking/63-447165310',
    'secondary',
  ),
  cite(
    'St. Louis Public Radio: new nonprofit helps women who have left the sex trade',
    'https://news.stlpublicradio.org/post/new-nonprofit-helps-women-who-have-left-sex-trade-recover',
    'secondary',
  ),
];
const VERONICAS_VOICE: Citation[] = [
  cite(
    'Outlook: a home for hope, Magdalene KC',
    'https://www.outlookmag.org/a-home-for-hope-magdalene-kc/',
    'secondary',
  ),
  cite(
    'KSHB: local support organization on the struggles of trafficking victims',
    'https://www.kshb.com/news/local-news/local-support-organization-speaks-on-the-struggles-of-human-trafficking-victims-following-rescues',
    'secondary',
  ),
];
const RESTORATION_HOUSE: Citation = cite(
  'Blue River Kansas City: executive director’s report',
  'https://blueriver-kansascity.org/newsletter/executive-directors-report',
  'secondary',
);
const REHOPE: Citation = cite(
  'KSHB: crisis home to offer shelter to girls who are victims of sex trafficking',
  'https://kshb.com/news/local-news/investigations/crisis-home-set-to-immediately-offer-shelter-to-girls-who-are-victims-of-sex-trafficking',
  'secondary',
);
const CMSHTC: Citation[] = [
  cite(
    'KRCG: Central Missouri Stop Human Trafficking Coalition celebrates 10 years',
    'https://krcgtv.com/news/local/central-missouri-stop-human-trafficking-coalition-celebrates-10-years-survivors-speak-out',
    'secondary',
  ),
  cite(
    'KOMU, 2023: human traffickers using new tactics to target Columbia youth',
    'https://www.komu.com/news/midmissourinews/human-traffickers-using-new-tactics-to-target-columbia-youth/article_bd698b28-41e4-11ee-926a-b3e291a7b6f4.html',
    'secondary',
  ),
];
const RESTITUTION_566_218: Citation = bill(
  'HB1450_full_text.md',
  'RSMo 566.218 as reprinted in HB 1450 (2024)',
);
const MCAHT_GUIDE: Citation = cite(
  'MCAHT Missouri Resource Guide (mocate.org)',
  'https://mocate.org/resources/htimp/',
  'secondary',
);

/** The 2024 (and 2023) bill reprints that carry RSMo 566.223. */
const RIGHTS_566_223 = [SOURCES.hb2688, SOURCES.hb1897, HB363_2023];
const CIVIL_SUIT_566_223 = [SOURCES.hb2688, SOURCES.hb1897, SOURCES.hb2911];

export const section: Section = {
  id: 'victim-support',
  title: 'What rights and help survivors of trafficking have',
  summary:
    'Missouri gives trafficking survivors the federal victim protections, access to services, a defense if they were forced into prostitution, the right to sue, and privacy in court records; children are treated as victims, not offenders.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Missouri law treats people who were trafficked as victims. It offers services, protects their privacy and lets them sue the people who trafficked them. Children cannot be found delinquent for prostitution; they are treated as victims of abuse.',
      cite: [...RIGHTS_566_223, RSMO_567_020, RSMO_595_226],
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
      cite: [SOURCES.hb2688, CHILDWELFARE_RESPONDING],
    },

    { kind: 'subheading', text: 'A defense for adults forced into prostitution' },
    {
      kind: 'paragraph',
      text: 'A person charged with prostitution (567.020) has a defense if they were forced into it. The force, or threat of force, must have been unlawful and physical, against them or someone else. It must have been force that someone of reasonable firmness could not have resisted. This is an affirmative defense, which the defendant raises.',
      cite: [...RIGHTS_566_223, CHILDWELFARE_RESPONDING],
    },

    { kind: 'subheading', text: 'Children are treated as victims, not offenders' },
    {
      kind: 'paragraph',
      text: 'Since Aug. 28, 2022, someone aged under 18 at the time of the offense cannot be tried as an adult or found delinquent for prostitution (RSMo 567.020.5). The child is treated as a victim of abuse. The case must be reported at once to the Children’s Division and the juvenile officer so the child can get services.',
      cite: [RSMO_567_020, JYSI, SOURCES.hb2911],
    },
    {
      kind: 'paragraph',
      text: 'Missouri’s definition of child abuse (210.110) includes children who are victims of sex trafficking or of severe forms of trafficking, as federal law defines them.',
      cite: [SOURCES.childwelfareMoDefs],
    },

    { kind: 'subheading', text: 'Clearing a prostitution record (RSMo 610.131)' },
    {
      kind: 'paragraph',
      text: 'Someone convicted of prostitution, or who pleaded guilty to it, can ask a court to expunge the record if they were aged under 18 at the time of the offense. The court must expunge it if the person was under 18 then, or was acting under coercion as Missouri law defines it. Since a 2019 law, minors no longer have to prove coercion.',
      cite: [JYSI, SOURCES.hb2688, SOURCES.hb2911, NEWSTRIBUNE_2019],
    },

    { kind: 'subheading', text: 'Suing the trafficker' },
    {
      kind: 'paragraph',
      text: 'A victim can bring a civil case against a person convicted under 566.203, 566.206, 566.209, 566.210 or 566.211. They can recover their actual losses, court costs including reasonable lawyer fees, and, where fitting, punitive damages.',
      cite: CIVIL_SUIT_566_223,
    },
    {
      kind: 'list',
      intro: 'The case must be filed within 10 years of the latest of these dates:',
      items: [
        'the final order in the criminal case',
        'the victim’s emancipation from the defendant',
        'the victim’s 18th birthday',
      ],
      cite: CIVIL_SUIT_566_223,
    },
    {
      kind: 'paragraph',
      text: 'A 2026 proposal would give child sex trafficking survivors longer to sue: 20 years after they turn 21. It is a proposal only.',
      cite: [KBIA_2026],
    },
    {
      kind: 'paragraph',
      text: 'Separately, the court in the criminal case must order the trafficker to pay restitution to the victim (see the penalties section).',
      cite: [RESTITUTION_566_218],
    },

    { kind: 'subheading', text: 'Keeping a victim’s identity out of public records' },
    {
      kind: 'paragraph',
      text: 'Since Aug. 28, 2022, RSMo 595.226 requires court records to be closed and redacted before release where they could identify or locate the victim of any chapter 566 crime. That includes the trafficking crimes. It also covers victims of domestic assault and stalking.',
      cite: [RSMO_595_226],
    },
    {
      kind: 'paragraph',
      text: 'The protected details include name, address, phone number, email, Social Security number, birth date, workplace, health information and images. Someone with a legitimate interest can ask a judge to review the records privately, and the victim must be told.',
      cite: [RSMO_595_226],
    },

    { kind: 'subheading', text: 'Safe at Home: a substitute address' },
    {
      kind: 'paragraph',
      text: 'Safe at Home is the Missouri Secretary of State’s address confidentiality program. It is open to people who fear for their safety because they are victims of human trafficking, domestic violence, rape, sexual assault, stalking or another crime, and to members of their household. You apply with a trained application assistant.',
      cite: [RSMO_589_663, SAFE_AT_HOME_BACKGROUND],
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
      cite: [USCIS_T_ELIGIBILITY, CFR_214_202],
    },
    {
      kind: 'paragraph',
      text: 'Traffickers themselves cannot get a T visa. Applicants file Form I-914. A supporting statement from a law enforcement officer (Supplement B) is optional evidence.',
      cite: [USCIS_T_ELIGIBILITY, T_VISA_FORMS],
    },
    {
      kind: 'paragraph',
      text: 'Once a holder has been continuously physically present in T-1 status for 3 years, or sooner if the investigation or prosecution is complete, they can apply for a green card on Form I-485.',
      cite: [USCIS_T_ADJUSTMENT],
    },
    {
      kind: 'paragraph',
      text: 'According to an immigration law firm, T status lasts up to 4 years and there is a cap of 5,000 T-1 visas a year, with family members not counted. We did not confirm these two figures on an official USCIS page.',
      cite: [T_VISA_CAP],
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
      cite: [RESTORATION_HOUSE],
    },
    {
      kind: 'paragraph',
      text: 'ReHOPE and the Justice and Dignity Center (Kansas City): a short-term (90-day) crisis home for up to 15 girls aged 17 or younger.',
      cite: [REHOPE],
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
      cite: [MCAHT_GUIDE],
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
