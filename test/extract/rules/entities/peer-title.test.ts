// Specification of the `peer-title` entity rule: a peer named by a territorial title, or by a
// surname with an inner capital.

import { describe, expect, it } from 'vitest';
import { entitiesWithout, ruleEntities } from '../../extract-item.js';

describe('peer-title', () => {
  it.each([
    ['The Earl of Listowel (CB): My Lords, I declare an interest.', ['Person Earl of Listowel']],
    ['The Countess of Mar asked a question.', ['Person Countess of Mar']],
    ['The Duke of Wellington agreed.', ['Person Duke of Wellington']],
    ['Viscount of Arbuthnott spoke.', ['Person Viscount of Arbuthnott']],
    ['The Lord Speaker (Lord McFall of Alcluith): Order.', ['Person McFall of Alcluith']],
    ['Lord McFall spoke.', ['Person McFall']],
    ['Baroness O’Loan asked about the PSNI.', ['Person O’Loan']],
    ['Lord MacKenzie of Culkein, a former superintendent, spoke.', ['Person MacKenzie of Culkein']],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(ruleEntities(text, 'peer-title')).toEqual(expected);
  });

  it.each([
    // an office, a known name, plain surnames (titled-surname and person-of-body read those)
    ['The Lord Chancellor spoke.'],
    ['The Lord Speaker said so.'],
    ['Lord Paddick (LD): My Lords, the Met has lost officers.'],
    ['Lord Hanson of Flint replied.'],
    ['The Earl of Listowel Estate Trust was wound up in the Year of Reform.'],
  ])('types nothing in: %s', (text) => {
    expect(ruleEntities(text, 'peer-title')).toEqual([]);
  });

  it('is switched off alone', () => {
    const text = 'The Countess of Mar asked a question.';
    expect(entitiesWithout(text, [])).toContain('peer-title: Person Countess of Mar');
    expect(entitiesWithout(text, ['peer-title'])).not.toContain('peer-title: Person Countess of Mar');
  });
});
