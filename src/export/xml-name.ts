// Ids as XML name tokens. GraphML's schema types node, edge and key ids and attribute names as
// xs:NMTOKEN (letters, digits, `.`, `-`, `_`, `:`), so `000_x#1` or `A->B` would make a file
// invalid. Other characters go as `_xHHHH_` (the SQL/XML and .NET XmlConvert escape), and `_`
// before an `x` as `_x005F_`, so the token reads back to exactly the original text.

const TOKEN_CHAR = /^[A-Za-z0-9._:-]$/;

function escapeCodePoint(codePoint: number): string {
  return `_x${codePoint.toString(16).toUpperCase().padStart(4, '0')}_`;
}

/**
 * `text` as an xs:NMTOKEN: unchanged when it already is one (every entity id the pipeline
 * makes, such as `person:theresa-may`), escaped otherwise.
 *
 * @example
 * nameToken('000_abc#1'); // '000_abc_x0023_1'
 */
export function nameToken(text: string): string {
  let token = '';
  const characters = [...text];
  characters.forEach((character, index) => {
    // A character of a string's iteration is one code point, never empty.
    const codePoint = character.codePointAt(0) ?? 0;
    if (character === '_' && characters[index + 1] === 'x') token += escapeCodePoint(codePoint);
    else if (TOKEN_CHAR.test(character)) token += character;
    else token += escapeCodePoint(codePoint);
  });
  return token;
}
