// Specification of the `lead-verb` relation rule: an active lead or funding verb between its agents and a programme.

import { describe, expect, it } from 'vitest';
import { relationsWithout, ruleRelations } from '../../extract-item.js';

describe('lead-verb', () => {
  it.each([
    [
      'The Early Intervention Foundation (EIF) launched its Academy for Police Leaders on 21 September.',
      ['LEADS Early Intervention Foundation -> Academy for Police Leaders'],
      '',
    ],
    ['The Cabinet Office and its partners developed the Commissioning Academy.', ['LEADS Cabinet Office -> Commissioning Academy'], ''],
    ['The Ministry of Justice has announced £5 million for the Rape Support Fund.', ['LEADS Ministry of Justice -> Rape Support Fund'], ''],
    ['The Home Office announced the Police Innovation Fund.', [], ''],
    // a body whose name ends in a word that also opens an office ("policing lead") is still the agent
    ['The College of Policing launched the Police Now programme.', ['LEADS College of Policing -> Police Now programme'], ''],
    ['The national policing lead for the Safer Streets Fund spoke.', [], ''],
    // agents listed with commas; producing a plan; re-opening a fund
    [
      'The Home Office, the College of Policing and the Crown Prosecution Service have worked together to produce the National Disclosure Improvement Plan.',
      [
        'LEADS College of Policing -> National Disclosure Improvement Plan',
        'LEADS Crown Prosecution Service -> National Disclosure Improvement Plan',
        'LEADS Home Office -> National Disclosure Improvement Plan',
      ],
      '',
    ],
    ['The Home Office has re-opened the Safer Streets Fund for the fifth time.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    // partners are agents too
    [
      'The Home Office, in partnership with the NPCC, launched the Safer Streets Fund.',
      ['LEADS Home Office -> Safer Streets Fund', 'LEADS NPCC -> Safer Streets Fund'],
      '',
    ],
    [
      'The College of Policing together with the NCA developed the Cyber Choices programme.',
      ['LEADS College of Policing -> Cyber Choices programme', 'LEADS NCA -> Cyber Choices programme'],
      '',
    ],
    // a name before a comma that does not list agents
    ['On behalf of the NPCC, Kent Police launched the Safer Streets Fund.', ['LEADS Kent Police -> Safer Streets Fund'], ''],
    // a verb that puts a programme out, only with the programme plainly its object; two bodies as subjects
    [
      'The Home Office and the Ministry of Justice have today (Tuesday 4 May) published an update to the Victims Strategy.',
      ['LEADS Home Office -> Victims Strategy', 'LEADS Ministry of Justice -> Victims Strategy'],
      '',
    ],
    ['The Cabinet Office has published the new Serious and Organised Crime Strategy.', ['LEADS Cabinet Office -> Serious and Organised Crime Strategy'], ''],
    ['The Home Office published a report on the Prevent programme.', [], ''],
    ['The National Audit Office published its evaluation of the Troubled Families programme.', [], ''],
    // wordings of leading, read like a publishing verb
    ['The National Crime Agency is responsible for the Cyber Choices programme.', ['LEADS National Crime Agency -> Cyber Choices programme'], ''],
    ['The Home Office, which is responsible for delivering the Safer Streets Fund, welcomed bids.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    ['The College of Policing spearheaded the Police Now programme.', ['LEADS College of Policing -> Police Now programme'], ''],
    ['The Home Office is responsible for policing in England, and the Prevent programme is separate.', [], ''],
    // an office alone as the agent: the one person the item gives it, named before or after
    [
      'The Home Secretary today launched the Safer Streets Fund. Home Secretary Priti Patel said it would help.',
      ['LEADS Priti Patel -> Safer Streets Fund'],
      '',
    ],
    ['The Home Secretary today launched the Safer Streets Fund.', [], ''],
    ['Home Secretary Priti Patel and Home Secretary Amber Rudd spoke. The Home Secretary launched the Safer Streets Fund.', [], ''],
    // a description the names left unread, or `It`: the body it stands for
    ['The Home Office said crime had fallen. The department has launched the Safer Streets Fund.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    ['The National Crime Agency met. It has launched the Cyber Choices programme.', ['LEADS National Crime Agency -> Cyber Choices programme'], ''],
    ['The College of Policing met. The force has launched the Police Now programme.', [], ''],
    // partners brought together in a programme: the subject's programme
    [
      'The Home Office is bringing together police, industry experts and academics in the new Safer Streets Partnership.',
      ['LEADS Home Office -> Safer Streets Partnership'],
      '',
    ],
    ['The event brought together Kent Police and the NCA in London to discuss the Prevent programme.', [], ''],
    // round 6: more verbs of running and funding: `is piloting`, `invest/give £… in/to`, `carries out`
    ['Thames Valley Police is piloting the Domestic Violence Disclosure Scheme.', ['LEADS Thames Valley Police -> Domestic Violence Disclosure Scheme'], ''],
    ['The Home Office will invest £10 million in the Police Innovation Fund.', ['LEADS Home Office -> Police Innovation Fund'], ''],
    ['The Home Office gave £5 million to the Safer Streets Fund.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    ['HMICFRS carries out PEEL inspections of every force.', ['LEADS HMICFRS -> PEEL'], ''],
    ['Kent Police received £2 million from the Safer Streets Fund.', [], ''],
    ['The Home Office is managing the Police Innovation Fund.', ['LEADS Home Office -> Police Innovation Fund'], ''],
    // a founder; a partner `working with` the agent in a parenthesis is an agent too
    ['John Smith, who founded the Safer Streets Project, said the money would help.', ['LEADS John Smith -> Safer Streets Project'], ''],
    [
      'The Home Office, working with the NPCC, launched the Digital Policing Programme.',
      ['LEADS Home Office -> Digital Policing Programme', 'LEADS NPCC -> Digital Policing Programme'],
      '',
    ],
    // wordings of leading: `heads up`, `the lead force for`, `the sponsor of`, `founder of`
    ['Chief Constable Jane Smith heads up Operation Sceptre.', ['LEADS Jane Smith -> Operation Sceptre'], ''],
    ['Kent Police is the lead force for Operation Sceptre.', ['LEADS Kent Police -> Operation Sceptre'], ''],
    ['The Home Office is the sponsor of the Police Now scheme.', ['LEADS Home Office -> Police Now scheme'], ''],
    ['Kent Police is the lead force for the region.', [], ''],
    // a noun of leading is the agent's only after a verb that makes it theirs
    ['Kent Police welcomed the launch of the Safer Streets Fund.', [], ''],
    ['Kent Police attended the launch of the Safer Streets Fund.', [], ''],
    ['The Home Office today announced the launch of the Safer Streets Fund.', ['LEADS Home Office -> Safer Streets Fund'], ''],
    ['The Home Office oversaw the development of the Police Digital Programme.', ['LEADS Home Office -> Police Digital Programme'], ''],
    // a subordinate clause between the verb and the programme opens another subject
    ['Kent Police has launched an appeal after the Safer Streets Fund was cut.', [], ''],
    ['Kent Police has launched an appeal following the Safer Streets Fund cuts.', [], ''],
  ] as [string, string[], string][])('%s', (text, expected, title) => {
    expect(ruleRelations(text, 'lead-verb', title)).toEqual(expected);
  });

  it("is switched off alone: its relations go, every other rule's stay", () => {
    const text = 'The Early Intervention Foundation (EIF) launched its Academy for Police Leaders on 21 September.';
    const all = relationsWithout(text, [], '');
    const off = relationsWithout(text, ['lead-verb'], '');
    expect(all.some((r) => r.startsWith('lead-verb: '))).toBe(true);
    expect(off.some((r) => r.startsWith('lead-verb: '))).toBe(false);
    expect(off).toEqual(expect.arrayContaining(all.filter((r) => !r.startsWith('lead-verb: '))));
  });
});
