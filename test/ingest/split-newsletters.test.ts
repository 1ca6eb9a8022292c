// A file that holds several newsletters (an archive, a mailbox export, `cat 000.txt 001.txt`)
// is read as one document per newsletter, each with its own title, date, items and stable id.

import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runPipeline } from '../../src/api/pipeline.js';
import { toAnnotation } from '../../src/evaluate/index.js';
import { parseDocument, parseDocuments } from '../../src/ingest/index.js';

const fixtures = new URL('../../fixtures/', import.meta.url);
const read = (name: string) => readFileSync(new URL(name, fixtures), 'utf8');
const FIRST = '000_79e92bb3579205a4.txt';
const SECOND = '001_90d08cdaf62c0c6a.txt';
const encode = (text: string) => new TextEncoder().encode(text);

describe('several newsletters in one file', () => {
  it.each([
    ['joined with cat', read(FIRST) + read(SECOND)],
    ['without the trailing newline of the first', read(FIRST).trimEnd() + read(SECOND)],
    ['without their "Correspondence" labels', (read(FIRST) + read(SECOND)).replace(/^Correspondence\n/gm, '')],
  ])('%s: each newsletter is its own document, as it is read alone', (_name, joined) => {
    const docs = parseDocuments(encode(joined), 'archive/two.txt');
    const alone = [parseDocument(encode(read(FIRST)), FIRST), parseDocument(encode(read(SECOND)), SECOND)];
    expect(docs.map((d) => d.id)).toEqual(['two-1', 'two-2']);
    expect(docs.map((d) => d.source)).toEqual(['two.txt', 'two.txt']);
    expect(docs.map((d) => [d.title, d.published])).toEqual(alone.map((d) => [d.title, d.published]));
    expect(docs.map((d) => d.items.map((i) => i.number))).toEqual(alone.map((d) => d.items.map((i) => i.number)));
    expect(docs.map((d) => d.items.map((i) => i.title))).toEqual(alone.map((d) => d.items.map((i) => i.title)));
    // offsets point into the joined file
    for (const d of docs) for (const item of d.items) expect(joined.slice(item.offset, item.offset + item.text.length)).toBe(item.text);
  });

  const mail = (subject: string, date: string, body: string) =>
    `From newsletter@homeoffice.example Fri Nov 28 10:00:00 2014\nFrom: Home Office <newsletter@homeoffice.example>\nTo: subscriber@example.org\nSubject: ${subject}\n  (weekly)\nDate: ${date}\nContent-Type: text/plain; charset=utf-8\n\n${body}\n`;

  it('a mailbox export: one document per mail, its header block in no item', () => {
    const box = `${mail('November', 'Fri, 28 Nov 2014 10:00:00 +0000', read(FIRST))}\n${mail('September', 'Fri, 25 Sep 2015 10:00:00 +0100', read(SECOND))}`;
    const docs = parseDocuments(encode(box), 'inbox.mbox');
    expect(docs.map((d) => [d.id, d.title, d.published, d.items.length])).toEqual([
      ['inbox-1', 'Crime and policing news update: November 2014', '2014-11-28', 14],
      ['inbox-2', 'Crime and policing news update: September 2015', '2015-09-25', 11],
    ]);
    expect(docs.flatMap((d) => d.items.map((i) => i.text)).join('\n')).not.toContain('subscriber@example.org');
  });

  it('a mail whose text gives no title or date takes its subject and date', () => {
    const docs = parseDocuments(
      encode(
        mail(
          'Police funding: what it means',
          'Mon, 4 Feb 2019 09:00:00 +0000',
          'The Home Office has announced the funding settlement.\n\nForces will receive more.',
        ),
      ),
      'one.eml',
    );
    expect(docs.map((d) => [d.title, d.published])).toEqual([['Police funding: what it means (weekly)', '2019-02-04']]);
    expect(docs[0]!.items[0]!.text).toMatch(/^The Home Office has announced/);
  });

  it('the five fixtures joined give five documents with the five dates', () => {
    const names = ['000_79e92bb3579205a4.txt', '001_90d08cdaf62c0c6a.txt', '002_ee3d19f2939ad4a4.txt', '003_13024b2ea9e40c59.txt', '004_4d682b8226ef914d.txt'];
    const docs = parseDocuments(encode(names.map(read).join('\n')), 'all.txt');
    expect(docs.map((d) => d.published)).toEqual(['2014-11-28', '2015-09-25', '2014-06-26', '2013-04-02', '2013-11-28']);
    expect(docs.map((d) => d.items.length)).toEqual(names.map((n) => parseDocument(encode(read(n)), n).items.length));
  });

  it.each([
    ['one newsletter', read(FIRST)],
    ['one newsletter under a line that is not a label', read(FIRST).replace('Correspondence', 'Correspondence (copy)')],
    [
      'a report with its own title and Published line quoted inside an item',
      'News update: May 2014\n\nPublished 2 May 2014\n\n1. New guidance\n\nThe guidance is out:\n\nStatutory guidance on stalking\n\nPublished 1 May 2014\n\nIt applies to all forces.\n\n2. Events\n\nText.\n',
    ],
  ])('%s stays one document with the file name as id', (_name, text) => {
    const docs = parseDocuments(encode(text), 'news.txt');
    expect(docs.map((d) => d.id)).toEqual(['news']);
  });

  it('build and extract keep one document per newsletter, named apart in the annotation', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'crimegraph-split-'));
    writeFileSync(join(dir, 'two.txt'), read(FIRST) + read(SECOND));
    const { corpus, graph, errors } = await runPipeline([dir], { workers: 0 });
    expect(errors).toEqual([]);
    expect(corpus.documents.map((d) => d.id)).toEqual(['two-1', 'two-2']);
    expect(toAnnotation(corpus).map((d) => [d.doc, d.items.length])).toEqual([
      ['two-1.txt', 14],
      ['two-2.txt', 11],
    ]);
    expect(graph.hasNode('two-2#11')).toBe(true);
    expect(graph.hasNode('two-1#speeches')).toBe(true);
  });
});
