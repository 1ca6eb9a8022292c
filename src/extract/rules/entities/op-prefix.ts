// `Op` is how police write `Operation`: "Op Sceptre will focus on knife crime" is Operation
// Sceptre (`Op` is a programme prefix in data/name-shapes.json). The operation is named in full,
// so that `Op Sceptre` and `Operation Sceptre` in one item, or across documents, are one
// programme; the form as written stays an alias.

import type { SentenceMention } from '../../internal/sentence-mentions.js';

export const OP_PREFIX = 'op-prefix';

/** Name each `Op X` programme `Operation X`, keeping `Op X` as another form. */
export function operationsInFull(mentions: SentenceMention[]): void {
  for (const m of mentions) {
    if (m.type !== 'Programme' || m.lexicon || !/^Op\.? \p{Lu}/u.test(m.name)) continue;
    m.bareName ??= m.name;
    m.name = m.name.replace(/^Op\.? /, 'Operation ');
  }
}
