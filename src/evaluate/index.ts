// Public face of evaluation: write a resolved corpus in the annotation format, read gold
// files, score system against gold by the guidelines' rules, print the score table, and explain
// it item by item (the rule behind each finding, the reason for each error).

export { toAnnotation } from './to-annotation.js';
export { readGold } from './read-gold.js';
export { score, documentsWithoutGold, normaliseName, SCORED_TYPES, SCORED_RELATIONS } from './score.js';
export { formatScoreTable } from './format-score-table.js';
export { explain, formatExplanation } from './explain.js';
export type { ExplainedItem, ExplainedEntity, ExplainedRelation, Verdict } from './explain.js';
export type { Score, Prf, Counts, ScoreError } from './score.js';
export type { AnnotatedDocument, AnnotatedItem, AnnotatedEntity, AnnotatedRelation } from './annotation.js';
