// Read the head of a plain-text newsletter: skip a mail's header block and a GOV.UK
// document-type label such as `Correspondence`, take the title line, and the `Published <date>` line.

import labels from './data/document-type-labels.json' with { type: 'json' };
import { matchGroups } from './match-groups.js';
import { isBlank, type Line } from './lines.js';
import { mailHeaders } from './mail-headers.js';
import { isoDate, publishedDate } from './published-date.js';

const DOCUMENT_TYPE_LABELS = new Set(labels.labels.map((l) => l.toLowerCase()));
const alternatives = (names: string[]) => names.map((n) => n.replace(/\s+/g, '\\s+')).join('|');
// "From: Home Office and The Rt Hon Amber Rudd MP": page metadata under the title.
const METADATA_LINE = new RegExp(`^(?:${alternatives(labels.metadataLines.skipped)})\\s*:`, 'i');
// "Date: 12 March 2017", "Delivered on: 5 June 2015 (Original script…)"
const DATED_LINE = new RegExp(`^(?:${alternatives(labels.metadataLines.dated)})\\s*:?\\s*(.{6,40}?)(?:\\s*\\(.*\\))?\\s*$`, 'i');

// A title is one short line; a longer first line is the start of the body.
const MAX_TITLE_LENGTH = 200;
// The date sits right under the title; looking further would take a date quoted in the body.
const HEADER_LINES = 8;

/** The date of a `Published …` line, a dated metadata line, or a line that is only a date. */
export function dateLine(text: string): string | undefined {
  const [dated] = matchGroups(DATED_LINE, text, 1) ?? [];
  // Hansard: "Volume 650: debated on Tuesday 5 February 2019"
  const [debated] = matchGroups(/\bdebated on\s+(?:[A-Za-z]+day\s+)?(.{6,40})$/i, text, 1) ?? [];
  return publishedDate(text) ?? (dated === undefined ? undefined : isoDate(dated)) ?? (debated === undefined ? undefined : isoDate(debated)) ?? isoDate(text);
}
export interface Header {
  title: string | undefined;
  published: string | undefined;
  /** Index of the first line after the header lines consumed (title, label, date). */
  bodyStart: number;
}

/**
 * Read title and date from `lines[0..limit)` (the preface before the first item heading).
 *
 * @example readHeader(splitLines('Correspondence\n\nNews: May\n\nPublished 2 May 2014\n\nText'), 7)
 *   // { title: 'News: May', published: '2014-05-02', bodyStart: 5 }
 */
export function readHeader(lines: Line[], limit: number): Header {
  let title: string | undefined;
  let published: string | undefined;
  // A newsletter sent as a mail: its header block is skipped, its subject and date kept in reserve.
  const mail = mailHeaders(lines, 0, limit);
  let bodyStart = mail?.end ?? 0;
  let seen = 0;
  for (let i = bodyStart; i < limit && seen < HEADER_LINES; i++) {
    const line = lines[i];
    if (line === undefined || isBlank(line)) continue;
    seen++;
    const text = line.text.trim();
    const date = text.length <= MAX_TITLE_LENGTH ? dateLine(text) : undefined;
    if (date !== undefined && published === undefined) {
      published = date;
      bodyStart = i + 1;
      continue;
    }
    if (title !== undefined && published === undefined && METADATA_LINE.test(text) && text.length <= MAX_TITLE_LENGTH) {
      bodyStart = i + 1;
      continue;
    }
    if (title !== undefined || published !== undefined) break;
    if (DOCUMENT_TYPE_LABELS.has(text.toLowerCase()) && seen === 1) {
      bodyStart = i + 1;
      continue;
    }
    // "Crime and policing news update: November 2014" stands alone; a body paragraph runs on.
    if (text.length <= MAX_TITLE_LENGTH && isBlank(lines[i + 1]) && !/[.;,]$/.test(text)) {
      title = text.replace(/^#+\s*/, '');
      bodyStart = i + 1;
      continue;
    }
    break;
  }
  return { title: title ?? mail?.subject, published: published ?? mail?.date, bodyStart };
}
