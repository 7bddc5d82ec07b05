import type { Faq } from './types';
import { SOURCES, rsmo } from './sources';

const TRAFFICKING_LAWS = [rsmo('566.209'), rsmo('566.210'), rsmo('566.211')];

/*
 * Questions and answers. Every fact comes from /work/shared/facts/. Answers
 * are plain text and put the answer in the first sentence.
 */

export const faqs: Faq[] = [
  {
    id: 'legal-consequences-missouri',
    question:
      'What are the legal consequences for individuals convicted of sex trafficking in Missouri?',
    answer:
      'A person convicted of sex trafficking in Missouri faces prison, a fine and other court orders. As of the 2024 text, the general crime (566.209) carries 5 to 20 years, or 10 years to life with force, abduction or coercion. The child sex trafficking crimes carry 10 years to life (566.211) or life (566.210); a reported change to 566.210 is explained in the penalties section. Fines can reach $250,000. Once a person is found guilty, the court must order restitution to the victim. A conviction under these three laws means registering as a sex offender. The victim can sue the convicted person for money. Ask a lawyer about a real case.',
    section: 'legal-consequences',
    cite: [
      SOURCES.sb1428,
      SOURCES.sb906,
      SOURCES.hb1539,
      SOURCES.hb1450,
      SOURCES.hb2688,
      SOURCES.sunTimes2025,
      ...TRAFFICKING_LAWS,
    ],
  },
  {
    id: 'penalties-and-sentencing',
    question: 'What are the penalties and sentencing guidelines for sex trafficking offenses?',
    answer:
      'The laws set ranges. Our sources give no sentencing guidelines. As of the 2024 text, 566.209 carries 5 to 20 years, or 10 years to life with force, abduction or coercion. A case with a child can be charged under three laws. 566.209 covers any age, with the ranges above. 566.211 (under 18) carries 10 years to life, or life with force, abduction or coercion. 566.210 (under 12) carries life. Both life terms allow no probation or parole until 25 years are served. A reported change says 566.210 now covers under 14, with at least 30 years to life: check the statute’s own page, linked below. Fines reach $250,000.',
    section: 'penalties',
    cite: [
      SOURCES.sb1428,
      SOURCES.sb906,
      SOURCES.hb1539,
      SOURCES.sunTimes2025,
      SOURCES.report2025,
      ...TRAFFICKING_LAWS,
    ],
  },
  {
    id: 'law-enforcement-challenges',
    question: 'What challenges do law enforcement agencies face in addressing sex trafficking?',
    answer:
      'Trafficking is often hidden, and victims may be afraid to speak to police. Traffickers may threaten victims with police action or deportation, or take their ID. Help for victims is thin in some places. State law lets the Department of Public Safety set training for spotting victims. When officers first meet a likely victim, they must tell the Department of Social Services. A child in a prostitution case goes to the Children’s Division and the juvenile officer. Task forces link local, state and federal agencies. Our sources say little about how evidence is gathered. They give no Missouri figures on investigations, arrests or how often agencies work together.',
    section: 'law-enforcement',
    cite: [
      SOURCES.dhsIndicatorsByType,
      SOURCES.hotlineRedFlagsGainesville,
      SOURCES.kfvsTaskForce,
      SOURCES.hb2688,
      SOURCES.rsmo567020,
      SOURCES.agInitiatives,
    ],
  },
  {
    id: 'public-awareness-role',
    question: 'How can public awareness contribute to the fight against sex trafficking?',
    answer:
      'People who know the signs can spot trafficking and report it. Awareness also helps victims learn where to get help. Missouri law makes many places put up a hotline poster. These include truck stops, bus stations and emergency rooms. The poster gives the number 1-888-373-7888 and the text number 233733. Awareness helps families too. Officials say that in northwest Missouri, traffickers often first reach people online. Parents and teachers who know this can watch for risks. Learn the signs, but do not confront anyone. Report what you see to the hotline instead.',
    section: 'public-awareness',
    cite: [
      SOURCES.dpsPoster,
      SOURCES.hb2911,
      SOURCES.newsPressNow2026,
      SOURCES.transportationReport,
    ],
  },
  {
    id: 'community-engagement-missouri',
    question:
      'What initiatives are in place for community engagement and education regarding sex trafficking in Missouri?',
    answer:
      'Missouri has state and local groups that train people and raise awareness. The Attorney General’s office has described a task force, training, and a business council against trafficking. That page may be out of date. A statewide group, the Missouri Collaborative Against Human Trafficking, paid for a resource guide. You can search the guide by county. Local groups also hold training and meetings. Stand Against Trafficking in Springfield focuses on education and training. The Central Missouri Stop Human Trafficking Coalition holds community meetings each month. The poster law also puts the hotline number in many public places.',
    section: 'community-engagement',
    cite: [
      SOURCES.agInitiatives,
      SOURCES.mcahtGuide,
      SOURCES.standAgainstTrafficking,
      SOURCES.krcgCmshtc,
      SOURCES.dpsPoster,
    ],
  },
  {
    id: 'what-is-sexual-trafficking-of-a-child',
    question: 'What does “sexual trafficking of a child” mean?',
    answer:
      'It is the Missouri crime of using a child for commercial sex, a sexual performance or explicit material. The law lists many acts. These include recruiting, enticing, housing, moving, providing or getting the child. Advertising the child also counts. So does making money from the child’s use. The second-degree law (566.211) covers a child under 18. As of the 2024 text, the first-degree law (566.210) covers a child under 12. Two news reports say that age rose to under 14 in 2025. That is a reported change — check the current statute. Neither law requires force, fraud or coercion.',
    section: 'legal-consequences',
    cite: [
      SOURCES.sb906,
      SOURCES.sb1428,
      SOURCES.hb1539,
      SOURCES.sunTimes2025,
      SOURCES.report2025,
      rsmo('566.210'),
      rsmo('566.211'),
    ],
  },
  {
    id: 'victim-agreed',
    question: 'Is it trafficking if the victim “agreed”?',
    answer:
      'The law treats children and adults differently. Missouri’s two child sex trafficking laws (566.210 and 566.211) do not require force, fraud or coercion. Federal law says using anyone under 18 for commercial sex is trafficking. For adults, Missouri’s general law (566.209) uses the words “without his or her consent”. It lists means such as force, fraud, deception, blackmail and threats of financial harm. An adult charged with prostitution may have a defense if unlawful physical force, or a threat of it, made them do it. It must be force a person of reasonable firmness could not resist. Whether a real case is trafficking depends on its facts. Ask a lawyer.',
    section: 'legal-consequences',
    cite: [
      SOURCES.sb906,
      SOURCES.sb1428,
      SOURCES.usc1591a,
      SOURCES.usc7102,
      SOURCES.hb2688,
      ...TRAFFICKING_LAWS,
    ],
  },
  {
    id: 'thought-victim-was-older',
    question: 'What if the defendant says they thought the victim was older?',
    answer:
      'Missouri’s two child sex trafficking laws each say that this is no defense. The second-degree law (566.211) says it is no defense to believe the child was 18 or older. The first-degree law (566.210), in the 2024 text, says the same about 12 or older. A reported change raises that age to 14, so check the statute. Federal law is similar. If the defendant had a fair chance to see the victim, prosecutors do not need to prove the defendant knew the victim was under 18. Ask a lawyer about a real case.',
    section: 'legal-consequences',
    cite: [
      SOURCES.sb906,
      SOURCES.sb1428,
      SOURCES.hb1539,
      SOURCES.usc1591b,
      SOURCES.sunTimes2025,
      rsmo('566.210'),
      rsmo('566.211'),
    ],
  },
  {
    id: 'across-state-lines',
    question: 'Does a trafficker have to move someone across state lines?',
    answer:
      'No. Moving a person is only one of many acts the law covers. Under Missouri law, recruiting, housing, providing, getting or advertising a person can also be trafficking. Making money from it counts too. So a person can be trafficked without leaving home. Federal law has extra crimes for crossing state lines. Taking any person across state lines for prostitution can bring up to 10 years. This is the Mann Act. Taking a child under 18 across state lines for that purpose brings 10 years to life.',
    section: 'legal-consequences',
    cite: [SOURCES.sb906, SOURCES.sb1428, SOURCES.usc2421, SOURCES.usc2423],
  },
  {
    id: 'federal-or-state-charges',
    question: 'What is the difference between federal and state sex trafficking charges?',
    answer:
      'Sex trafficking is a crime under both Missouri law and federal law. State charges use Missouri’s laws in chapter 566. Federal charges use 18 U.S.C. 1591 and related laws. Under federal law, trafficking by force, fraud or coercion carries 15 years to life. So does trafficking a child under 14. Trafficking a child aged 14 to 17 carries 10 years to life when no force, fraud or coercion was used. An attempt is punished like the full crime. Making money from a trafficking venture is also a federal crime.',
    section: 'federal-law',
    cite: [
      SOURCES.revisorChapter566,
      SOURCES.usc1591a,
      SOURCES.usc1591b,
      SOURCES.usc1594,
      SOURCES.usc1593a,
    ],
  },
  {
    id: 'who-to-call',
    question: 'Who do I call if I see something?',
    answer:
      'If someone is in danger right now, call 911. If not, contact the National Human Trafficking Hotline. Call 1-888-373-7888, or text 233733. You can also chat at https://humantraffickinghotline.org/chat. The phone line is open 24 hours a day, 7 days a week. For TTY, dial 711. Since about August 2020, Missouri’s Attorney General has used the national hotline in place of a state line. Calls to the old state line are redirected to it. Do not confront anyone or try to rescue a victim yourself.',
    section: 'reporting',
    cite: [
      SOURCES.hotlineAbout,
      SOURCES.hotlineReport,
      SOURCES.transportationReport,
      SOURCES.kait2020,
      SOURCES.missouriTimes2020,
    ],
  },
  {
    id: 'report-about-a-child',
    question: 'Who do I call about a child?',
    answer:
      'Call the Missouri Children’s Division hotline at 1-800-392-3738. It is open 24 hours a day, every day. If the child is in danger right now, call 911 first. Missouri law counts child sex trafficking as child abuse, so this hotline takes these reports. From outside Missouri, call (573) 751-3448 about a Missouri child. For Relay Missouri, call 1-800-735-2466 (voice) or 1-800-735-2966 (text). For sexual exploitation of a child, including online, you can also use the CyberTipline. Report at https://report.cybertip.org/ or call 1-800-843-5678.',
    section: 'reporting',
    cite: [
      SOURCES.dssCan,
      SOURCES.dssRptcan,
      SOURCES.childwelfareMoDefs,
      SOURCES.hotlineReport,
      SOURCES.cybertipFaqs,
    ],
  },
  {
    id: 'report-anonymously',
    question: 'Can I report anonymously?',
    answer:
      'Yes, in most cases. The National Human Trafficking Hotline takes anonymous tips, and its online form can be anonymous too. If it is urgent, or it happened within the past 24 hours, use the phone, text or chat instead of the form. Hotline staff are mandated reporters. If you share details that identify a child 17 or younger who is being hurt, or anyone in immediate danger, they may tell the police or child protective services. The CyberTipline does not need your name. Members of the public may stay anonymous when they call the Missouri child abuse hotline. Mandated reporters may not.',
    section: 'reporting',
    cite: [SOURCES.hotlineAbout, SOURCES.hotlineReport, SOURCES.cybertipFaqs, SOURCES.dssCan],
  },
  {
    id: 'am-i-a-mandated-reporter',
    question: 'Am I a mandated reporter?',
    answer:
      'This guide cannot tell you, because its sources do not list who is a mandated reporter in Missouri. Ask your employer, or check with the Children’s Division. Here is what the sources do show. Mandated reporters may not report to the Children’s Division anonymously. They may report cases that are not emergencies online. Staff at the national trafficking hotline are mandated reporters. State law also lets the state set trafficking training for some groups. These include health care workers, police, juvenile courts and youth shelters.',
    section: 'reporting',
    cite: [SOURCES.dssCan, SOURCES.dssRptcan, SOURCES.hotlineReport, SOURCES.hb2688],
  },
  {
    id: 'will-hotline-call-police',
    question: 'Will the hotline call the police?',
    answer:
      'In some cases it may. The National Human Trafficking Hotline is not a police, government or immigration agency. What you share is kept confidential, and tips can be anonymous. But hotline staff are mandated reporters. Say you give details that could identify a child aged 17 or under who is being harmed. Then staff may report it to the police or to child protective services. The same is true if anyone is in danger right now.',
    section: 'reporting',
    cite: [SOURCES.hotlineAbout, SOURCES.hotlineReport],
  },
  {
    id: 'minors-in-prostitution',
    question: 'What happens to minors found in prostitution?',
    answer:
      'They are treated as victims, not as offenders. This is called safe harbor. Under Missouri law, a person aged under 18 at the time of the offense cannot be tried as an adult for prostitution. They cannot be found delinquent for it either. Instead, the law treats them as a victim of abuse. The case must be reported right away to the Children’s Division and the juvenile officer. That way the young person can get help. This rule has been in place since August 2022.',
    section: 'victim-support',
    cite: [SOURCES.rsmo567020, SOURCES.jysiMissouri, SOURCES.kbia2022],
  },
  {
    id: 'clear-prostitution-record',
    question: 'Can a survivor clear a prostitution record?',
    answer:
      'Only if they were under 18 at the time of the offense. Missouri’s record-clearing law (610.131) lets them ask a court to expunge it. The law says the court shall do so. Since 2019, they do not have to prove they were coerced. People who were adults at the time cannot use this law. For adults, the sources behind this guide show a defense at trial, not a way to clear a record. The defense applies if unlawful physical force, or a threat of it, made them do it, and a person of reasonable firmness could not have resisted it. Ask a lawyer about a real case.',
    section: 'victim-support',
    cite: [
      SOURCES.hb2688,
      SOURCES.hb2911,
      SOURCES.jysiMissouri,
      SOURCES.newsTribune2019,
      rsmo('610.131'),
    ],
  },
  {
    id: 'can-a-survivor-sue',
    question: 'Can a survivor sue the trafficker?',
    answer:
      'Yes, once the trafficker has been convicted. Missouri’s victim-rights law (566.223) lets a victim sue a person who pleaded guilty or was found guilty of trafficking them. The victim can win actual damages and court costs, including fair lawyer fees. The court can also add punitive damages where it fits. The suit must be filed within 10 years. The clock starts at the latest of three dates. One is the final order in the criminal case. One is the victim’s emancipation from the defendant. One is the victim’s 18th birthday. A 2026 proposal would give child survivors more time, but it is not law.',
    section: 'victim-support',
    cite: [SOURCES.hb2688, SOURCES.hb1897, SOURCES.hb2911, SOURCES.kbia2026, rsmo('566.223')],
  },
  {
    id: 'keep-address-private',
    question: 'How can a survivor keep their address private?',
    answer:
      'Missouri’s Safe at Home program can help. The Secretary of State runs it for victims of human trafficking, domestic violence, sexual assault, stalking and other crimes. The office takes in your mail and forwards it, so you can give a substitute address instead of your home address. For new public records, government offices and courts must accept it. Private businesses do not have to. It works best if you have moved, or are about to move, somewhere the abuser does not know. Mail takes 5 to 7 days longer. Call (866) 509-1409 to learn more. Court records that could identify a victim must also be kept from the public.',
    section: 'victim-support',
    cite: [
      SOURCES.safeAtHomeEligibility,
      SOURCES.safeAtHomeAgencies,
      SOURCES.safeAtHomeBackground,
      SOURCES.rsmo589663,
      SOURCES.rsmo595226,
    ],
  },
  {
    id: 'survivors-not-citizens',
    question: 'Is there help for survivors who are not U.S. citizens?',
    answer:
      'Yes. A T visa may let a trafficking survivor stay in the U.S. The person must have been a victim of a severe form of trafficking. They must be in the U.S., or at a port of entry, because of it. They must help police when reasonably asked, unless at least one act of trafficking happened before they turned 18, or trauma leaves them unable to cooperate. Removal must mean extreme hardship involving unusual and severe harm. They must be admissible, or get a waiver. They apply on Form I-914. After being continuously physically present in T-1 status for 3 years, or sooner once the investigation or prosecution ends, they may apply for a green card.',
    section: 'victim-support',
    cite: [SOURCES.uscisTVisaEligibility, SOURCES.tVisaApplication, SOURCES.uscisTVisaGreenCard],
  },
  {
    id: 'survivor-rights-and-services',
    question: 'What rights and services do trafficking survivors have in Missouri?',
    answer:
      'Survivors get the protections and rights set out in the federal Trafficking Victims Protection Act. Missouri may also help confirmed victims, as funds allow. Help can include a case manager and emergency housing. It can include health care, counseling, and addiction screening and treatment. It can also include interpreters, English lessons, and job training. When a trafficker is found guilty, the court must order restitution to the victim, and the victim can sue the convicted trafficker.',
    section: 'victim-support',
    cite: [SOURCES.hb2688, SOURCES.hb1897, SOURCES.hb1450],
  },
  {
    id: 'warning-signs',
    question: 'What are the warning signs of sex trafficking?',
    answer:
      'Watch for a person who is not free to come and go, or who seems controlled by someone else. Someone else may hold their ID or money. They may seem coached on what to say. They may seem afraid, or avoid eye contact. They may show signs of abuse. A person under 18 may be being used in commercial sex. A child may have stopped going to school. At truck stops at night, the Highway Patrol says to watch for girls going up to trucks. No single sign proves trafficking. Do not confront anyone. Report what you see.',
    section: 'recognizing-signs',
    cite: [
      SOURCES.blueCampaignCastla,
      SOURCES.hotlineRedFlagsGainesville,
      SOURCES.dhsIndicatorsByType,
      SOURCES.mshp,
    ],
  },
  {
    id: 'who-is-at-risk',
    question: 'Who is most at risk of being trafficked?',
    answer:
      'Some people face more risk of being trafficked than others. Missouri officials name several risk factors. These include past abuse, running away or having no home, and being undocumented. They also include mental or emotional disability, and drug or alcohol dependency. Young people who have just aged out of foster care are at risk too. In northwest Missouri, traffickers often make first contact online.',
    section: 'recognizing-signs',
    cite: [SOURCES.newsPressNow2026],
  },
  {
    id: 'poster-hotels-truck-stops',
    question: 'What must hotels and truck stops post?',
    answer:
      'Truck stops, and some hotels, must put up the Department of Public Safety’s poster for the National Human Trafficking Hotline. Missouri’s poster law covers 17 kinds of places. These include truck stops, rest areas, bus and train stations, airports and emergency rooms. Hotels and motels are covered if they were cited as a public nuisance for prostitution. The poster must be at least 8.5 by 11 inches. It must be in English and Spanish, and in some counties other languages too. It must hang in plain view near the restrooms or the entrance. A first failure to post brings a written warning. Later ones may be an infraction.',
    section: 'public-awareness',
    cite: [SOURCES.dpsPoster, SOURCES.hb2911, SOURCES.rsmo595120],
  },
  {
    id: 'how-big-is-the-problem',
    question: 'How big is the problem in Missouri?',
    answer:
      'No one knows the full size, because the figures count reports, not proven crimes. The National Human Trafficking Hotline logged 272 Missouri cases in 2024, with 539 victims, news outlets report. That was the highest case count since 2020. In 2021, it logged 240 cases and 1,103 calls, texts and other contacts. A case is one situation reported to the hotline. It does not mean anyone was charged. These figures come from news and group reports, not official hotline pages.',
    section: 'challenges',
    cite: [SOURCES.newsPressNow2026, SOURCES.abc17Spike2026, SOURCES.abc17Awareness2023],
  },
  {
    id: 'how-does-missouri-rate',
    question: 'How do outside groups rate Missouri’s child trafficking laws?',
    answer:
      'Shared Hope International grades each state’s laws. Missouri got an F in 2021, under a new grading method, and an F again in 2022. Under the older method, Missouri had a B from 2011. Our sources give no grade after 2022. A safe harbor law for minors took effect in August 2022.',
    section: 'challenges',
    cite: [
      SOURCES.yahooGrades2021,
      SOURCES.rehopeGrades2022,
      SOURCES.kcStarGrades2021,
      SOURCES.kbia2022,
    ],
  },
  {
    id: 'register-as-sex-offender',
    question: 'Do traffickers have to register as sex offenders?',
    answer:
      'Yes, if they are convicted under one of Missouri’s three sex trafficking laws: 566.209, 566.210 or 566.211. As of the 2024 text, a conviction under 566.209 for an adult victim means Tier I. The person must check in once a year, for 15 years. A conviction for trafficking a child for sex means Tier III. The person must check in every 90 days, for life. A clean record can shorten the time in some cases. Labor trafficking and document crimes do not by themselves require it.',
    section: 'penalties',
    cite: [SOURCES.hb1450, SOURCES.hb2885, SOURCES.hb2911, ...TRAFFICKING_LAWS],
  },
  {
    id: 'restitution-and-fines',
    question: 'What must a trafficker pay?',
    answer:
      'When a person is found guilty of trafficking, the court must order them to pay restitution to the victim (566.218). This is true whether the person goes to prison or gets probation. The least the court can order covers the value of the victim’s work, the cost of the recovery of the victim and of any child of the victim, or both. The order is not a promise that the money will be paid. Fines can reach $250,000. The Attorney General can also seek up to $50,000 for each violation. Money won that way goes first to the victims.',
    section: 'penalties',
    cite: [
      SOURCES.hb1450,
      SOURCES.hb2688,
      SOURCES.sb1428,
      SOURCES.missourinet2011,
      rsmo('566.218'),
    ],
  },
  {
    id: 'time-limit-to-prosecute',
    question: 'Is there a time limit to prosecute sex trafficking?',
    answer:
      'The sources behind this guide could not confirm one. Missouri has no time limit for murder, rape, first-degree sodomy and class A felonies. Other felonies generally have a 3-year limit. A summary of state law says sex crimes against a child under 18 can be charged at any time. But it is not confirmed that this covers the child trafficking crimes. The limit for trafficking an adult is also unclear. A 2024 bill proposed a 20-year limit. For a real case, ask a lawyer or prosecutor. A victim’s suit against a convicted trafficker has its own 10-year limit.',
    section: 'legal-consequences',
    cite: [SOURCES.sb831, SOURCES.rainnTimeLimits, SOURCES.hb2688],
  },
  {
    id: 'reported-2025-change',
    question: 'Did the child trafficking penalty change in 2025?',
    answer:
      'It may have, but this guide cannot confirm it. Two news sources say that from late August 2025, the first-degree law (566.210) covers a child under 14, not under 12. One of them also says the sentence became at least 30 years, up to life. The bill was probably HB 495 (2025), but its wording was not read. The 2024 text says under 12, with life and no probation or parole until 25 years are served. This is a reported change — check the statute’s own page, linked below, before you rely on it.',
    section: 'penalties',
    cite: [
      SOURCES.sunTimes2025,
      SOURCES.report2025,
      SOURCES.abc17Hb495,
      SOURCES.legiplexHb495,
      SOURCES.sb1428,
      SOURCES.sb906,
      rsmo('566.210'),
    ],
  },
  {
    id: 'police-meet-a-victim',
    question: 'What must police do when they meet a possible victim?',
    answer:
      'They must tell the Missouri Department of Social Services. Where it applies, they must also tell juvenile authorities. This lets the state check what services the person can get. A 2022 law also made police report suspected child trafficking to the state right away. Missouri’s Attorney General now sends the public to the national hotline, not a state line.',
    section: 'law-enforcement',
    cite: [SOURCES.hb2688, SOURCES.kbia2022, SOURCES.kait2020],
  },
  {
    id: 'how-can-i-help',
    question: 'How can I help in my community?',
    answer:
      'Learn the signs, save the hotline number, and join local efforts. Local coalitions offer training, such as Stand Against Trafficking in Springfield. A county resource guide lists local services at https://mocate.org/resources/htimp/. Businesses can join efforts too. The Attorney General’s office has described a Business Council Against Human Trafficking. The hotline poster can be printed free from the Department of Public Safety website. If you see signs, report them. Do not confront anyone yourself.',
    section: 'community-engagement',
    cite: [
      SOURCES.standAgainstTrafficking,
      SOURCES.mcahtGuide,
      SOURCES.agInitiatives,
      SOURCES.dpsPoster,
      SOURCES.transportationReport,
    ],
  },
];
