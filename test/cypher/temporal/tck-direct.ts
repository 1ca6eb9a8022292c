// Runs the TCK's temporal scenarios against the temporal module alone, through the small
// interpreter in mini-cypher.ts, comparing results the way the TCK runner does.
// As a script (`npx tsx test/cypher/temporal/tck-direct.ts`) it prints the pass rate per feature.

import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { canonicalActual, canonicalExpected } from '../../tck/lib/canonical.js';
import { parseExpected } from '../../tck/lib/expected-value.js';
import { parseFeature, type Scenario } from '../../tck/lib/gherkin.js';
import { MiniGraph, type MiniResult } from './mini-cypher.js';

export const TEMPORAL_DIR = join(process.env.TCK_DIR ?? join(import.meta.dirname, '../../../../shared/tck'), 'features/expressions/temporal');

export interface TemporalCase {
  feature: string;
  name: string;
  scenario: Scenario;
}

/** Every temporal scenario, outlines expanded, named `Temporal1 [1] … #row`. */
export function temporalCases(): TemporalCase[] {
  const cases: TemporalCase[] = [];
  for (const file of readdirSync(TEMPORAL_DIR)
    .filter((f) => f.endsWith('.feature'))
    .sort()) {
    const feature = parseFeature(readFileSync(join(TEMPORAL_DIR, file), 'utf8'));
    for (const scenario of feature.scenarios) {
      const name = `${file.replace('.feature', '')} ${scenario.name}${scenario.exampleIndex ? ` #${scenario.exampleIndex}` : ''}`;
      cases.push({ feature: file, name, scenario });
    }
  }
  return cases;
}

function compareTable(result: MiniResult, table: string[][], ordered: boolean): string | undefined {
  const [header, ...rows] = table;
  if (!header) return 'no header';
  if (result.rows.length !== rows.length) return `expected ${rows.length} rows, got ${result.rows.length}`;
  const actual = result.rows.map((r) =>
    header
      .map((col) => {
        const i = result.columns.indexOf(col);
        return i < 0 ? `<missing ${col}>` : canonicalActual(r[i]);
      })
      .join(' | '),
  );
  const expected = rows.map((r) => r.map((cell) => canonicalExpected(parseExpected(cell))).join(' | '));
  if (!ordered) {
    actual.sort();
    expected.sort();
  }
  for (let i = 0; i < expected.length; i++) {
    if (actual[i] !== expected[i]) return `expected ${expected[i]}, got ${actual[i]}`;
  }
  return undefined;
}

/** Run one scenario; the failure reason, or undefined when it passes. */
export function runCase(c: TemporalCase): string | undefined {
  let graph = new MiniGraph();
  let result: MiniResult | undefined;
  let error: unknown;
  for (const step of c.scenario.steps) {
    const text = step.text;
    const doc = step.argument?.kind === 'docString' ? step.argument.content : undefined;
    const table = step.argument?.kind === 'dataTable' ? step.argument.rows : undefined;
    if (/^(any graph|an empty graph)$/.test(text)) graph = new MiniGraph();
    else if (/^having executed:?$/.test(text)) {
      try {
        graph.run(doc!);
      } catch (e) {
        return `setup error: ${e instanceof Error ? e.message : String(e)}`;
      }
    } else if (/^executing (control )?query:?$/.test(text)) {
      try {
        result = graph.run(doc!);
        error = undefined;
      } catch (e) {
        error = e;
        result = undefined;
      }
    } else if (/^the result should be, (in any order|in order)/.test(text)) {
      if (error) return `error: ${error instanceof Error ? error.message : String(error)}`;
      const reason = compareTable(result!, table!, text.includes('in order'));
      if (reason) return reason;
    } else if (/^the result should be empty$/.test(text)) {
      if (error) return `error: ${error instanceof Error ? error.message : String(error)}`;
      if (result!.rows.length !== 0) return 'expected no rows';
    } else if (/side effects/.test(text)) {
      // Side effects are the engine's concern, not the temporal module's.
    } else {
      return `unsupported step: ${text}`;
    }
  }
  return undefined;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const perFeature = new Map<string, { total: number; passed: number }>();
  const failures: string[] = [];
  for (const c of temporalCases()) {
    const reason = runCase(c);
    const f = perFeature.get(c.feature) ?? { total: 0, passed: 0 };
    f.total++;
    if (reason === undefined) f.passed++;
    else failures.push(`${c.name}: ${reason}`);
    perFeature.set(c.feature, f);
  }
  let total = 0;
  let passed = 0;
  for (const [feature, f] of perFeature) {
    total += f.total;
    passed += f.passed;
    console.log(`${feature.padEnd(20)} ${f.passed}/${f.total}`);
  }
  console.log(`total ${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`);
  if (process.argv.includes('--failures')) for (const f of failures) console.log(f);
}
