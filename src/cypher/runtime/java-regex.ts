// `=~` takes Java's regular expressions (Neo4j matches with java.util.regex): the pattern read
// as a JavaScript RegExp that matches as Java's `matches()` would. The whole string must match;
// leading flags `(?imsux)` are read; `(?i)` folds ASCII letters only, as Java does without
// UNICODE_CASE (`'ÄB' =~ '(?i)äb'` is false on Neo4j), and `(?iu)` folds every letter.

export function javaRegex(pattern: string): RegExp {
  let flags = 'u';
  let p = pattern;
  const m = /^\(\?([imsux]+)\)/.exec(p);
  if (m) {
    const given = m[1] ?? '';
    p = p.slice(m[0].length);
    if (given.includes('i')) {
      if (given.includes('u')) flags += 'i';
      else p = foldAsciiCase(p);
    }
    if (given.includes('s')) flags += 's';
    if (given.includes('m')) flags += 'm';
  }
  // Anchored by look-arounds at the ends of the input, which a multi-line flag leaves alone
  // (`^` and `$` would match at any line).
  const whole = `(?<![\\s\\S])(?:${p})(?![\\s\\S])`;
  try {
    return new RegExp(whole, flags);
  } catch {
    return new RegExp(whole, flags.replace('u', ''));
  }
}

const isLower = (c: string): boolean => c >= 'a' && c <= 'z';
const isUpper = (c: string): boolean => c >= 'A' && c <= 'Z';
const swapCase = (c: string): string => (isLower(c) ? c.toUpperCase() : c.toLowerCase());

/**
 * The pattern with each ASCII letter matching either case: `a` as `[aA]`, and inside a class
 * the other case added (`[a-c]` as `[a-cA-C]`). Escapes (`\p{Lu}`, `\u00e9`, `\k<n>`) and group
 * names are copied as written.
 */
function foldAsciiCase(p: string): string {
  let out = '';
  let inClass = false;
  for (let i = 0; i < p.length; i++) {
    let c = p[i] ?? '';
    if (c === '\\') {
      const escape = /^\\(?:[pPk][{<][^}>]*[}>]|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|c.|[\s\S])/.exec(p.slice(i))?.[0] ?? c;
      i += escape.length - 1;
      // A letter written as its code (`\u006b`) folds as the letter does.
      const code = /^\\[ux]([0-9a-fA-F]+)$/.exec(escape)?.[1];
      const letter = code === undefined ? '' : String.fromCharCode(Number.parseInt(code, 16));
      if (!(isLower(letter) || isUpper(letter))) {
        out += escape;
        continue;
      }
      c = letter;
    }
    if (!inClass && c === '(' && p.startsWith('(?<', i) && !p.startsWith('(?<=', i) && !p.startsWith('(?<!', i)) {
      const name = /^\(\?<[^>]*>/.exec(p.slice(i))?.[0] ?? c;
      out += name;
      i += name.length - 1;
    } else if (c === '[' && !inClass) {
      inClass = true;
      out += c;
    } else if (c === ']' && inClass) {
      inClass = false;
      out += c;
    } else if (inClass && p[i + 1] === '-' && (isLower(c) || isUpper(c)) && p[i + 2] !== undefined && p[i + 2] !== ']') {
      // A range of letters of one case gains the same range in the other.
      const end = p[i + 2] ?? '';
      out += `${c}-${end}`;
      if ((isLower(c) && isLower(end)) || (isUpper(c) && isUpper(end))) out += `${swapCase(c)}-${swapCase(end)}`;
      i += 2;
    } else if (isLower(c) || isUpper(c)) {
      out += inClass ? `${c}${swapCase(c)}` : `[${c}${swapCase(c)}]`;
    } else {
      out += c;
    }
  }
  return out;
}
