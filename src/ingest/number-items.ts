// Give item ids to the sections of a Markdown or HTML document: the number its heading carries
// (`1. Title`, `0.4 Title`), `speeches` for a Speeches section, or the position when headings are not numbered.

import type { Item } from './types.js';

/** A heading and the text under it, as a structured format gives them. */
export interface Section {
  heading: string;
  text: string;
  offset: number;
}

const NUMBERED_HEADING = /^(?:(\d{1,3})[.)]|(\d{1,3}(?:\.\d{1,3})+)\.?)\s+(\S.*)$/;
const SPEECHES = /^speeches\s*:?$/i;

/**
 * Items from sections. Numbers are taken from the headings only when every heading (Speeches
 * aside) has a distinct one; otherwise items are numbered 1, 2, 3 in order, so ids never clash.
 *
 * @example numberItems([{ heading: '0.4 NCA update', text: 'x', offset: 9 }])
 *   // [{ number: '0.4', title: 'NCA update', text: 'x', offset: 9 }]
 */
export function numberItems(sections: Section[]): Item[] {
  const parsed = sections.map((s) => {
    const heading = s.heading.trim();
    const m = NUMBERED_HEADING.exec(heading);
    // The number is in group 1 or 2 (two spellings), the title in group 3.
    const title = m?.[3];
    return { section: s, heading, number: m?.[1] ?? m?.[2], title: title === undefined ? heading : title.trim() };
  });
  const counted = parsed.filter((p) => !(p.number === undefined && SPEECHES.test(p.heading)));
  const numbers = counted.map((p) => p.number);
  const useOwn = numbers.every((n) => n !== undefined) && new Set(numbers).size === numbers.length;
  let position = 0;
  return parsed.map((p): Item => {
    const base = { text: p.section.text, offset: p.section.offset };
    if (p.number === undefined && SPEECHES.test(p.heading)) {
      return { number: 'speeches', title: p.heading.replace(/\s*:$/, ''), ...base };
    }
    position++;
    return useOwn && p.number !== undefined ? { number: p.number, title: p.title, ...base } : { number: String(position), title: p.heading, ...base };
  });
}
