import type { Citation, Confidence } from './types';

/** The day the project's fact sheet was compiled and checked. */
export const FACTS_CHECKED = '2026-11-28';

/**
 * The day the fact sheet was updated (the 2025 change to 566.210, the T visa cap, the 567.020
 * link) and the content was reviewed line by line against it (see content/SOURCES.md).
 */
export const FACTS_UPDATED = '2026-12-03';

/** The date shown as "last reviewed" on every page. */
export const CONTENT_REVIEWED = '2026-12-03';

/** Build a citation, by default checked on the fact-sheet date. */
export function cite(
  label: string,
  url: string,
  confidence: Confidence,
  checked: string = FACTS_CHECKED,
): Citation {
  return { label, url, confidence, checked };
}

/**
 * The official page of one section of the Revised Statutes of Missouri. Every statute the
 * content names links here, so a reader can check the law in force today in one step.
 */
export function statutePage(section: string): string {
  return `https://revisor.mo.gov/main/OneSection.aspx?section=${section}`;
}

/**
 * A statute's own page on revisor.mo.gov, as a source. Most statute text in this guide was read
 * in 2024 bill reprints, not on these pages: the label says the page is where to check it.
 */
export function rsmo(section: string): Citation {
  return cite(
    `RSMo ${section}: official text (revisor.mo.gov)`,
    statutePage(section),
    'primary',
    FACTS_UPDATED,
  );
}

const BILLS =
  'https://github.com/IndigoW0lf/show-me-resistance-backend/blob/65b870b6c5d2d56bff1df8f6def6f6dc8570fff4/bills/mo/2024/';
const USC18 =
  'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/6153254da8b590980556c0efb69867153467e01e/chuncks/title-18/';
const USC22 =
  'https://github.com/codexstanford/markdonw-chunck-of-the-usa-code/blob/6b8f819e6231ab1c063c8a0d52e1f1a5066de539/chuncks/title-22/';

/** A 2024 Missouri bill that reprints existing law (as of 2024). */
export const bill = (file: string, label: string): Citation =>
  cite(label, `${BILLS}${file}`, 'bill-text');

/** A chunk of U.S. Code Title 18. */
export const usc18 = (file: string, label: string): Citation =>
  cite(label, `${USC18}${file}`, 'primary');

