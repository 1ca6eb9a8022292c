// The contract every entity rule follows. A chunk rule reads one run of capitalised words and
// says what it names; a sentence rule finds names that are not such a run (lower-case names,
// quoted titles, a name typed by the noun beside it). Each rule has a name, recorded on what it
// types (`typeRule`), and can be switched off alone (`ExtractOptions.disabledRules`).

import type { Candidate, ChunkContext } from '../../internal/classify-name.js';

/** The chunk once honorifics, post-nominals and leading function words are stripped. */
export interface ChunkSpan {
  from: number;
  to: number;
  /** The written extent with honorifics and post-nominals (`Dame Clare Tickell MBE`). */
  extentFrom: number;
  extentTo: number;
  /** An honorific or post-nominal was written: the words name a person. */
  marked: boolean;
  /** Post-nominal `MP`, which is also an office. */
  postRole?: string;
  /** Cleaned words of `from..to`. */
  ws: string[];
  /** Source text of `from..to`. */
  text: string;
  /** Recursion depth: 0 for a whole chunk, more for its parts. */
  depth: number;
}

/** Classify a part of the chunk with all the rules (for rules that split a chunk). */
export type Classify = (from: number, to: number, depth: number) => Candidate[];

export interface ChunkRule {
  name: string;
  /** Whether the rule reads one-word chunks, longer ones, or both. */
  words: 'one' | 'many' | 'any';
  /** The spans the chunk names (`[]`: it names nothing), or undefined when the rule does not apply. */
  apply(ctx: ChunkContext, span: ChunkSpan, classify: Classify): Candidate[] | undefined;
}

/** True unless the rule is switched off in this run. */
export function ruleOn(ctx: { disabled?: ReadonlySet<string> }, name: string): boolean {
  return !ctx.disabled?.has(name);
}
