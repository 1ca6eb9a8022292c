// The capture groups of a regular expression match, typed: a tuple of strings when the pattern
// matches and every listed group took part, else undefined. Spares the `m[1]!` a RegExpExecArray
// needs under noUncheckedIndexedAccess, and says in one place that a matched group is a string.

/**
 * The first `count` groups of `pattern`'s match in `text`.
 *
 * @example matchGroups(/^(\d{4})-(\d\d)$/, '2014-11', 2) // ['2014', '11']
 */
export function matchGroups(pattern: RegExp, text: string, count: 1): [string] | undefined;
export function matchGroups(pattern: RegExp, text: string, count: 2): [string, string] | undefined;
export function matchGroups(pattern: RegExp, text: string, count: 3): [string, string, string] | undefined;
export function matchGroups(pattern: RegExp, text: string, count: number): string[] | undefined {
  const match = pattern.exec(text);
  if (!match) return undefined;
  const groups: string[] = [];
  for (let i = 1; i <= count; i++) {
    const group = match[i];
    if (group === undefined) return undefined;
    groups.push(group);
  }
  return groups;
}
