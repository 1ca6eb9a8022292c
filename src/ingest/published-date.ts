// Read the publication date of a newsletter (`Published 28 November 2014`) as an ISO date.
// GOV.UK pages write day-month-year; month-day-year and ISO dates are read too.

import months from './data/months.json' with { type: 'json' };
import { matchGroups } from './match-groups.js';

const MONTHS: Record<string, number> = months;

// "Published 28 November 2014", "Published: 2 April 2013", "Published on 5 Jun 2014"
const PUBLISHED = /^\s*(?:first\s+)?published(?:\s+on)?\s*:?\s*(.{6,40}?)\s*$/i;

/**
 * The ISO date (`YYYY-MM-DD`) of a `Published …` line, or undefined when the line is not one
 * or its date is not a real calendar date.
 *
 * @example publishedDate('Published 28 November 2014') // '2014-11-28'
 */
export function publishedDate(line: string): string | undefined {
  const [date] = matchGroups(PUBLISHED, line, 1) ?? [];
  return date === undefined ? undefined : isoDate(date);
}

/** Parse `28 November 2014`, `November 28, 2014`, `2014-11-28` or `28/11/2014` (day first) into an ISO date. */
export function isoDate(text: string): string | undefined {
  const t = text.trim().replace(/,/g, ' ').replace(/\s+/g, ' ');
  const iso = matchGroups(/^(\d{4})-(\d{1,2})-(\d{1,2})$/, t, 3);
  if (iso) return checked(+iso[0], +iso[1], +iso[2]);
  // 12/03/2019: UK sites write day, month, year
  const numeric = matchGroups(/^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/, t, 3);
  if (numeric) return checked(+numeric[2], +numeric[1], +numeric[0]);
  const dayFirst = matchGroups(/^(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]+)\.? (\d{4})$/, t, 3);
  if (dayFirst) return checked(+dayFirst[2], MONTHS[dayFirst[1].toLowerCase()], +dayFirst[0]);
  const monthFirst = matchGroups(/^([A-Za-z]+)\.? (\d{1,2})(?:st|nd|rd|th)? (\d{4})$/, t, 3);
  if (monthFirst) return checked(+monthFirst[2], MONTHS[monthFirst[0].toLowerCase()], +monthFirst[1]);
  return undefined;
}

function checked(year: number, month: number | undefined, day: number): string | undefined {
  if (month === undefined || year < 1000 || year > 9999) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  // Date.UTC rolls 31 April over into May: a real date reads back the same.
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
