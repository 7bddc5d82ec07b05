import type { Citation, Confidence } from './types';

/** The day the project's fact sheet was compiled and checked. */
export const FACTS_CHECKED = '2026-11-28';

/** The date shown as "last reviewed" on every page. */
export const CONTENT_REVIEWED = '2026-11-28';

/** Build a citation checked on the fact-sheet date. */
export function cite(label: string, url: string, confidence: Confidence): Citation {
  return { label, url, confidence, checked: FACTS_CHECKED };
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
    'KFEQ news report, Sept. 26, 2025 (single source, not confirmed)',
    'https://www.680kfeq.com/2025/09/26/new-state-laws-to-protect-children-are-now-in-effect',
    'unverified',
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
} satisfies Record<string, Citation>;
