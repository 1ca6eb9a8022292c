// `npm run cypher:diff -- --cases 10000 --seed 1`: random queries over random graphs on the
// embedded engine and on a real Neo4j 5.26 (test/differential/), rows compared exactly. Prints a
// summary (agree, both fail, differ by kind, how many of those the allow-list explains) and
// writes each difference, shrunk, as a reproducer file.
//
// options: --cases N (1000) --seed N (1) --first K (start at case K) --out DIR (out/cypher-diff)
//          --uri bolt://… (else a server is started on $NEO4J_PORT or a free port, and stopped)
//          --minimise N (shrink at most N differences, 50)
//          --record FILE (keep Neo4j's outcomes) / --replay FILE (use them: no server, no shrinking)

import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, stopServer } from './neo4j-server.mjs';
import { freePort } from '../test/neo4j/helpers/free-port.js';
import { knownDifference } from '../test/differential/allow-list.js';
import { decodeOutcomes, encodeOutcome } from '../test/differential/recorded.js';
import { type CaseResult, makeCases, minimise, type Neo4jAnswers, Neo4jSide, RecordedNeo4j, reproducerText, runCases } from '../test/differential/run-cases.js';

const ROOT = join(import.meta.dirname, '..');
const { values } = parseArgs({
  options: {
    cases: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    first: { type: 'string', default: '0' },
    out: { type: 'string', default: join(ROOT, 'out', 'cypher-diff') },
    uri: { type: 'string' },
    minimise: { type: 'string', default: '50' },
    record: { type: 'string' },
    replay: { type: 'string' },
  },
});
const count = Number(values.cases);
const seed = Number(values.seed);
const first = Number(values.first);
const tty = process.stderr.isTTY;

let uri = values.uri ?? process.env.NEO4J_URI;
let port: number | null = null;
if (!uri && !values.replay) {
  port = process.env.NEO4J_PORT ? Number(process.env.NEO4J_PORT) : await freePort();
  process.stderr.write(`cypher-diff: starting Neo4j on port ${port}\n`);
  uri = (await startServer({ port, ownerPid: process.pid })).uri;
}
const started = Date.now();
const live = values.replay ? null : await Neo4jSide.open(uri!);
// The recording's first line is Neo4j's label-token order.
const replayed = values.replay ? readFileSync(values.replay, 'utf8') : '';
const side: Neo4jAnswers =
  live ?? new RecordedNeo4j(decodeOutcomes(replayed.slice(replayed.indexOf('\n') + 1)), JSON.parse(replayed.slice(0, replayed.indexOf('\n'))) as string[]);
try {
  const cases = makeCases(seed, count, first);
  const results = await runCases(cases, side, (done) => {
    if (tty) process.stderr.write(`\rcypher-diff: ${done}/${count} cases`);
  });
  if (tty) process.stderr.write('\n');
  const runMs = Date.now() - started;
  if (values.record)
    writeFileSync(values.record, [JSON.stringify(side.labelOrder), ...results.map((r) => encodeOutcome(r.case.index, r.neo4j)), ''].join('\n'));
  const differing = results.filter((r) => !r.verdict.agree);
  const byKind = new Map<string, CaseResult[]>();
  for (const r of differing) byKind.set(r.verdict.kind!, [...(byKind.get(r.verdict.kind!) ?? []), r]);
  const allowed = differing.filter((r) => knownDifference(r.verdict.kind!, r.case.query.text, r.embedded, r.neo4j));
  rmSync(values.out, { recursive: true, force: true });
  mkdirSync(values.out, { recursive: true });
  let shrunk = 0;
  for (const r of differing) {
    const known = knownDifference(r.verdict.kind!, r.case.query.text, r.embedded, r.neo4j);
    const name = `${String(r.case.index).padStart(5, '0')}-${r.verdict.kind}${known ? `-known-${known.id}` : ''}.cypher`;
    if (live && shrunk < Number(values.minimise) && !known) {
      shrunk++;
      if (tty) process.stderr.write(`\rcypher-diff: shrinking difference ${shrunk}`);
      writeFileSync(join(values.out, name), reproducerText(await minimise(r, live), seed, r.case.index));
    } else {
      writeFileSync(
        join(values.out, name),
        reproducerText(
          { kind: r.verdict.kind!, graph: r.case.graph, query: r.case.query.text, rule: r.case.query.comparison, embedded: r.embedded, neo4j: r.neo4j },
          seed,
          r.case.index,
        ),
      );
    }
  }
  if (tty && shrunk) process.stderr.write('\n');
  const bothFail = results.filter((r) => r.verdict.bothFail).length;
  const lines = [
    `cypher-diff: seed ${seed}, cases ${first}..${first + count - 1}: ${results.length - differing.length} agree (${bothFail} of them both fail), ${differing.length} differ (${allowed.length} known), ${(runMs / 1000).toFixed(1)} s`,
    ...[...byKind].sort((a, b) => b[1].length - a[1].length).map(([kind, rs]) => `  ${kind}: ${rs.length}`),
    differing.length ? `reproducers in ${values.out}` : '',
  ];
  process.stdout.write(`${lines.filter(Boolean).join('\n')}\n`);
  process.exitCode = differing.length > allowed.length ? 1 : 0;
} finally {
  await live?.close();
  if (port !== null) await stopServer({ port });
}
