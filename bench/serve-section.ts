// The serve benchmark's block of bench/RESULTS.md, between two markers, so `npm run bench`
// (which rewrites the file) and `bench/serve.bench.ts` (which writes only its block) keep each other's figures.

export const SERVE_START = '<!-- serve.bench.ts: start -->';
export const SERVE_END = '<!-- serve.bench.ts: end -->';

/** The serve block of a RESULTS.md text, or undefined. */
export function serveSection(text: string): string | undefined {
  const start = text.indexOf(SERVE_START);
  const end = text.indexOf(SERVE_END);
  return start === -1 || end < start ? undefined : text.slice(start, end + SERVE_END.length);
}

/** `text` with its serve block replaced by `block` (appended when it has none). */
export function withServeSection(text: string, block: string | undefined): string {
  if (block === undefined) return text;
  const current = serveSection(text);
  return current === undefined ? `${text.trimEnd()}\n\n${block}\n` : text.replace(current, block);
}
