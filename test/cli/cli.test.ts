// The built `crimegraph` command on the fixtures and on bad inputs: exit codes (0 ok, 1 input
// errors, 2 usage), one line per bad file, outputs on disk, and nothing written when all inputs fail.

import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { ENTITY_LABELS, loadSnapshot } from '../../src/graph/index.js';
import { crimegraph, ensureBuilt, FIXTURES } from './built-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cg-cli-'));
const filesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
let built: string;

beforeAll(() => {
  ensureBuilt();
  built = join(tmp(), 'out');
  const run = crimegraph(['build', FIXTURES, '--out', built]);
  if (run.code !== 0) throw new Error(`build of the fixtures failed: ${run.stderr}`);
}, 300_000);

describe('build', () => {
  it('writes a snapshot of the five fixtures in which every entity is mentioned in an item', async () => {
    const snapshot = await loadSnapshot(built);
    expect(snapshot.manifest.documents.map((d) => d.source)).toEqual(
      readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    const entities = snapshot.graph.filterNodes((_k, a) => (ENTITY_LABELS as readonly string[]).includes(a.labels[0]!));
    expect(entities.length).toBeGreaterThan(0);
    for (const id of entities) expect(snapshot.graph.outEdges(id).some((e) => snapshot.graph.getEdgeAttribute(e, 'type') === 'MENTIONED_IN')).toBe(true);
  });

  it('gives byte-identical snapshots on a second build, with or without worker threads, and prints no progress off a terminal', () => {
    const again = join(tmp(), 'again');
    const run = crimegraph(['build', FIXTURES, '--out', again, '--workers', '2']);
    expect(run.code).toBe(0);
    // The summary is not a result: stderr, one line; stdout stays empty.
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(
      /^Built .*: 5 newsletters, \d+ items, \d+ entities \([^)]*\), \d+ nodes, \d+ relationships in [\d.]+ s \(reused \d+ of 5 documents\)\n$/,
    );
    expect(filesOf(again)).toEqual(filesOf(built));
  });

  it('on a folder of mixed and bad inputs: one line per bad file, the good ones in the graph, exit 1', async () => {
    const dir = tmp();
    cpSync(join(FIXTURES, '002_ee3d19f2939ad4a4.txt'), join(dir, '002_ee3d19f2939ad4a4.txt'));
    cpSync(join(FIXTURES, '002_ee3d19f2939ad4a4.txt'), join(dir, 'copy-of-002.txt'));
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0x62, 0x69]));
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 news\n\n1. Item\n\nThe Home Office met the College of Policing \x93today\x94.\n', 'latin1'));
    writeFileSync(join(dir, 'invalid-utf8.txt'), Buffer.from([...Buffer.from('Bad '), 0xff, 0xc3, ...Buffer.from(' text about the National Crime Agency.\n')]));
    writeFileSync(join(dir, 'no-headings.txt'), 'Just a paragraph about the College of Policing.\n');
    writeFileSync(join(dir, 'odd.html'), '<div><span>The Home Office</span> and <b>HMIC</b> met.</div>');
    writeFileSync(join(dir, 'notes.md'), '# Notes\n\n## 1. One\n\nThe Home Office.\n');
    writeFileSync(join(dir, 'image.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00]));
    writeFileSync(join(dir, 'huge-line.txt'), 'The Home Office met the College of Policing. '.repeat(230_000));
    mkdirSync(join(dir, 'sub'));
    writeFileSync(join(dir, 'sub', 'more.txt'), 'More news\n\n1. Item\n\nThe Home Office.\n');
    const missing = join(dir, 'missing.txt');
    const out = join(tmp(), 'out');

    const run = crimegraph(['build', dir, missing, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const all = run.stderr.trimEnd().split('\n');
    // One line per bad file, then the summary of what was built from the good ones.
    expect(all.at(-1)).toMatch(/^Built .*: 7 newsletters, /);
    const lines = all.slice(0, -1);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error: .*binary\.txt: binary file/),
        expect.stringMatching(/^error: .*empty\.txt: empty file/),
        expect.stringMatching(/^error: .*huge-line\.txt: file too large/),
        expect.stringMatching(/^error: .*missing\.txt: no such file/),
        expect.stringMatching(/^warning: .*copy-of-002\.txt: same content as .*002_ee3d19f2939ad4a4\.txt/),
      ]),
    );
    expect(lines).toHaveLength(5);
    const snapshot = await loadSnapshot(out);
    expect(snapshot.manifest.documents.map((d) => [d.id, d.encoding, d.format])).toEqual([
      ['002_ee3d19f2939ad4a4', 'utf-8', 'text'],
      ['invalid-utf8', 'windows-1252', 'text'],
      ['latin1', 'windows-1252', 'text'],
      ['more', 'utf-8', 'text'],
      ['no-headings', 'utf-8', 'text'],
      ['notes', 'utf-8', 'markdown'],
      ['odd', 'utf-8', 'html'],
    ]);
    expect(snapshot.graph.hasNode('no-headings#1')).toBe(true);
    expect(snapshot.graph.hasNode('odd#1')).toBe(true);
  });

  it('writes nothing at all when every input is bad, and leaves a previous snapshot untouched', () => {
    const dir = tmp();
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'binary.txt'), Buffer.from([0, 1, 2, 3]));
    const parent = tmp();
    const out = join(parent, 'out');
    let run = crimegraph(['build', dir, '--out', out]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/no input could be used; nothing written/);
    expect(readdirSync(parent)).toEqual([]);

    const json = join(parent, 'x.json');
    run = crimegraph(['extract', dir, '--json', json]);
    expect(run.code).toBe(1);
    expect(readdirSync(parent)).toEqual([]);

    const previous = join(tmp(), 'previous');
    cpSync(built, previous, { recursive: true });
    run = crimegraph(['build', dir, '--out', previous]);
    expect(run.code).toBe(1);
    expect(filesOf(previous)).toEqual(filesOf(built));
    expect(run.stdout).toBe('');
  });
});

