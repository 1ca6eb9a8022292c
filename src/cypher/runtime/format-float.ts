// Prints a FLOAT the way Cypher (Java's Double.toString) does: always with a fraction part,
// scientific notation outside [1e-3, 1e7).

/** `1` -> "1.0", `1e20` -> "1.0E20", `0.0001` -> "1.0E-4", NaN -> "NaN". */
export function formatFloat(v: number): string {
  if (Number.isNaN(v)) return 'NaN';
  if (v === Infinity) return 'Infinity';
  if (v === -Infinity) return '-Infinity';
  if (v === 0) return Object.is(v, -0) ? '-0.0' : '0.0';
  const abs = Math.abs(v);
  if (abs >= 1e-3 && abs < 1e7) {
    const s = String(v);
    return s.includes('.') ? s : s + '.0';
  }
  // toExponential() always gives "<mantissa>e<sign><digits>".
  const text = v.toExponential();
  const e = text.indexOf('e');
  const mant = text.slice(0, e);
  const exp = text.slice(e + 1);
  const m = mant.includes('.') ? mant : mant + '.0';
  return `${m}E${exp.startsWith('+') ? exp.slice(1) : exp}`;
}
