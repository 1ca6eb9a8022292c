// Specification of the `speaker-in-capitals` entity rule: a speaker heading in capitals.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('speaker-in-capitals', () => {
  it.each([
    ['THE MINISTER OF STATE, HOME OFFICE (LORD DERWENT) said so.', ['Person Derwent']],
    ['MR JOHN SMITH: I agree with the Minister.', ['Person John Smith']],
    ['BARONESS SMITH OF BASILDON: I agree.', ['Person Smith of Basildon']],
    // older Hansard: a paragraph mark, the speaker in capitals, the speech in ordinary case
    ['§ LORD DERWENT My Lords, I have one question.', ['Person Derwent']],
    ['§ VISCOUNT HAILSHAM My Lords, the police are stretched.', ['Person Hailsham']],
    // a rank with a place and no surname keeps the rank
    ['§ The EARL of LISTOWEL My Lords, I beg to move.', ['Person Earl of Listowel']],
    ['THE EARL OF LISTOWEL: My Lords, I beg to move.', ['Person Earl of Listowel']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'speaker-in-capitals')).toEqual(expected);
  });

  it.each([
    ['MR SPEAKER: Order.'],
    ['THE LORD CHANCELLOR: I agree.'],
    ['MADAM DEPUTY SPEAKER: Order.'],
    ['Mr John Smith: I agree.'],
    ['The report said LORD DERWENT My Lords was wrong.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'speaker-in-capitals')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'MR JOHN SMITH: I agree.';
    expect(entitiesWithout(text, [])).toContain('speaker-in-capitals: Person John Smith');
    expect(entitiesWithout(text, ['speaker-in-capitals'])).not.toContain('speaker-in-capitals: Person John Smith');
  });
});
