// Read the header block of a mail in a mailbox export (mbox `From ` line, `From:`, `Subject:`,
// `Date:` …): it is not the newsletter's text, but its subject and date stand in for a title and
// date the newsletter does not give itself.

import { isBlank, type Line } from './lines.js';
import { matchGroups } from './match-groups.js';
import { isoDate } from './published-date.js';

/** The separator line that starts each mail of an mbox file: `From sender Thu Nov 27 10:00:00 2014`. */
export const MBOX_SEPARATOR = /^From \S+ +\S.*\d{4}\s*$/;
const HEADER_FIELD = /^([A-Za-z][A-Za-z0-9-]*):[ \t]*(.*)$/;
const FOLDED = /^[ \t]+\S/;
// Fields that make a block of `Name: value` lines a mail's header rather than a list in a text.
const MAIL_FIELDS = new Set(['from', 'to', 'subject', 'date', 'message-id', 'mime-version', 'content-type', 'received', 'return-path', 'cc', 'reply-to']);

export interface MailHeaders {
  /** Index of the first line after the block (the blank line that ends it). */
  end: number;
  subject: string | undefined;
  /** ISO date of the `Date:` field (`Fri, 28 Nov 2014 10:00:00 +0000`). */
  date: string | undefined;
}

/**
 * The mail header block that opens `lines[from..limit)`, or undefined when there is none: an mbox
 * separator line or header fields, at least two of them known mail fields (or a separator and
 * one), up to the first blank line.
 *
 * @example mailHeaders(splitLines('From: a@b\nSubject: News\nDate: Fri, 28 Nov 2014 10:00 +0000\n\nText'), 0, 5)
 *   // { end: 3, subject: 'News', date: '2014-11-28' }
 */
export function mailHeaders(lines: Line[], from: number, limit: number): MailHeaders | undefined {
  let i = from;
  while (i < limit && isBlank(lines[i])) i++;
  let known = 0;
  if (i < limit && MBOX_SEPARATOR.test(lines[i]?.text ?? '')) {
    known++;
    i++;
  }
  const fields = new Map<string, string>();
  let last: string | undefined;
  for (let line = lines[i]; i < limit && line !== undefined && !isBlank(line); line = lines[++i]) {
    const text = line.text;
    const [name, value] = matchGroups(HEADER_FIELD, text, 2) ?? [];
    if (name !== undefined && value !== undefined) {
      last = name.toLowerCase();
      if (MAIL_FIELDS.has(last)) known++;
      if (!fields.has(last)) fields.set(last, value.trim());
    } else if (FOLDED.test(text) && last !== undefined) {
      fields.set(last, `${fields.get(last) ?? ''} ${text.trim()}`.trim());
    } else {
      return undefined;
    }
  }
  if (known < 2) return undefined;
  return { end: i, subject: fields.get('subject') || undefined, date: mailDate(fields.get('date')) };
}

/** `Fri, 28 Nov 2014 10:00:00 +0000` -> `2014-11-28`. */
function mailDate(value: string | undefined): string | undefined {
  const m = value === undefined ? null : /(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})/.exec(value);
  return m ? isoDate(`${m[1]} ${m[2]} ${m[3]}`) : undefined;
}
