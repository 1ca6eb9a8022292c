// Counts in messages: "1 newsletter", "2 newsletters", "1 entity", "3 properties".

/** `n` and the noun, plural unless n is 1 (nouns in -y after a consonant take -ies). */
export function plural(n: number, noun: string): string {
  if (n === 1) return `${n} ${noun}`;
  return `${n} ${/[^aeiou]y$/.test(noun) ? `${noun.slice(0, -1)}ies` : `${noun}s`}`;
}
