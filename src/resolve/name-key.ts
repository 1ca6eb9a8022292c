// The key under which two written forms of a name count as the same name across the corpus:
// case, quotes, punctuation, `&`/`and`, a leading `the` and a possessive do not count.

export { nameKey, oneWordInserted } from '../extract/index.js';
