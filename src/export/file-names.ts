// File names derived from labels and relationship types: only characters every file system
// accepts, and distinct even when two names clean up to the same text.

/** A name made of ASCII letters, digits, `_` and `-`, unique within `taken` (which it joins). */
export function uniqueFileStem(name: string, taken: Set<string>): string {
  const clean = name.replace(/[^A-Za-z0-9_-]+/g, '_').replace(/^_+|_+$/g, '') || 'unnamed';
  let stem = clean;
  for (let n = 2; taken.has(stem.toLowerCase()); n += 1) stem = `${clean}_${n}`;
  taken.add(stem.toLowerCase());
  return stem;
}