describe('usage errors exit 2', () => {
  it.each([
    [[], /Usage: crimegraph COMMAND/],
    [['frobnicate'], /unknown command "frobnicate"/],
    [['build'], /missing PATH/],
    [['build', 'fixtures', '--bogus'], /unknown option --bogus/],
    [['query'], /no query given: write it after 'query' \(in quotes\) or give --file FILE/],
    [['query', 'RETURN 1', '--file', 'q.cypher'], /either inline or with --file, not both/],
    [['query', 'RETURN 1', '--timeout', '0'], /--timeout must be a positive integer/],
    [['query', 'RETURN 1', '--max-memory', '0'], /--max-memory must be a positive integer/],
    [['query', 'RETURN 1', '--format', 'xml'], /one of table, json, csv/],
    [['stats', '--top', 'ten'], /whole number/],
    [['eval', 'fixtures'], /missing --gold/],
  ])('crimegraph %j', (args, message) => {
    const run = crimegraph(args);
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(message);
    expect(run.stdout).toBe('');
  });

  it.each(['build', 'extract', 'eval', 'stats', 'query'])('%s --help prints its usage and exits 0', (name) => {
    const run = crimegraph([name, '--help']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(new RegExp(`^Usage: crimegraph ${name}`));
    expect(run.stdout).toMatch(/--help/);
  });
});

describe('extract, stats, query', () => {
  it('extract --json writes documents -> items in the annotation format, item ids as the files number them', () => {
    const file = join(tmp(), 'x.json');
    const run = crimegraph(['extract', FIXTURES, '--json', file]);
    expect(run.code).toBe(0);
    const docs = JSON.parse(readFileSync(file, 'utf8')) as { doc: string; items: { item: string; entities: unknown[] }[] }[];
    expect(docs.map((d) => d.doc)).toEqual(
      readdirSync(FIXTURES)
        .filter((f) => f.endsWith('.txt'))
        .sort(),
    );
    expect(docs.find((d) => d.doc.startsWith('003_'))!.items.map((i) => i.item)).toEqual(['0.1', '0.2', '0.3', '0.4', '0.5', '0.6', '0.7', '0.8', '0.9']);
    expect(docs.find((d) => d.doc.startsWith('000_'))!.items.at(-1)!.item).toBe('speeches');
  });

  it.skipIf(!existsSync('/work/shared/gold'))('eval prints the score table for the fixtures by default', () => {
    const run = crimegraph(['eval', '--gold', '/work/shared/gold']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Person/);
    expect(run.stdout).toMatch(/F1/i);
  });

  it('eval --explain prints, per item, the rule behind each relation and a reason for each error, then the table', () => {
    const dir = tmp();
    mkdirSync(join(dir, 'texts'));
    mkdirSync(join(dir, 'gold'));
    writeFileSync(join(dir, 'texts', 'story.txt'), 'Chair named\n\nNPCC chair Sara Thornton welcomed the choice of the Police Federation.\n');
    writeFileSync(
      join(dir, 'gold', 'story.json'),
      JSON.stringify({
        doc: 'story.txt',
        items: [
          {
            item: '1',
            title: 'Chair named',
            entities: [
              { type: 'Person', name: 'Sara Thornton' },
              { type: 'Body', name: "National Police Chiefs' Council", aliases: ['NPCC'] },
              { type: 'Body', name: 'Police Federation' },
              { type: 'Body', name: 'Home Office' },
            ],
            relations: [
              { type: 'HOLDS_ROLE', source: 'Sara Thornton', target: 'chair' },
              { type: 'AFFILIATED_WITH', source: 'Sara Thornton', target: 'Home Office' },
            ],
          },
        ],
      }),
    );
    const run = crimegraph(['eval', join(dir, 'texts'), '--gold', join(dir, 'gold'), '--explain']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^== story\.txt item 1: Chair named$/m);
    expect(run.stdout).toMatch(/^ {2}ok {2}HOLDS_ROLE Sara Thornton -> chair {2}\[office-linker\]$/m);
    expect(run.stdout).toMatch(
      /^ {2}FP {2}AFFILIATED_WITH Sara Thornton -> NPCC \(chair\) {2}\[office-linker\] {2}— gold has AFFILIATED_WITH Sara Thornton -> Home Office$/m,
    );
    expect(run.stdout).toMatch(/^ {2}FN {2}Body {7}Home Office {2}— not found under any of its names$/m);
    expect(run.stdout).toMatch(/^relations +tp +fp +fn$/m);
    const json = JSON.parse(crimegraph(['eval', join(dir, 'texts'), '--gold', join(dir, 'gold'), '--explain', '--json']).stdout) as {
      explanation: { relations: { rule?: string }[] }[];
    };
    expect(json.explanation[0]!.relations.map((r) => r.rule)).toContain('office-linker');
    expect(crimegraph(['eval', '--help']).stdout).toMatch(/--explain/);
  });

  it('stats counts labels and relationship types, and lists the most mentioned entities', () => {
    const run = crimegraph(['stats', '--graph', built, '--format', 'json', '--top', '3']);
    expect(run.code).toBe(0);
    const stats = JSON.parse(run.stdout) as {
      documents: number;
      counts: { labels: Record<string, number>; types: Record<string, number> };
      mostMentioned: { mentionCount: number }[];
    };
    expect(stats.documents).toBe(5);
    expect(stats.counts.labels.Newsletter).toBe(5);
    expect(stats.counts.types.HAS_ITEM).toBe(stats.counts.labels.Item);
    expect(stats.mostMentioned).toHaveLength(3);
    expect(stats.mostMentioned[0]!.mentionCount).toBeGreaterThanOrEqual(stats.mostMentioned[2]!.mentionCount);
    expect(crimegraph(['stats', '--graph', built]).stdout).toMatch(/MENTIONED_IN/);
  });

  it('stats on a missing snapshot is one error line naming it, exit 1', () => {
    const run = crimegraph(['stats', '--graph', join(tmp(), 'nothing')]);
    expect(run.code).toBe(1);
    expect(run.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/nothing: no snapshot here/);
  });

  it.each([
    ['table', /\| n\s+\|[\s\S]*\| 5\s+\|[\s\S]*1 row/],
    ['json', /^\[\s*\{\s*"n": 5\s*\}\s*\]\s*$/],
    ['csv', /^n\n5\n$/],
  ])('query --format %s', (format, expected) => {
    const run = crimegraph(['query', '--graph', built, '--format', format, 'MATCH (n:Newsletter) RETURN count(n) AS n']);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(expected);
  });

  it('query --file takes // @param defaults, and --param overrides them', () => {
    const file = join(tmp(), 'q.cypher');
    writeFileSync(file, '// @param id "003_13024b2ea9e40c59"\nMATCH (n:Newsletter {id: $id})-[:HAS_ITEM]->(i) RETURN count(i) AS items\n');
    let run = crimegraph(['query', '--graph', built, '--format', 'csv', '--file', file]);
    expect(run.stdout).toBe('items\n9\n');
    run = crimegraph(['query', '--graph', built, '--format', 'csv', '--file', file, '--param', 'id=002_ee3d19f2939ad4a4']);
    expect(run.stdout).toBe('items\n14\n');
  });

  it('query --plan prints the plan on stdout without running the query; a query file starting with comments too', () => {
    const run = crimegraph(['query', '--graph', built, '--plan', '--file', 'queries/programme-leaders.cypher']);
    expect(run.code).toBe(0);
    expect(run.stdout.split('\n')[0]).toBe('MATCH');
    expect(run.stdout).toMatch(/^RETURN$/m);
    const explained = crimegraph(['query', '--graph', built, '--format', 'json', '// why\nEXPLAIN MATCH (n:Newsletter) RETURN n']);
    expect(JSON.parse(explained.stdout)).toMatchObject({ operator: 'RETURN', children: [{ operator: 'MATCH' }] });
  });

  it('a PROFILE query prints its rows on stdout and its plan with rows and db hits on stderr', () => {
    const run = crimegraph(['query', '--graph', built, '--format', 'csv', 'PROFILE MATCH (n:Newsletter) RETURN n.id AS id ORDER BY id']);
    expect(run.code).toBe(0);
    expect(run.stdout.trimEnd().split('\n')).toHaveLength(6);
    expect(run.stderr).toMatch(/^MATCH {2}\(rows 5, db hits \d+\)$/m);
    expect(run.stderr).toMatch(/^RETURN {2}\(rows 5, db hits \d+\)$/m);
  });

  it('a Cypher syntax error in a query file names the file, line and column, exit 1', () => {
    const file = join(tmp(), 'bad.cypher');
    writeFileSync(file, 'MATCH (n)\nRETURN n.name AS\n');
    const run = crimegraph(['query', '--graph', built, '--file', file]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(new RegExp(`^crimegraph: ${file.replace(/[.]/g, '\\.')}:\\d+:\\d+: `));
  });

  it('queries are read-only unless --write, which saves the snapshot', async () => {
    const dir = join(tmp(), 'w');
    cpSync(built, dir, { recursive: true });
    const write = "MATCH (n:Newsletter {id: '003_13024b2ea9e40c59'}) SET n.reviewed = true RETURN n.id AS id";
    let run = crimegraph(['query', '--graph', dir, write]);
    expect(run.code).toBe(1);
    expect(filesOf(dir)).toEqual(filesOf(built));
    run = crimegraph(['query', '--graph', dir, '--write', write]);
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^Set 1 property; saved snapshot /);
    const snapshot = await loadSnapshot(dir);
    expect(snapshot.graph.getNodeAttributes('003_13024b2ea9e40c59').properties.reviewed).toBe(true);
  });

  it('a read-only query opens the snapshot through graph.store, never reading graph.json; --write reads graph.json', () => {
    const dir = join(tmp(), 'c');
    cpSync(built, dir, { recursive: true });
    const query = 'MATCH (n:Newsletter)-[:HAS_ITEM]->(i:Item) RETURN n.id AS id, count(i) AS items ORDER BY id';
    const expected = crimegraph(['query', '--graph', dir, '--format', 'csv', query]);
    expect(expected.stdout.trim().split('\n')).toHaveLength(6);
    // graph.json blanked to the same size: the store still matches it, and is the only way in.
    writeFileSync(join(dir, 'graph.json'), ' '.repeat(statSync(join(dir, 'graph.json')).size));
    const run = crimegraph(['query', '--graph', dir, '--format', 'csv', query]);
    expect([run.code, run.stdout]).toEqual([0, expected.stdout]);
    const written = crimegraph(['query', '--graph', dir, '--write', 'MATCH (n:Newsletter) SET n.reviewed = true']);
    expect(written.code).toBe(1);
    expect(written.stderr).toMatch(/corrupt snapshot/);
  });
});
