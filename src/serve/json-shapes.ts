// Type guards for parsed JSON, with no imports so that both the server and the workbench's
// browser bundle use them: what a request, an API row or an answer holds is checked, not cast.

/** A JSON object (not null, not a list). */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** A list of strings. */
export function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** The record itself, or an empty one for anything else (an absent body or query string). */
export function recordOf(value: unknown): Record<string, unknown> {
  return isRecord(value) ? value : {};
}

/** A list of strings, or the empty list for anything else (a property left out when empty). */
export function stringsOf(value: unknown): string[] {
  return isStringList(value) ? value : [];
}
