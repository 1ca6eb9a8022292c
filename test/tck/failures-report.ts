// Writes the Markdown note of TCK failures grouped by cause, biggest first, from the files a
// run wrote: `tsx test/tck/failures-report.ts --summary S.json --failures F.json --out NOTE.md`.

import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { groupFailures } from './lib/group-failures.js';
import type { FailureRecord, Summary } from './lib/report.js';

const { values } = parseArgs({
  options: {
    summary: { type: 'string' },
    failures: { type: 'string' },
    out: { type: 'string' },
    title: { type: 'string', default: 'TCK failures of the embedded engine' },
    groups: { type: 'string', default: '60' },
  },
});
if (!values.summary || !values.failures || !values.out) {
  console.error('usage: tsx test/tck/failures-report.ts --summary S.json --failures F.json --out NOTE.md');
  process.exit(2);
}

const summary = JSON.parse(readFileSync(values.summary, 'utf8')) as Summary;
const failures = JSON.parse(readFileSync(values.failures, 'utf8')) as FailureRecord[];
const groups = groupFailures(failures);

const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(1)}%` : '-');
const byDir = new Map<string, { total: number; passed: number }>();
const split = { temporal: { total: 0, passed: 0 }, other: { total: 0, passed: 0 } };
for (const [feature, t] of Object.entries(summary.features)) {
  const dir = feature.split('/').slice(0, -1).join('/');
  const d = byDir.get(dir) ?? { total: 0, passed: 0 };
  d.total += t.total;
  d.passed += t.passed;
  byDir.set(dir, d);
  const s = feature.includes('/temporal/') ? split.temporal : split.other;
  s.total += t.total;
  s.passed += t.passed;
}

const out: string[] = [];
out.push(`# ${values.title}`, '');
out.push(`Run of ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC. Regenerate with:`, '');
out.push('```', 'npx tsx test/tck/run.ts --json /tmp/tck.json --failures /tmp/tck-failures.json', `npx tsx test/tck/failures-report.ts --summary /tmp/tck.json --failures /tmp/tck-failures.json --out ${values.out}`, '```', '');
out.push(`**${summary.passed} / ${summary.total} passed (${pct(summary.passed, summary.total)})**, ${summary.failed} failed, ${summary.skipped} skipped.`);
out.push(`Non-temporal ${split.other.passed} / ${split.other.total} (${pct(split.other.passed, split.other.total)}, target 95%); temporal ${split.temporal.passed} / ${split.temporal.total} (${pct(split.temporal.passed, split.temporal.total)}, target 70%).`, '');
out.push('| directory | passed | total | rate |', '| --- | ---: | ---: | ---: |');
for (const dir of [...byDir.keys()].sort()) {
  const d = byDir.get(dir)!;
  out.push(`| ${dir} | ${d.passed} | ${d.total} | ${pct(d.passed, d.total)} |`);
}
out.push('', `## Failures by cause (${groups.length} causes)`, '');
for (const g of groups.slice(0, Number(values.groups))) {
  const e = g.example;
  out.push(`### ${g.count} × ${g.cause.replaceAll('|', '\\|')}`, '');
  for (const v of g.variants.slice(0, 3)) out.push(`- ${v.count} × ${v.message}`);
  out.push('', `Example: \`${e.feature}:${e.line}\` ${e.scenario}`, '');
  if (e.query) out.push('```cypher', e.query.length > 600 ? `${e.query.slice(0, 600)}…` : e.query, '```');
  if (e.expected || e.actual) {
    out.push('```');
    if (e.expected) out.push(`expected:\n${clip(e.expected)}`);
    if (e.actual) out.push(`actual:\n${clip(e.actual)}`);
    out.push('```');
  }
  out.push('');
}
if (groups.length > Number(values.groups)) {
  const rest = groups.slice(Number(values.groups));
  out.push(`… and ${rest.length} smaller causes (${rest.reduce((n, g) => n + g.count, 0)} scenarios).`, '');
}
writeFileSync(values.out, `${out.join('\n')}\n`);
console.log(`${groups.length} causes, ${failures.length} failures -> ${values.out}`);

function clip(text: string): string {
  const lines = text.split('\n');
  return lines.length > 12 ? [...lines.slice(0, 12), `  … ${lines.length - 12} more lines`].join('\n') : text;
}
