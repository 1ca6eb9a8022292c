// Where in an item's text its entities are named and its evidence sentences sit, as character
// spans, so the item page can highlight and link them without parsing anything in the browser.

/** A stretch of the text: `[start, end)` in UTF-16 code units, as JavaScript strings index. */
export interface Span {
  start: number;
  end: number;
}

export interface MentionSpan extends Span {
  /** The entity named there. */
  entity: string;
}

export interface NamedEntity {
  id: string;
  name: string;
  aliases: string[];
}

const WORD = /[\p{L}\p{N}]/u;

/**
 * Every place a name or alias of the entities occurs in `text` as whole words, longest names
 * first, never overlapping.
 *
 * @example mentionSpans('HMIC said', [{ id: 'body:hmic', name: 'HM Inspectorate of Constabulary', aliases: ['HMIC'] }])
 * // [{ start: 0, end: 4, entity: 'body:hmic' }]
 */
export function mentionSpans(text: string, entities: readonly NamedEntity[]): MentionSpan[] {
  const names = entities
    .flatMap((e) => [e.name, ...e.aliases].filter((n) => n.length > 1).map((name) => ({ name, entity: e.id })))
    .sort((a, b) => b.name.length - a.name.length || a.name.localeCompare(b.name));
  const taken: MentionSpan[] = [];
  for (const { name, entity } of names) {
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
      const end = at + name.length;
      if (WORD.test(text[at - 1] ?? '') || WORD.test(text[end] ?? '')) continue;
      if (taken.some((s) => at < s.end && end > s.start)) continue;
      taken.push({ start: at, end, entity });
    }
  }
  return taken.sort((a, b) => a.start - b.start);
}

/** Where each evidence sentence occurs in `text` (sentences not found, such as a title, are left out). */
export function sentenceSpans(text: string, sentences: readonly string[]): Span[] {
  const spans: Span[] = [];
  for (const sentence of new Set(sentences)) {
    if (sentence === '') continue;
    for (let at = text.indexOf(sentence); at !== -1; at = text.indexOf(sentence, at + sentence.length)) {
      spans.push({ start: at, end: at + sentence.length });
    }
  }
  return spans.sort((a, b) => a.start - b.start);
}