/** Sources used in many places. Cite these rather than repeating the address. */
export const SOURCES = {
  revisorChapter566: cite(
    'RSMo chapter 566 (revisor.mo.gov)',
    'https://revisor.mo.gov/main/ViewChapter.aspx?chapter=566',
    'primary',
  ),
  revisor: cite('Missouri Revisor of Statutes', 'https://revisor.mo.gov/', 'primary'),
  defs566200: cite(
    'RSMo 566.200 definitions (statute copy)',
    'https://instalawyer.io/laws/missouri-revised-statutes/section-566200-definitions',
    'secondary',
  ),
  hb2688: bill('HB2688_full_text.md', 'HB 2688 (2024), reprinting existing law'),
  sb1428: bill('SB1428_full_text.md', 'SB 1428 (2024), reprinting existing law'),
  sb906: bill('SB906_full_text.md', 'SB 906 (2024), reprinting existing law'),
  hb1539: bill('HB1539_full_text.md', 'HB 1539 (2024), reprinting existing law'),
  hb1706: bill('HB1706_full_text.md', 'HB 1706 (2024), reprinting existing law'),
  hb2770: bill('HB2770_full_text.md', 'HB 2770 (2024), reprinting existing law'),
  hb1450: bill('HB1450_full_text.md', 'HB 1450 (2024), reprinting existing law'),
  hb2885: bill('HB2885_full_text.md', 'HB 2885 (2024), reprinting existing law'),
  hb2911: bill('HB2911_full_text.md', 'HB 2911 (2024), reprinting existing law'),
  hb1897: bill('HB1897_full_text.md', 'HB 1897 (2024), reprinting existing law'),
  sb831: bill('SB831_full_text.md', 'SB 831 (2024), reprinting existing law'),
  report2025: cite(
    'KFEQ news report, Sept. 26, 2025 (the only source for the 30-years-to-life penalty; not confirmed)',
    'https://www.680kfeq.com/2025/09/26/new-state-laws-to-protect-children-are-now-in-effect',
    'unverified',
  ),
  sunTimes2025: cite(
    'Sun Times News (2025): Missouri laws in effect Aug. 28, 2025, reprinting the Highway Patrol’s list',
    'https://suntimesnews.com/?p=142392',
    'secondary',
    FACTS_UPDATED,
  ),
  abc17Hb495: cite(
    'ABC 17 News, Mar. 26, 2025: the governor to sign a public-safety bill (HB 495)',
    'https://abc17news.com/news/top-stories/2025/03/26/governor-kehoe-to-sign-public-safety-bill-wednesday',
    'secondary',
    FACTS_UPDATED,
  ),
  legiplexHb495: cite(
    'HB 495 (2025), Senate substitute draft on Legiplex: the sections it rewrites (its wording was not read)',
    'https://app.legiplex.com/mo/legislature/2025/2025-r/bills/hb495/draft-2151271?id=2151271',
    'secondary',
    FACTS_UPDATED,
  ),
  ozarkRadioSb43: cite(
    'Ozark Radio News (2025): the governor races to sign bills before the July 14 deadline (SB 43)',
    'https://www.ozarkradionews.com/local-news/governor-mike-kehoe-races-to-sign-dozens-of-bills-before-july-14-deadline',
    'secondary',
    FACTS_UPDATED,
  ),
  senate2011Hb214: cite(
    'Missouri Senate: HB 214 (2011) bill summary',
    'https://www.senate.mo.gov/11info/BTS_Web/Summary.aspx?SessionType=R&SummaryID=4132707&BillID=4234030',
    'primary',
  ),
  dpsCouncil: cite(
    'Missouri Department of Public Safety: Statewide Council on Sex Trafficking and Sexual Exploitation of Children',
    'https://dps.mo.gov/dir/programs/cvsu/council.php',
    'primary',
  ),
  sb60Summary: cite(
    'Missouri Senate: SB 60 (2025) bill summary (enactment not confirmed)',
    'https://www.senate.mo.gov/25info/BTS_Web/Bill.aspx?SessionType=R&BillID=356',
    'primary',
  ),
  usc1591a: usc18('chunck-877.md', '18 U.S.C. 1591(a)'),
  usc1591b: usc18('chunck-878.md', '18 U.S.C. 1591(b)–(e)'),
  usc1593a: usc18('chunck-881.md', '18 U.S.C. 1593A'),
  usc1594: usc18('chunck-882.md', '18 U.S.C. 1594'),
  usc1594b: usc18('chunck-883.md', '18 U.S.C. 1594 (forfeiture)'),
  usc2421: usc18('chunck-1460.md', '18 U.S.C. 2421 (Mann Act)'),
  usc2422: usc18('chunck-1467.md', '18 U.S.C. 2422'),
  usc2423: usc18('chunck-1468.md', '18 U.S.C. 2423(a)'),
  usc7102: cite('22 U.S.C. 7102 (TVPA definitions)', `${USC22}chunck-5950.md`, 'primary'),
  crsR43598: cite(
    'Congressional Research Service, R43598',
    'https://www.everycrsreport.com/reports/R43598.html',
    'secondary',
  ),
  hotlineAbout: cite(
    'National Human Trafficking Hotline: what we do',
    'https://humantraffickinghotline.org/about-us/what-we-do',
    'primary',
  ),
  hotlineReport: cite(
    'National Human Trafficking Hotline: report trafficking',
    'https://humantraffickinghotline.org/en/report-trafficking',
    'primary',
  ),
  dssCan: cite(
    'Missouri Children’s Division: child abuse and neglect hotline',
    'https://dss.mo.gov/cd/keeping-kids-safe/can.htm',
    'primary',
  ),
  dssRptcan: cite(
    'Missouri Children’s Division: how to report',
    'https://dss.mo.gov/cd/rptcan.htm',
    'primary',
  ),
  mshp: cite(
    'Missouri State Highway Patrol: human trafficking',
    'https://apps.mshp.dps.mo.gov/MSHPWeb/PatrolDivisions/DDCC/Units/SpecialVictimsUnit/htInfo.html',
    'primary',
  ),
  dpsPoster: cite(
    'Missouri Department of Public Safety: human trafficking poster',
    'https://dps.mo.gov/human-trafficking/',
    'primary',
  ),
  agInitiatives: cite(
    'Missouri Attorney General: human trafficking initiatives',
    'https://ago.mo.gov/home/human-trafficking/our-initiatives',
    'primary',
  ),
  safeAtHomeAgencies: cite(
    'Missouri Secretary of State: Safe at Home for agencies',
    'https://sos.mo.gov/business/safeathome/Agencies',
    'primary',
  ),
  safeAtHomeEligibility: cite(
    'Missouri Secretary of State: Safe at Home eligibility',
    'https://www.sos.mo.gov/business/SafeAtHome/EligibilityRequirements',
    'primary',
  ),
  transportationReport: cite(
    'U.S. Department of Transportation: report human trafficking',
    'https://www.transportation.gov/stop-human-trafficking/report',
    'primary',
  ),
  childwelfareMoDefs: cite(
    'Child Welfare Information Gateway: Missouri definitions (July 2020)',
    'https://www.childwelfare.gov/resources/definitions-human-trafficking-missouri/',
    'secondary',
  ),

  // Cited from more than one content file.
  // The fact sheet read this page through a third-party copy; we link the official page only.
  rsmo567020: rsmo('567.020'),
  jysiMissouri: cite(
    'Juvenile Sex Trafficking Initiative: Missouri',
    'https://jysi.org/states/missouri',
    'secondary',
  ),
  kbia2022: cite(
    'KBIA: Missouri’s new child sex trafficking law takes effect (Aug. 31, 2022)',
    'https://www.kbia.org/missouri-news/2022-08-31/missouris-new-child-sex-trafficking-law-takes-effect-after-years-of-criticism',
    'secondary',
  ),
  kbia2026: cite(
    'KBIA: lawmakers back bills to curb child sexual abuse (Jan. 20, 2026; proposals only)',
    'https://www.kbia.org/missouri-news-network/2026-01-20/missouri-lawmakers-signal-bipartisan-support-for-bills-to-curb-child-sexual-abuse',
    'secondary',
  ),
  newsTribune2019: cite(
    'News Tribune, May 17, 2019: Senate sends sex trafficking bill to the governor',
    'https://www.newstribune.com/news/missouri/story/2019/may/17/missouri-senate-sends-sex-trafficking-bill-to-gov-parson/779164/',
    'secondary',
  ),
  rainnTimeLimits: cite(
    'RAINN: Missouri statutes of limitations summary (April 2023)',
    'https://apps.rainn.org/policy/policy-crime-definitions.cfm?state=Missouri&group=7',
    'secondary',
  ),
  rsmo595226: cite(
    'RSMo 595.226 (statute copy)',
    'https://instalawyer.io/laws/missouri-revised-statutes/section-595226-identifiable-information',
    'secondary',
  ),
  rsmo595120: cite(
    'RSMo 595.120 hotline poster law (statute copy)',
    'https://instalawyer.io/laws/missouri-revised-statutes/section-595120-national-human',
    'secondary',
  ),
  rsmo589663: cite(
    'RSMo 589.663 (statute copy, Casetext)',
    'https://casetext.com/statute/missouri-revised-statutes/title-xxxviii-crimes-and-punishment-peace-officers-and-public-defenders/chapter-589-crime-prevention-and-control-programs-and-services/address-confidentiality-program/section-589663-program-created-purpose-procedures',
    'secondary',
  ),
  safeAtHomeBackground: cite(
    'Missouri Secretary of State: Safe at Home background',
    'https://sos.mo.gov/business/SafeAtHome/Background',
    'primary',
  ),
  uscisTVisaEligibility: cite(
    'USCIS Policy Manual, volume 3, part B, chapter 2 (T visa eligibility)',
    'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-2',
    'primary',
  ),
  uscisTVisaCap: cite(
    'USCIS Policy Manual, volume 3, part B, chapter 8 (T visa annual cap and waiting list)',
    'https://www.uscis.gov/policy-manual/volume-3-part-b-chapter-8',
    'primary',
    FACTS_UPDATED,
  ),
  uscisTVisaGreenCard: cite(
    'USCIS Policy Manual, volume 7, part J, chapter 4 (green card for T visa holders)',
    'https://uscis.gov/policy-manual/volume-7-part-j-chapter-4',
    'primary',
  ),
  tVisaApplication: cite(
    'Evaluations for Immigration: T visa application process',
    'https://evaluationsforimmigration.com/i-want-to-apply-for-a-tvisa-what-is-the-application-process-and-the-eligibility/',
    'secondary',
  ),
  cybertipFaqs: cite(
    'NCMEC CyberTipline: frequently asked questions',
    'https://report.cybertip.org/faqs',
    'secondary',
  ),
  newsPressNow2026: cite(
    'News-Press NOW, Jan. 7, 2026: Prevention Month highlights ongoing crisis',
    'https://www.newspressnow.com/news/2026/01/07/national-human-trafficking-prevention-month-highlights-ongoing-crisis',
    'secondary',
  ),
  abc17Spike2026: cite(
    'ABC 17 News, Jan. 11, 2026: Missouri sees spike in human trafficking cases',
    'https://abc17news.com/news/top-stories/2026/01/11/missouri-sees-spike-in-human-trafficking-cases',
    'secondary',
  ),
  abc17Awareness2023: cite(
    'ABC 17 News, Jan. 9, 2023: human trafficking awareness initiative',
    'https://abc17news.com/news/crime/2023/01/09/human-trafficking-awareness-initiative-starts-today',
    'secondary',
  ),
  kait2020: cite(
    'KAIT, Aug. 20, 2020: changes to how human trafficking is reported in Missouri',
    'https://www.kait8.com/2020/08/20/changes-made-how-human-trafficking-is-reported-mo/',
    'secondary',
  ),
  missouriTimes2020: cite(
    'The Missouri Times (2020): AG’s office changes how trafficking is reported',
    'https://themissouritimes.com/missouri-attorney-generals-office-makes-changes-to-how-human-trafficking-is-reported/',
    'secondary',
  ),
  kfvsTaskForce: cite(
    'KFVS12: Missouri anti-trafficking task force to expand services (SEMO Rescue and Restore closure)',
    'https://www.kfvs12.com/story/36963911/missouris-anti-trafficking-task-force-to-expand-services-to-help-nonprofits/',
    'secondary',
  ),
  dhsIndicatorsByType: cite(
    'DHS indicators grouped by type (Defense Department training copy)',
    'https://jko.jten.mil/courses/CTIP_JA_Toolkit/courseFiles/ContentPages/CoursePages/platform_2/action-card-4.html',
    'secondary',
  ),
  blueCampaignCastla: cite(
    'DHS Blue Campaign indicators, as reproduced by CASTLA',
    'https://espanol.castla.org/signs-of-human-trafficking',
    'secondary',
  ),
  hotlineRedFlagsGainesville: cite(
    'Polaris / hotline red flags, as reproduced by The Gainesville Sun (2014)',
    'https://www.gainesville.com/article/20140203/ARTICLES/140209903?Title=Identifying-human-trafficking',
    'secondary',
  ),
  mcahtGuide: cite(
    'MCAHT Missouri Resource Guide and 2019 needs assessment',
    'https://mocate.org/resources/htimp/',
    'secondary',
  ),
  standAgainstTrafficking: cite(
    'Stand Against Trafficking (Springfield)',
    'https://standagainsttrafficking.org/',
    'secondary',
  ),
  krcgCmshtc: cite(
    'KRCG: Central Missouri Stop Human Trafficking Coalition celebrates 10 years',
    'https://krcgtv.com/news/local/central-missouri-stop-human-trafficking-coalition-celebrates-10-years-survivors-speak-out',
    'secondary',
  ),
  missourinet2011: cite(
    'Missourinet, July 14, 2011: tougher human trafficking laws signed',
    'https://www.missourinet.com/2011/07/14/tougher-human-trafficking-laws-signed-by-the-governor/?share=google-plus-1',
    'secondary',
  ),
  kcStarGrades2021: cite(
    'Kansas City Star (2021): Shared Hope grades for Missouri',
    'https://www.kansascity.com/news/local/crime/article253633288.html',
    'secondary',
  ),
  yahooGrades2021: cite(
    'Yahoo News: report ranks child sex trafficking laws (2021)',
    'https://news.yahoo.com/report-ranks-child-sex-trafficking-175045406.html',
    'secondary',
  ),
  rehopeGrades2022: cite(
    'ReHOPE: human trafficking report cards (2022)',
    'https://www.rehope.org/post/human-trafficking-report-cards-how-did-we-do',
    'secondary',
  ),
  youthBridgeCollaborative: cite(
    'YouthBridge: new statewide collaborative aims to end human trafficking',
    'https://youthbridge.org/new-statewide-collaborative-aims-to-end-human-trafficking/',
    'secondary',
  ),
  justia566203: cite(
    'RSMo 566.203 (statute copy, Justia)',
    'https://law.justia.com/codes/missouri/2020/title-xxxviii/chapter-566/section-566-203/',
    'secondary',
  ),
  combs566206: cite(
    'RSMo 566.206 (statute copy, law-firm site)',
    'https://combswaterkotte.com/missouri-revised-statutes/chapter-566/566-206',
    'secondary',
  ),
  agHumanTrafficking2018: cite(
    'Missouri Attorney General: human trafficking (2018 page)',
    'https://www.ago.mo.gov/home/working-for-you/human-trafficking',
    'primary',
  ),
  childwelfareResponding: cite(
    'Child Welfare Information Gateway: responding to child victims of trafficking, Missouri (Dec. 2018)',
    'https://www.childwelfare.gov/resources/responding-child-victims-human-trafficking-missouri/',
    'secondary',
  ),
  dhsBlueCampaignBulletin2022: cite(
    'DHS Blue Campaign bulletin, June 2022 (HSI Tip Line)',
    'https://content.govdelivery.com/accounts/USDHS/bulletins/31c12c2',
    'primary',
  ),
  dhsStrategy2020: cite(
    'DHS Strategy to Combat Human Trafficking, Jan. 2020 (copy on docslib.org)',
    'https://docslib.org/doc/12545386/dhs-strategy-to-combat-human-trafficking',
    'secondary',
  ),
  earlyConnectionsChildSafety: cite(
    'Missouri Early Connections: concerned about a child’s safety',
    'https://earlyconnections.mo.gov/professionals/concerned-about-a-child-safety',
    'primary',
  ),
  ladueNewsCoveringHouse2021: cite(
    'Ladue News, 2021: The Covering House helps youth survivors',
    'https://www.laduenews.com/front-and-center/health/the-covering-house-helps-youth-survivors-of-sex-trafficking-along-road-to-recovery/article_770df024-c969-11eb-b713-73c8beeed271.html',
    'secondary',
  ),
  moCoalitionForChildren2022: cite(
    'Missouri Coalition for Children, July 15, 2022: human trafficking',
    'https://mocoalitionforchildren.org/2022/07/15/human-trafficking/',
    'secondary',
  ),
  ksdkHealingAction: cite(
    'KSDK: local organization offers help to victims of sex trafficking (older story)',
    'https://www.ksdk.com/article/news/local/local-organization-offers-help-to-victims-of-sex-trafficking/63-447165310',
    'secondary',
  ),
  cateAbout: cite('CATE: about', 'https://mocate.org/about/', 'secondary'),
  outlookMagdaleneKc: cite(
    'Outlook: a home for hope, Magdalene KC',
    'https://www.outlookmag.org/a-home-for-hope-magdalene-kc/',
    'secondary',
  ),
  kshbVictimSupport2021: cite(
    'KSHB: local support organization on the struggles of trafficking victims (Aug. 2021)',
    'https://www.kshb.com/news/local-news/local-support-organization-speaks-on-the-struggles-of-human-trafficking-victims-following-rescues',
    'secondary',
  ),
  blueRiverRestorationHouse: cite(
    'Blue River Kansas City: executive director’s report (Restoration House)',
    'https://blueriver-kansascity.org/newsletter/executive-directors-report',
    'secondary',
  ),
  kshbCrisisHome: cite(
    'KSHB: crisis home to offer shelter to girls who are victims of sex trafficking',
    'https://kshb.com/news/local-news/investigations/crisis-home-set-to-immediately-offer-shelter-to-girls-who-are-victims-of-sex-trafficking',
    'secondary',
  ),
  ozarksFirstStandAgainstTrafficking: cite(
    'Ozarks First, Sept. 1, 2020: Stand Against Trafficking',
    'https://www.ozarksfirst.com/ozarks-tonight/ozarks-tonight-stand-against-trafficking-2/',
    'secondary',
  ),
  bransonGlobePathways: cite(
    'Branson Globe: Pathways coalition works to raise trafficking awareness',
    'https://www.bransonglobe.com/post/pathways-coalition-works-to-raise-trafficking-awareness',
    'secondary',
  ),
  miamiDailyLife: cite(
    'Miami Daily Life: Missouri survivor reports and RISE Coalition',
    'https://miamidaily.life/?p=160613',
    'secondary',
  ),
  komuColumbiaYouth2023: cite(
    'KOMU: traffickers using new tactics to target Columbia youth (Aug. 2023)',
    'https://www.komu.com/news/midmissourinews/human-traffickers-using-new-tactics-to-target-columbia-youth/article_bd698b28-41e4-11ee-926a-b3e291a7b6f4.html',
    'secondary',
  ),
  callawayCardv: cite(
    'Callaway County CARDV: human trafficking (page date unknown)',
    'https://callawaycardv.org/human-trafficking-2/',
    'secondary',
  ),
  columbiaTribuneLakeCoalition2019: cite(
    'Columbia Daily Tribune, Feb. 25, 2019: Lake of the Ozarks coalition',
    'https://www.columbiatribune.com/news/20190225/human-trafficking-non-profit-spearheads-funding-drive',
    'secondary',
  ),
  breakEveryChainStudentArticle: cite(
    'Student news article on Break Every Chain (lower confidence)',
    'https://monicajdunn.wixsite.com/mysite/print',
    'secondary',
  ),
  hhsHotlineChatText: cite(
    'HHS Office on Trafficking in Persons: 24/7 chat and text for the hotline',
    'https://www.acf.hhs.gov/otip/success-story/announcing-24-7-chat-text-national-human-trafficking-hotline',
    'primary',
  ),
  hotlineListingHtExperts: cite(
    'Human Trafficking Experts: hotline listing (text keywords, chat link)',
    'https://humantraffickingexperts.com/main/business_details/456',
    'secondary',
  ),
  netsmartzWhatToReport: cite(
    'NetSmartz (NCMEC): what to report',
    'https://www.nsteens.org/WhatToReport',
    'secondary',
  ),
  airForceAmyResources: cite(
    'Air Force Amy: resources (FBI and HSI tip lines)',
    'https://airforceamy.org/resources',
    'secondary',
  ),
  standAgainstTraffickingLearn: cite(
    'Stand Against Trafficking: learn',
    'https://www.standagainsttrafficking.org/learn',
    'secondary',
  ),
  kq2PreventionMonth2023: cite(
    'KQ2 News: January marks National Human Trafficking Prevention Month',
    'https://www.kq2.com/news/january-marks-national-human-trafficking-prevention-month/article_abf1793e-903f-11ed-be03-9389c069724a.html',
    'secondary',
  ),
  greeneCountyTaskForce2021: cite(
    'Ozarks First (2021): task force created in Greene County',
    'https://www.ozarksfirst.com/top-stories/taskforce-created-in-greene-county-to-address-human-trafficking/',
    'secondary',
  ),
  hb363Rsmo566223: cite(
    'RSMo 566.223 as reprinted in HB 363 (2023)',
    'https://app.legiplex.com/mo/legislature/2023/2023-r/bills/hb363/drafts-latest',
    'bill-text',
  ),
  ksdk2020: cite(
    'KSDK (2020): Missouri changes how human trafficking is reported',
    'https://ksdk.com/article/news/local/missouri-changes-how-human-trafficking-reported/63-9059c2e7-ec71-4431-afc5-07accf6ee6fd',
    'secondary',
  ),
  moberlyMonitor2018: cite(
    'Moberly Monitor, Aug. 22, 2018: new state law restructures sex offender registry',
    'https://www.moberlymonitor.com/news/20180822/new-state-law-restructures-sex-offender-registry',
    'secondary',
  ),
  hhsNcfyTerms: cite(
    'Family and Youth Services Bureau (HHS): some terms used in sex trafficking, adapted from Polaris and Shared Hope',
    'https://ncfy.acf.hhs.gov/book/export/html/19353',
    'secondary',
    FACTS_UPDATED,
  ),
  sharedHopeTerms: cite(
    'Shared Hope International: trafficking terms (from “Renting Lacy”)',
    'https://sharedhope.org/learn/traffickingterms',
    'secondary',
    FACTS_UPDATED,
  ),
  trustAzReportTip: cite(
    'TRUST AZ: report a tip',
    'https://trustaz.org/take-action/report-a-tip/',
    'secondary',
  ),
  hb1450Restitution566218: bill(
    'HB1450_full_text.md',
    'RSMo 566.218 as reprinted in HB 1450 (2024)',
  ),
} satisfies Record<string, Citation>;
