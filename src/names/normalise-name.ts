// How two written forms of a name are brought to one key. Three parts of crimegraph compare
// names, each with a reason to differ; the differences are the options below, the rest is shared.

/**
 * The rules on which name keys differ.
 * - `separators`: which characters split words. `'lexicon'`: only quotes, full stops, commas and
 *   brackets (hyphens and slashes stay inside a word, as the lexicon's entries are written);
 *   `'ascii'`: anything but a-z and 0-9 (the resolution key); `'unicode'`: anything but a letter
 *   or digit of any script (search, where people type accents).
 * - `apostrophes`: `'split'` reads an apostrophe as a word break; `'join'` drops it, so what
 *   people type without one still matches (`OBrien` finds `O’Brien`).
 * - `possessive`: drop a possessive `'s` (`the Home Office's` names the Home Office).
 */
export interface NameRules {
  separators: 'lexicon' | 'ascii' | 'unicode';
  apostrophes: 'split' | 'join';
  possessive: boolean;
}

/** The key the extraction lexicon looks names up by. */
export const LEXICON_RULES: NameRules = { separators: 'lexicon', apostrophes: 'split', possessive: true };
/** The key under which resolution counts two written forms as one name. */
export const RESOLUTION_RULES: NameRules = { separators: 'ascii', apostrophes: 'split', possessive: true };
/** The form search compares a query with a name in. */
export const SEARCH_RULES: NameRules = { separators: 'unicode', apostrophes: 'join', possessive: false };

const SEPARATORS: Record<NameRules['separators'], RegExp> = {
  lexicon: /['".,()\s]+/g,
  ascii: /[^a-z0-9]+/g,
  unicode: /[^\p{L}\p{N}]+/gu,
};

/**
 * A name as a key: Unicode compatibility form, typographic quotes and dashes straightened, `&` as
 * `and`, lower case, words split by the rules' separators and joined by one space, a leading
 * `the` dropped.
 *
 * @example normaliseName("The Home Office's", RESOLUTION_RULES) === 'home office'
 */
export function normaliseName(text: string, rules: NameRules): string {
  let key = text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201B\u2032\u02BC`]/g, "'")
    .replace(/[\u201C\u201D\u201F\u2033]/g, '"')
    .replace(/[\u2010-\u2015\u2212]/g, '-')
    .replace(/&/g, ' and ')
    .toLowerCase();
  if (rules.possessive) key = key.replace(/'s\b/g, '');
  if (rules.apostrophes === 'join') key = key.replace(/'/g, '');
  return key.replace(SEPARATORS[rules.separators], ' ').trim().replace(/^the /, '');
}
