// Specification of the `listed-with-body` relation rule: two or more people listed, then one body
// after the list's last comma that closes the phrase; each listed person belongs to the body.

import { describe, expect, it } from 'vitest';
import { ruleRelations } from '../../extract-item.js';

describe('listed-with-body', () => {
  it.each([
    [
      'The report was written by Jane Doe, John Roe and Ann Poe, College of Policing.',
      ['AFFILIATED_WITH Ann Poe -> College of Policing', 'AFFILIATED_WITH Jane Doe -> College of Policing', 'AFFILIATED_WITH John Roe -> College of Policing'],
    ],
    // titles written in each name are the roles; a name we cannot read does not end the list (the
    // last name, right before the body, is name-from-body's)
    [
      'Chief Superintendent Jane Doe, Case Review Team, Inspector John Roe and Sergeant Ann Poe, Kent Police\nThe team worked for two years.',
      ['AFFILIATED_WITH Jane Doe -> Kent Police (Chief Superintendent)', 'AFFILIATED_WITH John Roe -> Kent Police (Inspector)'],
    ],
    [
      'Senior Crown Prosecutor Jane Doe, SCP Grenville Barker and Caseworker Ann Poe, CPS Wales',
      ['AFFILIATED_WITH Grenville Barker -> CPS Wales (SCP)', 'AFFILIATED_WITH Jane Doe -> CPS Wales (Senior Crown Prosecutor)'],
    ],
    // one person beside a body is another rule's reading
    ['The report was written by Jane Doe, College of Policing.', []],
    // the list goes on past the body: no one's employer
    ['Thanks go to Jane Doe, John Roe, Kent Police and the National Crime Agency.', []],
    // the body is the speaker, not the list's
    ['Police named the victims as Jane Doe and John Roe, Kent Police said.', []],
    // a clause between the people and the body
    ['Jane Doe and John Roe were arrested on Monday, Kent Police.', []],
  ])('%s', (text, expected) => {
    expect(ruleRelations(text, 'listed-with-body')).toEqual(expected);
  });
});
