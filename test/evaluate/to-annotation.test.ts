// Specification of the system annotation format: every item of every document, canonical names
// with the item's other forms as aliases, relations named by canonical names.

import { describe, expect, it } from 'vitest';
import { toAnnotation } from '../../src/evaluate/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { resolveCorpus } from '../../src/resolve/index.js';
import { documentOf } from '../extract/extract-item.js';

describe('toAnnotation', () => {
  const d = documentOf([
    { title: 'HMIC review', text: 'On 12 March HMIC published their review. The College of Policing will act on it.' },
    { title: 'Nothing named', text: 'The consultation closes on 2 January.' },
    { title: 'Inspections', text: 'HM Inspectorate of Constabulary (HMIC) and Security Minister James Brokenshire spoke.' },
  ]);
  const out = toAnnotation(resolveCorpus([d], extractDocument(d)));

  it('lists every item, including items that name nothing', () => {
    expect(out).toHaveLength(1);
    expect(out[0]!.doc).toBe('doc.txt');
    expect(out[0]!.items.map((i) => [i.item, i.title, i.entities.length])).toEqual([
      ['1', 'HMIC review', 2],
      ['2', 'Nothing named', 0],
      ['3', 'Inspections', 2],
    ]);
  });

  it('names entities canonically and keeps the forms the item used as aliases', () => {
    expect(out[0]!.items[0]!.entities).toContainEqual({ type: 'Body', name: 'HM Inspectorate of Constabulary', aliases: ['HMIC'] });
  });

  it('writes relations with canonical names and the role title as target', () => {
    expect(out[0]!.items[2]!.relations).toEqual([{ type: 'HOLDS_ROLE', source: 'James Brokenshire', target: 'Security Minister' }]);
  });

  it('names relation ends as the item wrote them, and entities by their canonical name', () => {
    const d2 = documentOf([{ title: 'Evidence', text: 'Witnesses included Commissioner Cressida Dick of the Met.' }], 'met');
    const [it2] = toAnnotation(resolveCorpus([d2], extractDocument(d2)))[0]!.items;
    expect(it2!.entities).toContainEqual({ type: 'Body', name: 'Metropolitan Police Service', aliases: ['Met'] });
    expect(it2!.relations).toContainEqual({ type: 'AFFILIATED_WITH', source: 'Cressida Dick', target: 'Met', role: 'Commissioner' });
  });
});
