import type { Citation, Section } from '../types';
import { SOURCES, rsmo } from '../sources';

/** Missouri laws that point to federal law, used only in this section. */
const TVPA_RIGHTS_566_223: Citation[] = [SOURCES.hb2688, SOURCES.hb1897, rsmo('566.223')];

export const section: Section = {
  id: 'federal-law',
  title: 'How federal law punishes sex trafficking, and how it fits with Missouri law',
  summary:
    'Under federal law (18 U.S.C. 1591), sex trafficking carries 15 years to life if force, fraud or coercion is used or the child is under 14, and 10 years to life if the child is 14 to 17 and no force, fraud or coercion was used.',
  blocks: [
    {
      kind: 'paragraph',
      text: 'Sex trafficking is a federal crime as well as a Missouri crime. The main federal law is 18 U.S.C. 1591. Other federal laws cover moving people across state lines for sex and enticing children online.',
      cite: [SOURCES.usc1591a, SOURCES.usc2421, SOURCES.usc2422, SOURCES.usc2423],
    },

    { kind: 'subheading', text: 'The main federal crime: 18 U.S.C. 1591' },
    {
      kind: 'paragraph',
      text: 'It is a federal crime to knowingly recruit, entice, harbor, transport, provide, obtain, advertise, maintain, patronize or solicit a person for a commercial sex act in either of two cases. The first is where force, threats of force, fraud or coercion are to be used to cause the sex act. The second is where the person is under 18. Benefiting from a venture that does this is also a crime.',
      cite: [SOURCES.usc1591a],
    },
    {
      kind: 'paragraph',
      text: 'The prosecution must show the defendant knew these facts, or acted in reckless disregard of them. Reckless disregard is not enough for advertising: there, knowledge is needed.',
      cite: [SOURCES.usc1591a],
    },
    {
      kind: 'paragraph',
      text: 'If the defendant had a reasonable chance to see the victim, the prosecution does not have to prove the defendant knew, or recklessly ignored, that the victim was under 18.',
      cite: [SOURCES.usc1591b],
    },
    {
      kind: 'paragraph',
      text: 'The federal law defines "coercion" much as Missouri does: threats of serious harm or restraint, misuse of the legal process, or a scheme, plan or pattern of that kind. "Serious harm" includes psychological, financial and reputational harm. A "commercial sex act" is a sex act in exchange for anything of value, given or received.',
      cite: [SOURCES.usc1591b],
    },

    {
      kind: 'penalties',
      caption: 'Federal penalties (U.S. Code text)',
      rows: [
        {
          offense: 'Sex trafficking',
          statute: '18 U.S.C. 1591(b)(1)',
          when: 'Force, fraud or coercion was used, or the victim was under 14',
          prison: '15 years to life',
          fine: 'A fine as well',
          status: 'statute',
          cite: [SOURCES.usc1591b],
        },
        {
          offense: 'Sex trafficking',
          statute: '18 U.S.C. 1591(b)(2)',
          when: 'Victim aged 14 to 17, with no force, fraud or coercion',
          prison: '10 years to life',
          fine: 'A fine as well',
          status: 'statute',
          cite: [SOURCES.usc1591b],
        },
        {
          offense: 'Obstructing enforcement of the sex trafficking law',
          statute: '18 U.S.C. 1591(d)',
          when: 'Getting in the way of enforcing section 1591',
          prison: 'Up to 25 years',
          status: 'statute',
          cite: [SOURCES.usc1591b],
        },
        {
          offense: 'Attempted sex trafficking',
          statute: '18 U.S.C. 1594',
          when: 'An attempt to commit a section 1591 crime',
          prison: 'The same as the completed crime',
          status: 'statute',
          cite: [SOURCES.usc1594],
        },
        {
          offense: 'Conspiracy to commit sex trafficking',
          statute: '18 U.S.C. 1594',
          when: 'Agreeing with others to commit a section 1591 crime',
          prison: 'Any number of years, or life',
          status: 'statute',
          cite: [SOURCES.usc1594],
        },
        {
          offense: 'Benefiting financially from trafficking',
          statute: '18 U.S.C. 1593A',
          when: 'Knowingly profiting from a trafficking venture',
          prison: 'The same as the completed crime',
          status: 'statute',
          cite: [SOURCES.usc1593a],
        },
        {
          offense: 'Transporting a person for prostitution (Mann Act)',
          statute: '18 U.S.C. 2421',
          when: 'Taking any person across state lines for prostitution, or for sexual activity that is a crime',
          prison: 'Up to 10 years',
          status: 'statute',
          cite: [SOURCES.usc2421],
        },
        {
          offense: 'Persuading or coercing a person to travel',
          statute: '18 U.S.C. 2422(a)',
          when: 'Getting a person to travel, by persuasion or coercion, for prostitution or for sexual activity that is a crime',
          prison: 'Up to 20 years',
          status: 'statute',
          cite: [SOURCES.usc2422],
        },
        {
          offense: 'Enticing a child',
          statute: '18 U.S.C. 2422(b)',
          when: 'Using the mail or interstate means, such as the internet, to entice a person under 18',
          prison: '10 years to life',
          status: 'statute',
          cite: [SOURCES.usc2422],
        },
        {
          offense: 'Transporting a child',
          statute: '18 U.S.C. 2423(a)',
          when: 'Taking someone under 18 across state lines for prostitution, or for sexual activity that is a crime',
          prison: '10 years to life',
          status: 'statute',
          cite: [SOURCES.usc2423],
        },
      ],
    },
    {
      kind: 'paragraph',
      text: 'Property used in a section 1591 crime, or gained from it, must be forfeited.',
      cite: [SOURCES.usc1594b],
    },
    {
      kind: 'callout',
      tone: 'info',
      title: 'Some summaries get the federal ranges wrong',
      text: 'Some law-firm pages swap the age-based minimums or give a 40-year maximum for adult victims. The statute says 15 years to life where force, fraud or coercion is used or the victim is under 14, and 10 years to life for a victim aged 14 to 17 when no force, fraud or coercion was used. The 10-year minimum turns on the victim’s age, not the offender’s.',
      cite: [SOURCES.usc1591b],
    },

    {
      kind: 'subheading',
      text: 'Federal definitions: the Trafficking Victims Protection Act (22 U.S.C. 7102)',
    },
    {
      kind: 'paragraph',
      text: 'Under the Trafficking Victims Protection Act (TVPA), "sex trafficking" means recruiting, harboring, transporting, providing, obtaining, patronizing or soliciting a person for a commercial sex act.',
      cite: [SOURCES.usc7102],
    },
    {
      kind: 'list',
      intro: '"Severe forms of trafficking in persons" means either of these:',
      items: [
        'sex trafficking where force, fraud or coercion brings about a commercial sex act, "or in which the person induced to perform such act has not attained 18 years of age"',
        'using force, fraud or coercion to get a person’s labor or services, to hold them in slavery, involuntary servitude, peonage or debt bondage',
      ],
      cite: [SOURCES.usc7102],
    },

    { kind: 'subheading', text: 'The 2015 amendments' },
    {
      kind: 'paragraph',
      text: 'The Justice for Victims of Trafficking Act of 2015 (Public Law 114-22) amended section 1591 and the Mann Act. This page does not list each change.',
      cite: [SOURCES.crsR43598],
    },

    { kind: 'subheading', text: 'How federal and Missouri law fit together' },
    {
      kind: 'paragraph',
      text: 'Federal and Missouri law cover the same core conduct: recruiting, moving or obtaining a person for a commercial sex act, by force, fraud or coercion or where the person is a child. Some federal crimes also turn on crossing state lines or using interstate means such as the internet.',
      cite: [SOURCES.usc1591a, SOURCES.usc2421, SOURCES.usc2422, SOURCES.usc2423, SOURCES.sb906],
    },
    {
      kind: 'paragraph',
      text: 'Missouri law borrows from federal law. Under RSMo 566.223, a person who says they were trafficked gets the protections and rights of the federal Trafficking Victims Protection Act (TVPA) of 2000, Public Law 106-386. Missouri’s definition of child abuse (210.110) includes victims of severe forms of trafficking as the TVPA defines them.',
      cite: [...TVPA_RIGHTS_566_223, SOURCES.childwelfareMoDefs, rsmo('210.110')],
    },
    {
      kind: 'list',
      intro: 'The two systems differ in some details:',
      items: [
        'Age bands: the federal top range applies when the victim is under 14. Missouri’s first-degree child crime (566.210) covers children under 12 in the 2024 text. A reported change raises that to under 14: check the statute.',
        'Age mistakes: federal law removes the need to prove the defendant knew the age if they had a reasonable chance to see the victim. Missouri’s child sections say outright that believing the child was older is no defense.',
        'Definitions: Missouri’s trafficking definition of a commercial sex act includes something of value that is "promised". The federal definition speaks of value given or received.',
      ],
      cite: [
        SOURCES.usc1591b,
        SOURCES.sb906,
        SOURCES.sb1428,
        SOURCES.sunTimes2025,
        SOURCES.report2025,
        SOURCES.defs566200,
        SOURCES.hb2688,
        rsmo('566.210'),
      ],
    },
    {
      kind: 'paragraph',
      text: 'Our sources do not say how prosecutors decide whether a case is charged in federal or state court. This page does not cover that choice.',
    },
  ],
  keywords: [
    'federal',
    'federal charges',
    'federal court',
    'federal prison',
    'U.S. Attorney',
    'federal indictment',
    '18 U.S.C. 1591',
    'Mann Act',
    'TVPA',
    'Trafficking Victims Protection Act',
    'severe forms of trafficking',
    'across state lines',
    'interstate',
    'transported across state lines',
    'online enticement',
    'enticement of a minor',
    'conspiracy',
    'attempted sex trafficking',
    'forfeiture',
    'Justice for Victims of Trafficking Act',
  ],
};
