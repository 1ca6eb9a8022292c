// A Cypher result as CSV (RFC 4180): one column per result column, nodes and other structured
// values as JSON in their cell. Pure, so the download is tested in Node too.

// A text cell a spreadsheet would run as a formula gets a leading apostrophe (numbers stay as they are).
const FORMULA = /^[=+\-@\t\r]/;

export function resultCsv(columns: readonly string[], rows: readonly Record<string, unknown>[]): string {
  const cell = (value: unknown): string => {
    let text = value === null || value === undefined ? '' : typeof value === 'object' ? JSON.stringify(value) : String(value);
    if (typeof value === 'string' && FORMULA.test(text) && Number.isNaN(Number(text))) text = `'${text}`;
    return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
  };
  return [columns.map(cell).join(','), ...rows.map((row) => columns.map((c) => cell(row[c])).join(','))].join('\r\n') + '\r\n';
}
