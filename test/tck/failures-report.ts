// Writes the Markdown note of TCK failures grouped by cause, biggest first, from the files runs
// wrote: `tsx test/tck/failures-report.ts --run "TITLE|S.json|F.json" [--run ...] --out NOTE.md`.

import { parseArgs } from 'node:util';
import { readFileSync, writeFileSync } from 'node:fs';
import { groupFailures } from './lib/group-failures.js';
import type { FailureRecord, Summary } from './lib/report.js';

const { values } = parseArgs({
  options: {
    run: { type: 'string', multiple: true },
    out: { type: 'string' },
    title: { type: 'string', default: 'TCK results of the embedded engine, failures by cause' },
    groups: { type: 'string', default: '40' },
    note: { type: 'string', multiple: true },
  },
});
if (!values.run?.length || !values.out) {
  console.error('usage: tsx test/tck/failures-report.ts --run "TITLE|summary.json|failures.json" [--run ...] [--note TEXT] --out NOTE.md');
  process.exit(2);
}

// 2449 of 2450 is 99.96%, not "100.0%".
const pct = (a: number, b: number): string => (b ? `${((100 * a) / b).toFixed(a < b && (100 * a) / b >= 99.95 ? 2 : 1)}%` : '-');
const out: string[] = [`# ${values.title}`, ''];
out.push(`Written ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC by test/tck/failures-report.ts from runs of test/tck/run.ts:`, '');
out.push('```', 'npx tsx test/tck/run.ts --json /tmp/tck.json --failures /tmp/tck-failures.json');
out.push(`npx tsx test/tck/failures-report.ts --run "embedded|/tmp/tck.json|/tmp/tck-failures.json" --out ${values.out}`, '```', '');
for (const note of values.note ?? []) out.push(note, '');

for (const [i, spec] of values.run.entries()) {
  const [title, summaryFile, failuresFile] = spec.split('|');
  if (!title || !summaryFile || !failuresFile) throw new Error(`--run needs "TITLE|summary.json|failures.json", got ${spec}`);
  section(title, JSON.parse(readFileSync(summaryFile, 'utf8')) as Summary, JSON.parse(readFileSync(failuresFile, 'utf8')) as FailureRecord[], i === 0);
}
writeFileSync(values.out, `${out.join('\n')}\n`);
console.log(`${values.run.length} runs -> ${values.out}`);

function section(title: string, summary: Summary, failures: FailureRecord[], main: boolean): void {
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
  out.push(`## ${title}`, '');
  out.push(`**${summary.passed} / ${summary.total} passed (${pct(summary.passed, summary.total)})**, ${summary.failed} failed, ${summary.skipped} skipped.`);
  out.push(
    `Non-temporal ${split.other.passed} / ${split.other.total} (${pct(split.other.passed, split.other.total)}; target 95%), temporal ${split.temporal.passed} / ${split.temporal.total} (${pct(split.temporal.passed, split.temporal.total)}; target 70%).`,
    '',
  );
  out.push('| directory | passed | total | rate |', '| --- | ---: | ---: | ---: |');
  for (const dir of [...byDir.keys()].sort()) {
    const d = byDir.get(dir)!;
    out.push(`| ${dir} | ${d.passed} | ${d.total} | ${pct(d.passed, d.total)} |`);
  }
  const groups = groupFailures(failures);
  const limit = main ? Number(values.groups) : Math.min(15, Number(values.groups));
  out.push('', `### Failures by cause (${failures.length} failures, ${groups.length} causes)`, '');
  if (groups.length === 0) out.push('None.', '');
  for (const g of groups.slice(0, limit)) {
    const e = g.example;
    out.push(`#### ${g.count} × ${g.cause.replaceAll('|', '\\|')}`, '');
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
  if (groups.length > limit) {
    const rest = groups.slice(limit);
    out.push(`… and ${rest.length} smaller causes (${rest.reduce((n, g) => n + g.count, 0)} scenarios).`, '');
  }
}

function clip(text: string): string {
  const lines = text.split('\n');
  return lines.length > 12 ? [...lines.slice(0, 12), `  … ${lines.length - 12} more lines`].join('\n') : text;
}
