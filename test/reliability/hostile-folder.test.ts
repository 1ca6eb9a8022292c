// One `crimegraph build` over a folder holding every awkward input at once, beyond the cases of
// test/cli/cli.test.ts: names that are not UTF-8, links that lead nowhere or in a circle, a FIFO,
// a directory named like a file, UTF-16, a lone BOM, unclosed HTML and names in many scripts.
// Each bad input is one line naming it, the good ones reach the graph, the exit code is 1.

import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadSnapshot } from '../../src/graph/index.js';
import { crimegraph, ensureBuilt, FIXTURES, type Run } from '../cli/built-cli.js';

const tmp = () => mkdtempSync(join(tmpdir(), 'cg-hostile-'));
const NAMES = 'The Home Office met Chief Constable Zoë Ångström-Ñúñez 😀 of Kent Police and the charity שלום Trust.';

let dir: string;
let out: string;
let run: Run;

beforeAll(() => {
  ensureBuilt();
  dir = tmp();
  cpSync(join(FIXTURES, '002_ee3d19f2939ad4a4.txt'), join(dir, 'good.txt'));
  // A name whose bytes are not UTF-8 (Latin-1 é): readable only by its bytes.
  writeFileSync(Buffer.from(join(dir, 'caf\xe9.txt'), 'latin1'), 'News\n\n1. Item\n\nThe Home Office.\n');
  symlinkSync('/nonexistent/target.txt', join(dir, 'dangling.txt'));
  symlinkSync('.', join(dir, 'loop'));
  mkdirSync(join(dir, 'folder.txt'));
  writeFileSync(join(dir, 'folder.txt', 'inside.txt'), 'Inside news\n\n1. Item\n\nThe College of Policing met.\n');
  execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
  writeFileSync(join(dir, 'bom-only.txt'), Buffer.from([0xef, 0xbb, 0xbf]));
  writeFileSync(join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('News\n\n1. Item\n\nThe Home Office.\n', 'utf16le')]));
  writeFileSync(join(dir, 'unclosed.html'), '<html><body><h2>1. A</h2><p>The Home Office met the <b>College of Policing');
  writeFileSync(join(dir, 'scripts.txt'), `News\n\n1. Names\n\n${NAMES}\n`);
  out = join(tmp(), 'out');
  // The FIFO, named on the command line, must be refused rather than waited on for ever.
  run = crimegraph(['build', dir, join(dir, 'pipe.txt'), '/dev/zero', '--out', out]);
}, 300_000);

describe('a build over a folder of hostile inputs', () => {
  it('exits 1 and prints one line for each bad input, then the summary, and nothing else', () => {
    expect(run.code).toBe(1);
    expect(run.stdout).toBe('');
    const all = run.stderr.trimEnd().split('\n');
    expect(all.at(-1)).toMatch(/^Built .*: 5 newsletters, /);
    const lines = all.slice(0, -1);
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^error: .*caf.\.txt: the file name is not valid UTF-8/),
        expect.stringMatching(/^error: .*dangling\.txt: no such file/),
        expect.stringMatching(/^error: .*pipe\.txt: not a regular file/),
        expect.stringMatching(/^error: \/dev\/zero: not a regular file/),
        expect.stringMatching(/^error: .*bom-only\.txt: /),
      ]),
    );
    expect(lines).toHaveLength(5);
  });

  it('puts the good inputs in the graph, the folder named like a file walked, the circular link not followed', async () => {
    const snapshot = await loadSnapshot(out);
    expect(snapshot.manifest.documents.map((d) => d.id).sort()).toEqual(['good', 'inside', 'scripts', 'unclosed', 'utf16']);
  });

  it('keeps names in other scripts, with emoji and combining marks, as written', async () => {
    const snapshot = await loadSnapshot(out);
    const item = snapshot.graph.getNodeAttributes('scripts#1').properties;
    expect(item.text).toBe(NAMES);
    const query = crimegraph(['query', '--graph', out, '--format', 'json', "MATCH (i:Item {id: 'scripts#1'}) RETURN i.text AS text"]);
    expect(query.code).toBe(0);
    expect(JSON.parse(query.stdout)).toEqual([{ text: NAMES }]);
  });
});
