// Public face of evaluation: write a resolved corpus in the annotation format, read gold
// files, score system against gold by the guidelines' rules, and print the score table.

export { toAnnotation } from './to-annotation.js';
export { readGold } from './read-gold.js';
export { score, documentsWithoutGold, normaliseName, SCORED_TYPES, SCORED_RELATIONS } from './score.js';
export { formatScoreTable } from './format-score-table.js';
export type { Score, Prf, Counts, ScoreError } from './score.js';
export type { AnnotatedDocument, AnnotatedItem, AnnotatedEntity, AnnotatedRelation } from './annotation.js';
