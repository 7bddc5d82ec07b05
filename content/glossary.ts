import type { GlossaryTerm } from './types';
import { SOURCES, rsmo } from './sources';

/*
 * Terms a reader may meet in the explainer or in the news. Every legal fact
 * comes from /work/shared/facts/. Definitions are plain text, 1–3 sentences.
 */

export const glossary: GlossaryTerm[] = [
  {
    id: 'coercion',
    term: 'Coercion',
    aliases: ['coerce', 'coerced', 'coercive control'],
    definition:
      'Making someone act through threats of serious harm or physical restraint against any person. In Missouri law it also covers a plan meant to make someone fear such harm if they refuse. Abuse, or threatened abuse, of the legal process counts too.',
    section: 'legal-consequences',
    cite: [SOURCES.defs566200, SOURCES.hb2688],
  },
  {
    id: 'commercial-sex-act',
    term: 'Commercial sex act',
    aliases: ['commercial sex', 'commercial sexual activity'],
    definition:
      'Any sex act for which something of value is given, promised or received by anyone. The thing of value does not have to be money.',
    section: 'legal-consequences',
    cite: [SOURCES.defs566200, SOURCES.hb2688],
  },
  {
    id: 'sexual-conduct',
    term: 'Sexual conduct',
    aliases: [],
    definition:
      'In Missouri trafficking law, sex acts and certain kinds of sexual touching, real or simulated. Using a person for sexual conduct is one of the things the trafficking laws cover.',
    section: 'legal-consequences',
    cite: [SOURCES.hb2688],
  },
  {
    id: 'sexual-performance',
    term: 'Sexual performance',
    aliases: [],
    definition:
      'A play, film, recording, dance or show that includes sexual conduct or nudity, done before an audience of 1 or more people. Missouri’s trafficking laws cover using a person in one.',
    section: 'legal-consequences',
    cite: [SOURCES.hb2688],
  },
  {
    id: 'force-fraud-or-coercion',
    term: 'Force, fraud or coercion',
    aliases: ['force, fraud, or coercion', 'force fraud coercion'],
    definition:
      'The means that can turn adult commercial sex into a trafficking crime. Under federal law, using force, threats of force, fraud or coercion to cause a commercial sex act is trafficking. When the victim is under 18, federal law and Missouri’s two child sex trafficking laws (566.210 and 566.211) do not require any of these.',
    section: 'legal-consequences',
    cite: [SOURCES.usc1591a, SOURCES.sb906, rsmo('566.210'), rsmo('566.211')],
  },
  {
    id: 'blackmail',
    term: 'Blackmail',
    aliases: ['blackmailed'],
    definition:
      'A threat to tell a person’s spouse, family, people they know or the public something damaging or embarrassing about them. Missouri law lists blackmail as one of the means of trafficking.',
    section: 'legal-consequences',
    cite: [SOURCES.defs566200, SOURCES.hb2688, SOURCES.sb906],
  },
  {
    id: 'financial-harm',
    term: 'Financial harm',
    aliases: [],
    definition:
      'Money loss or injury. In Missouri trafficking law it includes credit extortion, lending that breaks the usury laws, and some job contracts that break the statute of frauds. Causing or threatening it is one of the means of trafficking.',
    section: 'legal-consequences',
    cite: [SOURCES.defs566200, SOURCES.hb2688],
  },
  {
    id: 'trafficker',
    term: 'Trafficker',
    aliases: ['pimp', 'exploiter'],
    definition:
      'A person who recruits, houses, moves, provides, gets or advertises another person for commercial sex or forced work, or who profits from it. In the sex trade, a trafficker may be called a pimp or a manager.',
    section: 'legal-consequences',
    cite: [SOURCES.sb906, SOURCES.usc1591a, SOURCES.hotlineRedFlagsGainesville],
  },
  {
    id: 'buyer',
    term: 'Buyer',
    aliases: ['john', 'sex buyer', 'patronizing', 'soliciting', 'purchaser'],
    definition:
      'Someone who pays, or offers to pay, for a sex act. Under federal law, patronizing or soliciting a person for a commercial sex act can be part of sex trafficking.',
    section: 'federal-law',
    cite: [SOURCES.usc1591a, SOURCES.usc7102],
  },
  {
    id: 'sex-trafficking',
    term: 'Sex trafficking',
    aliases: [],
    definition:
      'Under federal law, recruiting, housing, moving, providing, getting, patronizing or soliciting a person for a commercial sex act. It is a severe form of trafficking when force, fraud or coercion is used, or when the person is under 18.',
    section: 'federal-law',
    cite: [SOURCES.usc7102],
  },
  {
    id: 'trafficking-for-sexual-exploitation',
    term: 'Trafficking for the purposes of sexual exploitation',
    aliases: ['rsmo 566.209', '566.209'],
    definition:
      'Missouri’s general sex trafficking crime (RSMo 566.209), most often charged when the victim is an adult but open to victims of any age. It covers recruiting, moving, housing, providing, getting or advertising a person for commercial sex or a sexual performance, by means such as force, fraud, coercion or blackmail. The law also uses the words “without his or her consent”, so for an adult, consent is part of the question; the child laws (566.210 and 566.211) do not require force, fraud or coercion. As of the 2024 text it carries 5 to 20 years, or 10 years to life with force, abduction or coercion.',
    section: 'legal-consequences',
    cite: [
      SOURCES.sb1428,
      SOURCES.sb906,
      SOURCES.hb1539,
      rsmo('566.209'),
      rsmo('566.210'),
      rsmo('566.211'),
    ],
  },
  {
    id: 'sexual-trafficking-of-a-child',
    term: 'Sexual trafficking of a child',
    aliases: [
      'child sex trafficking',
      'sexual trafficking of a child in the first degree',
      'sexual trafficking of a child in the second degree',
      'rsmo 566.210',
      'rsmo 566.211',
      '566.210',
      '566.211',
    ],
    definition:
      'Missouri’s crimes of using a child for commercial sex, a sexual performance or explicit sexual material. The second degree (566.211) covers a child under 18, and the 2024 text of the first degree (566.210) covers a child under 12. Two news reports say that age rose to under 14 in 2025, which is a reported change — check the current statute.',
    section: 'legal-consequences',
    cite: [
      SOURCES.sb906,
      SOURCES.sb1428,
      SOURCES.sunTimes2025,
      SOURCES.report2025,
      rsmo('566.210'),
      rsmo('566.211'),
    ],
  },
  {
    id: 'advertising-a-person',
    term: 'Advertising a person for commercial sex',
    aliases: ['advertising', 'sex ads', 'escort ads', 'escort ad', 'online ads'],
    definition:
      'Advertising that a person is available for commercial sex is part of Missouri’s sex trafficking crimes. This guide’s sources found no separate advertising crime in that part of Missouri law. Federal sex trafficking law also lists advertising.',
    section: 'legal-consequences',
    cite: [SOURCES.sb906, SOURCES.sb1428, SOURCES.usc1591a],
  },
  {
    id: 'document-misuse',
    term: 'Misuse of documentation',
    aliases: ['rsmo 566.215', '566.215', 'document confiscation'],
    definition:
      'Missouri’s crime of destroying, hiding, taking or holding another person’s passport, ID or immigration papers as part of trafficking (RSMo 566.215). It also covers limiting where someone can go by limiting the use of their ID. It is a class E felony.',
    section: 'legal-consequences',
    cite: [SOURCES.hb1539, SOURCES.childwelfareMoDefs, rsmo('566.215')],
  },
  {
    id: 'forced-labor',
    term: 'Forced labor',
    aliases: ['labor trafficking', 'labour trafficking', 'forced labour'],
    definition:
      'Getting someone’s work by serious injury, restraint, blackmail, abuse of the law, or threats of these. Missouri’s crime, RSMo 566.203, carries 5 to 20 years and a fine of up to $250,000.',
    section: 'legal-consequences',
    cite: [SOURCES.justia566203, rsmo('566.203')],
  },
  {
    id: 'involuntary-servitude',
    term: 'Involuntary servitude',
    aliases: ['servitude'],
    definition:
      'Being made to work for someone against your will. Missouri makes it a crime to recruit, move, house or get a person for it. Federal law counts it as a severe form of trafficking when force, fraud or coercion is used.',
    section: 'legal-consequences',
    cite: [SOURCES.combs566206, SOURCES.usc7102],
  },
  {
    id: 'peonage',
    term: 'Peonage',
    aliases: [],
    definition:
      'An old word for being held in forced work to pay off a debt (a general meaning: this guide’s sources do not define it). Missouri makes it a crime to traffic a person for peonage, and federal law lists it as a severe form of trafficking.',
    section: 'legal-consequences',
    cite: [SOURCES.combs566206, SOURCES.usc7102],
  },
  {
    id: 'debt-bondage',
    term: 'Debt bondage',
    aliases: ['debt slavery', 'bonded labor'],
    definition:
      'Controlling a person through a debt they are told to work off but cannot repay. A large debt the person cannot pay is a known warning sign. Federal law lists debt bondage as a severe form of trafficking, and 2018 Attorney General rules made it illegal in Missouri.',
    section: 'recognizing-signs',
    cite: [SOURCES.usc7102, SOURCES.agHumanTrafficking2018, SOURCES.hotlineRedFlagsGainesville],
  },
  {
    id: 'grooming',
    term: 'Grooming',
    aliases: ['groomed', 'groomer'],
    definition:
      'Slowly winning a person’s trust so they can be exploited later (a general meaning, not a legal term). Missouri officials say that in northwest Missouri, traffickers often first reach people online.',
    section: 'recognizing-signs',
    cite: [SOURCES.newsPressNow2026],
  },
  {
    id: 'boyfriend-recruiting',
    term: '“Boyfriend” recruiting',
    aliases: ['boyfriend tactic', 'loverboy', 'romeo pimp'],
    definition:
      'A name often used for recruiting in which a trafficker acts like a boyfriend or partner to gain trust (a general meaning, not a legal term). Being recruited with false promises is a known warning sign.',
    section: 'recognizing-signs',
    cite: [SOURCES.hotlineRedFlagsGainesville, SOURCES.newsPressNow2026],
  },
  {
    id: 'rsmo',
    term: 'RSMo',
    aliases: ['revised statutes of missouri', 'missouri revised statutes', 'mo. rev. stat.'],
    definition:
      'Short for the Revised Statutes of Missouri, the state’s written laws. RSMo 566.209 means section 566.209, in chapter 566. The official text is at https://revisor.mo.gov/.',
    section: 'legal-consequences',
    cite: [SOURCES.revisor, SOURCES.revisorChapter566, rsmo('566.209')],
  },
  {
    id: 'statute-of-limitations',
    term: 'Statute of limitations',
    aliases: ['time limit to prosecute', 'limitations period'],
    definition:
      'The time limit for starting a case. This guide’s sources could not confirm the criminal time limit for Missouri’s trafficking crimes. A victim’s civil suit against a convicted trafficker has a 10-year limit.',
    section: 'legal-consequences',
    cite: [SOURCES.sb831, SOURCES.rainnTimeLimits, SOURCES.hb2688],
  },
  {
    id: 'attorney-general-civil-action',
    term: 'Attorney General civil action',
    aliases: ['civil penalty'],
    definition:
      'A civil (non-criminal) action the Missouri Attorney General can bring against anyone who profits from trafficking. It can seek up to $50,000 per violation and a court order to stop. Money recovered goes first to the victims.',
    section: 'legal-consequences',
    cite: [SOURCES.hb2688],
  },
  {
    id: 'restitution',
    term: 'Restitution',
    aliases: ['restitution order'],
    definition:
      'Money a court orders a person to pay the victim after finding them guilty. In Missouri, anyone found guilty of a trafficking crime must be ordered to pay it (RSMo 566.218). The least it can be is what the court finds is needed for the value of the victim’s work, the cost of the physical and mental recovery of the victim and of any child of the victim, or both. An order is not a promise of payment.',
    section: 'penalties',
    cite: [SOURCES.hb1450, SOURCES.hb2688, rsmo('566.218')],
  },
  {
    id: 'parole',
    term: 'Parole',
    aliases: ['paroled', 'parole eligibility'],
    definition:
      'Release from prison, under supervision, before the full sentence is served. In the 2024 text of Missouri’s child trafficking laws (566.210 and 566.211), some sentences allow no probation or parole until the person has served at least 25 years. There is a reported change to 566.210, not confirmed: check the current statute.',
    section: 'penalties',
    cite: [
      SOURCES.sb1428,
      SOURCES.sb906,
      SOURCES.sunTimes2025,
      SOURCES.report2025,
      rsmo('566.210'),
      rsmo('566.211'),
    ],
  },
  {
    id: 'probation',
    term: 'Probation',
    aliases: [],
    definition:
      'A sentence served in the community under supervision, instead of in prison. A person found guilty of trafficking who gets probation must still be ordered to pay restitution.',
    section: 'penalties',
    cite: [SOURCES.hb1450],
  },
  {
    id: 'sex-offender-tiers',
    term: 'Sex-offender registration tiers',
    aliases: [
      'tier i',
      'tier ii',
      'tier iii',
      'sex offender registry',
      'sex-offender registry',
      'registered sex offender',
    ],
    definition:
      'Missouri sorts registered sex offenders into 3 tiers. Registration follows a conviction under 566.209, 566.210 or 566.211, not under the labor or document crimes. Tier I checks in once a year for 15 years, and covers 566.209 with an adult victim. Tier III checks in every 90 days for life, and covers trafficking a child for sex.',
    section: 'penalties',
    cite: [
      SOURCES.hb1450,
      SOURCES.hb2885,
      SOURCES.hb2911,
      rsmo('566.209'),
      rsmo('566.210'),
      rsmo('566.211'),
    ],
  },
  {
    id: 'tvpa',
    term: 'TVPA',
    aliases: ['trafficking victims protection act', 'trafficking victims protection act of 2000'],
    definition:
      'The Trafficking Victims Protection Act of 2000, a federal law whose definitions are in 22 U.S.C. 7102. Missouri gives people who say they were trafficked the rights and protections of this law.',
    section: 'federal-law',
    cite: [SOURCES.usc7102, SOURCES.hb2688],
  },
  {
    id: 'severe-forms-of-trafficking',
    term: 'Severe forms of trafficking',
    aliases: ['severe form of trafficking', 'severe forms of trafficking in persons'],
    definition:
      'A federal term from the TVPA. It covers sex trafficking by force, fraud or coercion, or of anyone under 18. It also covers using force, fraud or coercion to hold someone in slavery, involuntary servitude, peonage or debt bondage for their work.',
    section: 'federal-law',
    cite: [SOURCES.usc7102],
  },
  {
    id: 'mann-act',
    term: 'Mann Act',
    aliases: ['18 u.s.c. 2421'],
    definition:
      'A federal law that makes it a crime to take any person across state lines for prostitution or other criminal sexual activity. It carries up to 10 years in prison.',
    section: 'federal-law',
    cite: [SOURCES.usc2421],
  },
  {
    id: 'usc',
    term: 'U.S.C.',
    aliases: ['united states code', 'u.s. code', 'usc'],
    definition:
      'Short for the United States Code, the written federal laws. 18 U.S.C. 1591 means title 18, section 1591.',
    section: 'federal-law',
    cite: [SOURCES.usc1591a],
  },
  {
    id: 'victim-of-trafficking',
    term: 'Victim of trafficking',
    aliases: ['trafficking victim', 'survivor', 'trafficking survivor'],
    definition:
      'In Missouri law, a victim of one of the trafficking crimes in RSMo 566.203, 566.206, 566.209, 566.210 or 566.211. This guide also uses the word survivor.',
    section: 'victim-support',
    cite: [
      SOURCES.hb2688,
      ...['566.200', '566.203', '566.206', '566.209', '566.210', '566.211'].map(rsmo),
    ],
  },
  {
    id: 'affirmative-defense',
    term: 'Affirmative defense',
    aliases: ['affirmative defence'],
    definition:
      'A defense in which the accused gives a legal reason the act should be excused. Missouri’s victim-rights law lets a person charged with prostitution show they were made to do it by unlawful physical force, or a threat of it, against them or another person. It must be force that someone of reasonable firmness could not have resisted.',
    section: 'victim-support',
    cite: [SOURCES.hb2688, SOURCES.childwelfareResponding],
  },
  {
    id: 'expungement',
    term: 'Expungement',
    aliases: ['expunge', 'expunged', 'clearing a record'],
    definition:
      'A court order that clears a criminal record. In Missouri, only someone who was under 18 when the prostitution offense happened, and who pleaded guilty or was convicted, can ask for it (RSMo 610.131). The law says the court shall grant it, and since 2019 they do not have to prove coercion. People who were adults at the time cannot use this law.',
    section: 'victim-support',
    cite: [SOURCES.hb2688, SOURCES.hb2911, SOURCES.jysiMissouri, rsmo('610.131')],
  },
  {
    id: 'safe-harbor',
    term: 'Safe harbor for minors',
    aliases: ['safe harbor', 'safe harbor law'],
    definition:
      'Missouri’s rule that a person aged under 18 at the time of the offense cannot be tried as an adult or found delinquent for prostitution. The law treats them as a victim of abuse. The case goes to the Children’s Division and the juvenile officer so the young person can get help.',
    section: 'victim-support',
    cite: [SOURCES.rsmo567020, SOURCES.jysiMissouri],
  },
  {
    id: 'safe-at-home',
    term: 'Safe at Home',
    aliases: ['address confidentiality program'],
    definition:
      'A Missouri Secretary of State program that gives victims a substitute address. For new public records, government agencies and courts must accept it; private businesses do not have to. It covers victims of human trafficking and other crimes who fear for their safety, and the state forwards members’ mail.',
    section: 'victim-support',
    cite: [SOURCES.safeAtHomeEligibility, SOURCES.safeAtHomeAgencies],
  },
  {
    id: 'civil-suit',
    term: 'Civil suit',
    aliases: ['civil lawsuit', 'lawsuit'],
    definition:
      'A lawsuit for money, separate from the criminal case. In Missouri, a victim can sue a trafficker only after the trafficker is convicted (pleaded guilty or was found guilty), for damages, court costs and lawyer fees. It must be filed within 10 years of the latest of set dates, such as the victim’s 18th birthday.',
    section: 'victim-support',
    cite: [SOURCES.hb2688, rsmo('566.223')],
  },
  {
    id: 't-visa',
    term: 'T visa',
    aliases: ['t status', 't nonimmigrant status', 'form i-914', 'i-914'],
    definition:
      'A federal immigration status for victims of a severe form of trafficking who meet set rules. It lets a survivor stay in the country. After being continuously physically present in T-1 status for 3 years, or sooner once the investigation or prosecution ends, a holder may apply for a green card.',
    section: 'victim-support',
    cite: [SOURCES.uscisTVisaEligibility, SOURCES.uscisTVisaGreenCard],
  },
  {
    id: 'hotline-case',
    term: 'Hotline case',
    aliases: ['signal', 'signals', 'hotline contacts'],
    definition:
      'One situation of possible trafficking reported to the National Human Trafficking Hotline. The hotline counts cases apart from signals, which are the calls, texts, chats, emails and forms it gets. Both count reports, not proven crimes.',
    section: 'challenges',
    cite: [SOURCES.abc17Awareness2023],
  },
  {
    id: 'department-of-social-services',
    term: 'Department of Social Services',
    aliases: ['dss', 'missouri dss'],
    definition:
      'The Missouri state agency whose Children’s Division takes child abuse reports. Police must tell it when they first meet a person who seems to be a trafficking victim. It may arrange services for confirmed victims, as funds allow.',
    section: 'law-enforcement',
    cite: [SOURCES.hb2688, SOURCES.dssCan],
  },
  {
    id: 'attorney-general-task-force',
    term: 'Attorney General’s Human Trafficking Task Force',
    aliases: ['attorney general’s task force', 'attorney general task force'],
    definition:
      'A permanent task force set up by the Missouri Attorney General to fight human trafficking. The office has also described an enforcement unit, training and a business council.',
    section: 'law-enforcement',
    cite: [SOURCES.agInitiatives],
  },
  {
    id: 'hotline-poster-law',
    term: 'Hotline poster law',
    aliases: ['rsmo 595.120', '595.120', 'human trafficking poster', 'hotline poster'],
    definition:
      'A Missouri law (RSMo 595.120) that makes 17 kinds of places, such as truck stops, bus stations and emergency rooms, put up a poster with the national trafficking hotline number. The posters had to be up from March 1, 2019.',
    section: 'public-awareness',
    cite: [SOURCES.dpsPoster, SOURCES.hb2911, SOURCES.rsmo595120, rsmo('595.120')],
  },
  {
    id: 'mandated-reporter',
    term: 'Mandated reporter',
    aliases: ['mandatory reporter'],
    definition:
      'A person whose job means they must, by law, report suspected child abuse. In Missouri, mandated reporters may not report to the Children’s Division anonymously. Staff at the national trafficking hotline are mandated reporters.',
    section: 'reporting',
    cite: [SOURCES.dssCan, SOURCES.hotlineReport],
  },
  {
    id: 'childrens-division',
    term: 'Children’s Division',
    aliases: [
      'missouri children’s division',
      "children's division",
      'children’s division hotline',
      'child abuse and neglect hotline',
      'child abuse hotline',
      'child protective services',
    ],
    definition:
      'The part of Missouri’s Department of Social Services that takes reports of child abuse and neglect. Its hotline, 1-800-392-3738, is open 24 hours a day. Missouri counts child sex trafficking as child abuse, so report a child to this line.',
    section: 'reporting',
    cite: [SOURCES.dssCan, SOURCES.childwelfareMoDefs],
  },
  {
    id: 'national-human-trafficking-hotline',
    term: 'National Human Trafficking Hotline',
    aliases: [
      'human trafficking hotline',
      'national hotline',
      'polaris hotline',
      'national human trafficking resource center',
      '1-888-373-7888',
      '233733',
      'befree',
    ],
    definition:
      'A national hotline for reporting trafficking and getting help, run by Polaris. Call 1-888-373-7888 or text 233733, 24 hours a day, or chat online. It is not a police or immigration agency, and tips can be anonymous. But its staff are mandated reporters: if you share details that identify a child 17 or younger who is being hurt, or anyone in immediate danger, they may tell the police or child protective services.',
    section: 'reporting',
    cite: [SOURCES.hotlineAbout, SOURCES.hotlineReport],
  },
  {
    id: 'cybertipline',
    term: 'CyberTipline',
    aliases: ['ncmec', 'cyber tipline', '1-800-the-lost'],
    definition:
      'The national tip line of NCMEC for child sexual exploitation, including child sex trafficking and online enticement. Report at https://report.cybertip.org/ or call 1-800-THE-LOST (1-800-843-5678). Anyone can report, and a name is not required.',
    section: 'reporting',
    cite: [SOURCES.cybertipFaqs, SOURCES.hotlineReport],
  },
  {
    id: 'hsi',
    term: 'HSI',
    aliases: ['homeland security investigations', 'hsi tip line', 'ice tip line'],
    definition:
      'Homeland Security Investigations, part of the U.S. Department of Homeland Security. Its tip line, 1-866-347-2423, takes tips on human trafficking and child exploitation 24 hours a day.',
    section: 'reporting',
    cite: [SOURCES.dhsBlueCampaignBulletin2022, SOURCES.dhsStrategy2020],
  },
  {
    id: 'tty',
    term: 'TTY',
    aliases: ['relay missouri', 'text telephone', '711'],
    definition:
      'A text phone service for people who are deaf, hard of hearing or speech impaired. For the national trafficking hotline, dial 711. For the Missouri child abuse hotline, use Relay Missouri: 1-800-735-2466 (voice) or 1-800-735-2966 (text).',
    section: 'reporting',
    cite: [SOURCES.hotlineAbout, SOURCES.dssCan],
  },
  {
    id: 'mcaht',
    term: 'Missouri Collaborative Against Human Trafficking',
    aliases: ['mcaht'],
    definition:
      'A statewide group formed around 2019. It paid for a resource guide that lists trafficking services by county.',
    section: 'community-engagement',
    cite: [SOURCES.youthBridgeCollaborative, SOURCES.mcahtGuide],
  },
  {
    id: 'the-life',
    term: '“The life”',
    aliases: ['the life', 'in the life', 'the game'],
    definition:
      'Slang for commercial sex and the world around it, with its own rules and ranks. Survivors may use it about the time they were exploited.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'bottom',
    term: 'Bottom',
    aliases: ['bottom girl', 'bottom bitch'],
    definition:
      'Slang for a person a trafficker puts in charge of the others: she may collect money, book rooms, post ads or punish. She is usually a victim too.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'daddy',
    term: '“Daddy”',
    aliases: ['daddy'],
    definition:
      'Slang: what a pimp often makes the people he exploits call him. “Boyfriend”, “boss” and “manager” are used the same way.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'trick',
    term: 'Trick or john',
    aliases: ['trick', 'tricks', 'johns', 'turning a trick', 'turn a trick'],
    definition:
      'Slang for a person who buys sex, also called a “date”. “Turning a trick” means a sex act for money.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'track',
    term: 'Track or stroll',
    aliases: ['track', 'stroll', 'the track', 'the stroll', 'stroll or track', 'kiddie stroll'],
    definition:
      'Slang for a street or area known as a place where sex is bought and sold. A “kiddie stroll” is one where the people sold are young.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'stable',
    term: 'Stable, “family”',
    aliases: ['stable', 'family/folks', 'folks', 'wife-in-law', 'wife in law', 'wives-in-law'],
    definition:
      'Slang for the group of people one pimp controls. They may be told to call each other “family”, “folks” or “wife-in-law”.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'quota',
    term: 'Quota',
    aliases: ['quota', 'nightly quota'],
    definition:
      'Slang for the amount of money a trafficker demands each night before the person may come “home”.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'exit-fee',
    term: 'Exit fee',
    aliases: ['exit fee'],
    definition:
      'Slang for a very large sum a pimp demands from someone who wants to leave. It is set high so that they stay.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'automatic',
    term: '“Automatic”',
    aliases: ['on automatic', 'automatic'],
    definition:
      'Slang for a person who keeps to a pimp’s rules and hands over the money even while he is away or in jail. Fear and manipulation keep it going.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'choosing-up',
    term: 'Choosing up',
    aliases: ['choose up', 'choosing up', 'chose up'],
    definition:
      'Slang for control of a person passing from one pimp to another, for example after she looks another pimp in the eye.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'out-of-pocket',
    term: 'Out of pocket',
    aliases: ['out of pocket'],
    definition:
      'Slang for breaking a pimp’s rules, such as making eye contact with another pimp. It is often punished.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'branding',
    term: 'Branding',
    aliases: ['branded', 'branding tattoo'],
    definition:
      'A tattoo or mark that a trafficker, pimp or gang puts on a person to show “ownership”.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'finesse-pimp',
    term: 'Finesse pimp',
    aliases: ['finesse pimps'],
    definition:
      'Slang for a trafficker who controls people mainly through affection, gifts and promises rather than violence. See also “boyfriend” recruiting.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'gorilla-pimp',
    term: 'Gorilla pimp',
    aliases: ['guerilla pimp'],
    definition: 'Slang for a trafficker who controls people mainly through violence and force.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'circuit',
    term: 'Circuit',
    aliases: ['the circuit'],
    definition: 'Slang for a set of cities that people are moved around to be sold for sex.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'squaring-up',
    term: 'Squaring up',
    aliases: ['square up', 'squared up'],
    definition: 'Slang for trying to leave commercial sex and the life around it.',
    section: 'recognizing-signs',
    cite: [SOURCES.hhsNcfyTerms, SOURCES.sharedHopeTerms],
  },
  {
    id: 'trauma-bond',
    term: 'Trauma bond',
    aliases: ['trauma bonding', 'trauma-bonded', 'trauma bonded'],
    definition:
      'A strong emotional tie to someone who causes harm (a general meaning, not a legal term: this guide’s sources do not define it).',
    section: 'challenges',
  },
];
