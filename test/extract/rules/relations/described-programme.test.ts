// Specification of `described-programme`: a definite description (`the operation`, `this scheme`)
// stands for the latest programme the item named with that noun among its words, and every rule
// reads it as it reads the name. Switched off by its name like a rule.

import { describe, expect, it } from 'vitest';
import { relationsWithout } from '../../extract-item.js';

const leads = (text: string, off: string[] = []) => relationsWithout(text, off).filter((r) => r.includes(' LEADS '));

describe('described-programme', () => {
  it.each([
    [
      'Operation Checkpoint ran last week. Inspector Ed Turner, who led the operation for Durham Constabulary, said it worked.',
      ['lead-verb: LEADS Ed Turner -> Operation Checkpoint'],
    ],
    ['The Safer Streets Fund opens today. The fund is administered by the Home Office.', ['passive-lead: LEADS Home Office -> Safer Streets Fund']],
    // the latest programme with that noun, not merely the latest programme
    ['Operation Sceptre and the Safer Streets Fund began. Kent Police launched the operation in May.', ['lead-verb: LEADS Kent Police -> Operation Sceptre']],
    // no programme with that noun named before; a noun run on to another ("the programme manager")
    ['Kent Police launched the operation in May.', []],
    ['Operation Sceptre began. Kent Police appointed the operation manager in May.', []],
  ] as [string, string[]][])('%s', (text, expected) => {
    expect(leads(text)).toEqual(expected);
  });

  it('is switched off by its name: the description is then no reference', () => {
    const text = 'Operation Checkpoint ran last week. Inspector Ed Turner, who led the operation for Durham Constabulary, said it worked.';
    expect(leads(text, ['described-programme'])).toEqual([]);
  });
});
