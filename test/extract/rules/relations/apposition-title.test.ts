// Specification of the `apposition-title` relation rule: a known office in apposition after the name, with its body.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('apposition-title', () => {
  it.each([
    // any office head makes a capitalised office, qualifiers included
    ['The report was written by Dr Jane Doe, Lead Independent Reviewer, and her team.', ['HOLDS_ROLE Jane Doe -> Lead Independent Reviewer'], ''],
    // a description's possessive stands for the body the item named with that word
    [
      'Kent Police made arrests. Jane Doe, the force’s Chief Constable, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Constable)', 'HOLDS_ROLE Jane Doe -> Chief Constable'],
      '',
    ],
    // the office, a comma, then its body closing the apposition
    [
      'Jane Doe, Director General, National Crime Agency, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> National Crime Agency (Director General)', 'HOLDS_ROLE Jane Doe -> Director General'],
      '',
    ],
    [
      'Evidence from Jane Doe, Chief Executive, College of Policing.',
      ['AFFILIATED_WITH Jane Doe -> College of Policing (Chief Executive)', 'HOLDS_ROLE Jane Doe -> Chief Executive'],
      '',
    ],
    // two offices joined by `and`, each run on to its head: "Chief Fire" alone is no office
    [
      'The panel included Sir Jane Doe, HM Chief Inspector of Constabulary and Chief Fire and Rescue Inspector for England.',
      ['HOLDS_ROLE Jane Doe -> Chief Fire and Rescue Inspector', 'HOLDS_ROLE Jane Doe -> HM Chief Inspector of Constabulary'],
      '',
    ],
    // a secretary's `to the <body>` is part of the office and names its body
    [
      'Jane Doe, Economic Secretary to the Treasury, said the work mattered.',
      ['AFFILIATED_WITH Jane Doe -> Treasury (Economic Secretary to the Treasury)', 'HOLDS_ROLE Jane Doe -> Economic Secretary to the Treasury'],
      '',
    ],
    ['Jane Doe, Home Secretary, went to the Home Office.', ['HOLDS_ROLE Jane Doe -> Home Secretary'], ''],
    // a minister's portfolio list belongs to the office
    ['Chris Philp, Minister for Crime, Policing and Fire, said the work mattered.', ['HOLDS_ROLE Chris Philp -> Minister for Crime, Policing and Fire'], ''],
    ['Jane Doe, Minister for Policing, Kent Police and Surrey Police met today.', ['HOLDS_ROLE Jane Doe -> Minister for Policing'], ''],
    // a list of bodies after the office is no apposition of one body
    ['Letters went to Jane Doe, Chief Constable, Kent Police, Surrey Police and Sussex Police.', ['HOLDS_ROLE Jane Doe -> Chief Constable'], ''],
    [
      'Speakers included Carey Oppenheim, the Chief Executive of the Early Intervention Foundation, on intervening early.',
      ['AFFILIATED_WITH Carey Oppenheim -> Early Intervention Foundation (Chief Executive)', 'HOLDS_ROLE Carey Oppenheim -> Chief Executive'],
      '',
    ],
    [
      'Lord Hogan-Howe, the former Commissioner of the Metropolitan Police Service, gave evidence.',
      [
        'AFFILIATED_WITH Hogan-Howe -> Metropolitan Police Service (former Commissioner)',
        'HOLDS_ROLE Hogan-Howe -> Commissioner',
        'HOLDS_ROLE Hogan-Howe -> former Commissioner',
      ],
      '',
    ],
    [
      'Jenny Pearce, Head of the MsUnderstood Partnership at the University of Bedfordshire, spoke.',
      [
        'AFFILIATED_WITH Jenny Pearce -> MsUnderstood Partnership (Head)',
        'HOLDS_ROLE Jenny Pearce -> Head',
        'PART_OF MsUnderstood Partnership -> University of Bedfordshire',
      ],
      '',
    ],
    ['The Rt Hon Amber Rudd MP, Home Secretary, visited the Met.', ['HOLDS_ROLE Amber Rudd -> Home Secretary'], ''],
    ['Kevin Hyland, the Home Office, and the NCA met.', [], ''],
    [
      'Sarah Hammond, Chief Crown Prosecutor for CPS Mersey-Cheshire said the charge was authorised.',
      ['AFFILIATED_WITH Sarah Hammond -> CPS Mersey-Cheshire (Chief Crown Prosecutor)', 'HOLDS_ROLE Sarah Hammond -> Chief Crown Prosecutor'],
      '',
    ],
    [
      'Letter to Rt Hon Sir Alan Beith MP, Chair of the Justice Select Committee, from the Home Office.',
      ['AFFILIATED_WITH Alan Beith -> Justice Select Committee (Chair)', 'HOLDS_ROLE Alan Beith -> Chair'],
      '',
    ],
    ['The panel was made up of PCC Mark Shelford, former Chief Constable for Dorset James Vaughan and others.', [], ''],
    [
      'The panel heard Mark Shelford, the former Chief Constable for Dorset, and others.',
      ['HOLDS_ROLE Mark Shelford -> Chief Constable', 'HOLDS_ROLE Mark Shelford -> former Chief Constable'],
      '',
    ],
    ['The allegations of abuse by the late Jimmy Savile, the Home Secretary has formally commissioned HMIC to review.', [], ''],
    ['Tom Winsor, the Chief Inspector of Constabulary, has published the report.', ['HOLDS_ROLE Tom Winsor -> Chief Inspector of Constabulary'], ''],
    [
      'I have also written to Kenny MacAskill, the Cabinet Secretary for Justice in Scotland.',
      ['HOLDS_ROLE Kenny MacAskill -> Cabinet Secretary for Justice'],
      '',
    ],
    // a portfolio closed by `&`
    [
      'Mike Penning, Minister for Policing, Crime, Criminal Justice & Victims, said: it is good.',
      ['HOLDS_ROLE Mike Penning -> Minister for Policing, Crime, Criminal Justice & Victims'],
      '',
    ],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'apposition-title', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'Speakers included Carey Oppenheim, the Chief Executive of the Early Intervention Foundation, on intervening early.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['apposition-title'], '');
    expect(all.some((r) => r.startsWith('apposition-title: '))).toBe(true);
    expect(off.some((r) => r.startsWith('apposition-title: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('apposition-title: '))));
  });
});
