// The extraction cache as a store: what goes in comes out the same, a torn or foreign entry is
// a miss, keys change with version, name and content, and pruning keeps exactly what was used.

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ExtractionCache, snapshotCachePath, type CachedDocument } from '../../src/cache/index.js';
import { extractDocument } from '../../src/extract/index.js';
import { parseDocument } from '../../src/ingest/index.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cg-cache-'));
const HASH = 'a'.repeat(64);

function extracted(name: string, text: string): CachedDocument[] {
  const document = parseDocument(new TextEncoder().encode(text), name);
  return [{ document, items: extractDocument(document) }];
}
const NEWS =
  'News\n\nPublished 3 March 2016\n\n1. Inspections\n\nHM Inspectorate of Constabulary (HMIC) published its report. Sir Tom Winsor said HMIC would return.\n';

/** Every entry file under a cache directory. */
const entries = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.json'))
    .sort();

describe('ExtractionCache', () => {
  it('gives back what was put, as put returned it, for the same key only', async () => {
    const cache = new ExtractionCache(tmp(), { version: 'v1' });
    const key = cache.key('news.txt', HASH);
    expect(await cache.get(key)).toBeUndefined();
    const docs = extracted('news.txt', NEWS);
    const stored = await cache.put(key, docs);
    expect(stored).toEqual(docs);
    expect(await cache.get(key)).toEqual(stored);
    expect(await new ExtractionCache(cache.dir, { version: 'v1' }).get(key)).toEqual(stored);
    expect(await cache.get(cache.key('other.txt', HASH))).toBeUndefined();
  });

  it.each([
    ['another extractor version', { version: 'v2', file: 'news.txt', hash: HASH }],
    ['another file name (it gives the document id)', { version: 'v1', file: 'news2.txt', hash: HASH }],
    ['other bytes', { version: 'v1', file: 'news.txt', hash: 'b'.repeat(64) }],
  ])('a key changes with %s', (_what, other) => {
    const key = new ExtractionCache('x', { version: 'v1' }).key('dir/news.txt', HASH);
    expect(new ExtractionCache('x', { version: other.version }).key(other.file, other.hash)).not.toBe(key);
    // The folder the file sits in is not part of it: moving the inputs keeps the cache.
    expect(new ExtractionCache('x', { version: 'v1' }).key('elsewhere/news.txt', HASH)).toBe(key);
  });

  it('treats a half-written or foreign entry as missing, and a put mends it', async () => {
    const dir = tmp();
    const cache = new ExtractionCache(dir, { version: 'v1' });
    const key = cache.key('news.txt', HASH);
    const docs = extracted('news.txt', NEWS);
    await cache.put(key, docs);
    const [file] = entries(dir);
    const whole = readFileSync(join(dir, file!), 'utf8');
    writeFileSync(join(dir, file!), whole.slice(0, whole.length / 2));
    expect(await cache.get(key)).toBeUndefined();
    writeFileSync(join(dir, file!), whole.replace(key, 'f'.repeat(64)));
    expect(await cache.get(key)).toBeUndefined();
    await cache.put(key, docs);
    expect(await cache.get(key)).toEqual(docs);
  });

  it('writes no temporary files that outlive a put, and tags the folder as a cache', async () => {
    const dir = tmp();
    const cache = new ExtractionCache(dir, { version: 'v1' });
    await cache.put(cache.key('news.txt', HASH), extracted('news.txt', NEWS));
    const all = readdirSync(dir, { recursive: true, encoding: 'utf8' });
    expect(all.filter((f) => f.includes('.tmp-'))).toEqual([]);
    expect(readFileSync(join(dir, 'CACHEDIR.TAG'), 'utf8')).toMatch(/^Signature: 8a477f597d28d172789f06886806bc55/);
  });

  it('prunes the entries not read or written since it was opened', async () => {
    const dir = tmp();
    const first = new ExtractionCache(dir, { version: 'v1' });
    const [a, b] = [first.key('a.txt', HASH), first.key('b.txt', HASH)];
    await first.put(a, extracted('a.txt', NEWS));
    await first.put(b, extracted('b.txt', NEWS));
    writeFileSync(join(dir, a.slice(0, 2), `${a}.json.tmp-999999999-0`), 'torn');
    const second = new ExtractionCache(dir, { version: 'v1' });
    expect(await second.get(a)).toBeDefined();
    expect(await second.prune()).toBe(1);
    expect(entries(dir)).toEqual([join(a.slice(0, 2), `${a}.json`), join(a.slice(0, 2), `${a}.res.json`)]);
    expect(readdirSync(join(dir, a.slice(0, 2))).sort()).toEqual([`${a}.json`, `${a}.res.json`]);
  });

  it('keeps beside each entry its resolution part: no text, no sentences, mentions by sentence number only', async () => {
    const dir = tmp();
    const cache = new ExtractionCache(dir, { version: 'v1' });
    const key = cache.key('news.txt', HASH);
    const [whole] = await cache.put(key, extracted('news.txt', NEWS));
    const [part] = (await new ExtractionCache(dir, { version: 'v1' }).getResolutionPart(key))!;
    expect(part!.document.items.map((i) => [i.number, i.title, i.text])).toEqual(whole!.document.items.map((i) => [i.number, i.title, '']));
    expect(part!.items.every((x) => x.sentences.length === 0)).toBe(true);
    const hmic = (x: CachedDocument) => x.items[0]!.entities.find((e) => e.name.includes('Inspectorate'))!;
    expect(hmic(part!).mentions).toEqual(hmic(whole!).mentions.map((m) => ({ sentence: m.sentence })));
    expect(part!.items.map((x) => x.relations)).toEqual(whole!.items.map((x) => x.relations));
    expect(readFileSync(join(dir, key.slice(0, 2), `${key}.res.json`)).length).toBeLessThan(readFileSync(join(dir, key.slice(0, 2), `${key}.json`)).length);
  });

  it('makes a missing resolution part from the whole entry (entries of older code), and keeps it', async () => {
    const dir = tmp();
    const cache = new ExtractionCache(dir, { version: 'v1' });
    const key = cache.key('news.txt', HASH);
    await cache.put(key, extracted('news.txt', NEWS));
    const made = await cache.getResolutionPart(key);
    rmSync(join(dir, key.slice(0, 2), `${key}.res.json`));
    expect(await cache.getResolutionPart(key)).toEqual(made);
    expect(entries(dir)).toContain(join(key.slice(0, 2), `${key}.res.json`));
    expect(await cache.getResolutionPart(cache.key('other.txt', HASH))).toBeUndefined();
  });

  it('goes on without storing when the folder cannot be written, and says why once', async () => {
    const blocked = join(tmp(), 'file');
    writeFileSync(blocked, 'not a folder');
    const cache = new ExtractionCache(join(blocked, 'cache'), { version: 'v1' });
    const docs = extracted('news.txt', NEWS);
    expect(await cache.put(cache.key('news.txt', HASH), docs)).toEqual(docs);
    expect(cache.writeFailure).toMatch(/cannot write the extraction cache .*ENOTDIR/);
  });

  it('lives beside the snapshot by default', () => {
    expect(snapshotCachePath('/data/out')).toBe('/data/.out.cache');
    expect(snapshotCachePath('out/')).toBe('.out.cache');
  });
});
