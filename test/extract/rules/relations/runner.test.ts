// Specification of the relation rule runner: every rule has one unique name, every relation
// carries the name of the rule that read it, and switching rules off removes only theirs.

import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import { RELATION_RULE_NAMES } from '../../../../src/extract/index.js';
import { extractText, relationsWithout } from '../../extract-item.js';

describe('relation rules', () => {
  it('have unique names, each with its own specification file', () => {
    expect(new Set(RELATION_RULE_NAMES).size).toBe(RELATION_RULE_NAMES.length);
    const specs = readdirSync(new URL('.', import.meta.url))
      .filter((f) => f.endsWith('.test.ts') && f !== 'runner.test.ts')
      .map((f) => f.replace(/\.test\.ts$/, ''));
    expect([...RELATION_RULE_NAMES].sort()).toEqual(specs.sort());
  });

  it('name the rule behind every relation', () => {
    const x = extractText('Durham Constabulary Chief Constable Mike Barton said the Serious Violence Fund is administered by the Home Office.');
    expect(x.relations.length).toBeGreaterThan(0);
    for (const r of x.relations) expect(RELATION_RULE_NAMES).toContain(r.rule);
  });

  it('read nothing with every rule switched off', () => {
    expect(relationsWithout('Durham Constabulary Chief Constable Mike Barton will speak.', [...RELATION_RULE_NAMES])).toEqual([]);
  });
});

describe('he and she', () => {
  it.each([
    // the latest person named whose first name or honorific does not say otherwise
    ['Jane Smith met Tom Jones. She is the chief executive of Victim Support.', 'Jane Smith'],
    ['Jane Smith met Tom Jones. He is the chief executive of Victim Support.', 'Tom Jones'],
    ['Tom Jones met Jane Smith. He is the chief executive of Victim Support.', 'Tom Jones'],
    ['Mr Alex Kerr met Ceri Lee. She is the chief executive of Victim Support.', 'Ceri Lee'],
    // none fits: no one
    ['Mr Alex Kerr met Tom Jones. She is the chief executive of Victim Support.', ''],
    ['Dame Alex Kerr met Tom Jones. She is the chief executive of Victim Support.', 'Alex Kerr'],
  ])('%s', (text, person) => {
    expect(relationsWithout(text, []).filter((r) => r.includes('HOLDS_ROLE'))).toEqual(
      person ? [`copula-office: HOLDS_ROLE ${person} -> chief executive`] : [],
    );
  });
});
