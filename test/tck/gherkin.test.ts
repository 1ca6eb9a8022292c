// The Gherkin reader: structure, outline expansion and escapes on small texts, and the
// scenario counts of real TCK feature files (each outline example row is one scenario).

import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseFeature, splitTableRow, GherkinSyntaxError } from './lib/gherkin.js';
import { loadScenarios } from './lib/discover.js';
import { matchStep } from './lib/run-scenario.js';

const TCK = resolve(process.env.TCK_DIR ?? join(import.meta.dirname, '../../../shared/tck'));

const OUTLINE = `# a comment
@feature-tag
Feature: Outlines

  Background:
    Given an empty graph

  @first
  Scenario Outline: [1] Add <a> and <b>
    When executing query:
      """
      RETURN <a> + <b> AS sum
        // indented line keeps its two extra spaces
      """
    Then the result should be, in any order:
      | sum      |
      | <result> |

    Examples:
      | a | b | result |
      | 1 | 2 | 3      |
      | 2 | 2 | 4      |

    @more
    Examples:
      | a   | b   | result |
      | 1.5 | 1.5 | 3.0    |

  Scenario: [2] Plain
    Then the result should be empty
`;

describe('parseFeature', () => {
  const feature = parseFeature(OUTLINE);

  it('expands each Examples row of an outline into one scenario, plus the plain scenario', () => {
    expect(feature.scenarios.map((s) => s.name)).toEqual(['[1] Add 1 and 2', '[1] Add 2 and 2', '[1] Add 1.5 and 1.5', '[2] Plain']);
    expect(feature.scenarios.map((s) => s.exampleIndex)).toEqual([1, 2, 3, undefined]);
  });

  it('substitutes placeholders in doc strings and tables and strips the doc string indentation', () => {
    const [first] = feature.scenarios;
    expect(first!.steps[1]!.argument).toEqual({
      kind: 'docString',
      content: 'RETURN 1 + 2 AS sum\n  // indented line keeps its two extra spaces',
    });
    expect(first!.steps[2]!.argument).toEqual({ kind: 'dataTable', rows: [['sum'], ['3']] });
  });

  it('puts the background steps first in every scenario', () => {
    expect(feature.scenarios.every((s) => s.steps[0]!.text === 'an empty graph')).toBe(true);
  });

  it('collects feature, scenario and examples tags', () => {
    expect(feature.scenarios[0]!.tags).toEqual(['@feature-tag', '@first']);
    expect(feature.scenarios[2]!.tags).toEqual(['@feature-tag', '@first', '@more']);
    expect(feature.scenarios[3]!.tags).toEqual(['@feature-tag']);
  });

  it('rejects a table row that belongs to nothing, naming its line', () => {
    expect(() => parseFeature('Feature: F\n  | a |\n')).toThrow(GherkinSyntaxError);
    expect(() => parseFeature('Feature: F\n  | a |\n')).toThrow(expect.objectContaining({ code: 'E_TCK_GHERKIN', line: 2 }));
  });

  it('rejects an unclosed doc string', () => {
    expect(() => parseFeature('Feature: F\n  Scenario: S\n    When executing query:\n      """\n      RETURN 1\n')).toThrow(/not closed/);
  });
});

describe('splitTableRow', () => {
  it.each([
    ['| a | b |', ['a', 'b']],
    ["| 'x\\|y' | 1 |", ["'x|y'", '1']],
    ["| '\\\\\\\\' |", ["'\\\\'"]],
    ["| '\\nFoo\\n' |", ["'\nFoo\n'"]],
    ["| '\\'' |", ["'\\''"]],
    ['|  |', ['']],
  ])('reads %s', (row, cells) => {
    expect(splitTableRow(row)).toEqual(cells);
  });
});

describe('loadScenarios', () => {
  it('reports an unreadable feature file and still loads the others', () => {
    const dir = mkdtempSync(join(tmpdir(), 'tck-load-'));
    mkdirSync(join(dir, 'a'));
    writeFileSync(join(dir, 'a', 'Good.feature'), 'Feature: G\n  Scenario: S\n    Given any graph\n');
    writeFileSync(join(dir, 'a', 'Bad.feature'), 'Feature: B\n  Scenario: S\n    When executing query:\n      """\n      RETURN 1\n');
    const broken: { feature: string; message: string }[] = [];
    const jobs = loadScenarios(dir, undefined, broken);
    expect(jobs.map((j) => `${j.feature} ${j.scenario.name}`)).toEqual(['a/Good.feature S']);
    expect(broken.map((b) => b.feature)).toEqual(['a/Bad.feature']);
  });
});

describe.skipIf(!existsSync(TCK))('the TCK feature files', () => {
  it.each([
    ['features/clauses/match/Match5.feature', 29],
    ['features/clauses/call/Call5.feature', 19],
    ['features/expressions/graph/Graph5.feature', 9],
    ['features/expressions/literals/Literals6.feature', 13],
    ['features/expressions/temporal/Temporal1.feature', 207],
  ])('%s has %i scenarios', (file, count) => {
    expect(parseFeature(readFileSync(join(TCK, file), 'utf8')).scenarios).toHaveLength(count);
  });

  it('uses only steps the runner knows', () => {
    const unknown = loadScenarios(TCK).flatMap(({ feature, scenario }) =>
      scenario.steps.filter((s) => !matchStep(s.text)).map((s) => `${feature}:${s.line} ${s.text}`),
    );
    expect(unknown).toEqual([]);
  });

  it('holds 3,454 scenarios, 1,004 of them temporal', () => {
    const jobs = loadScenarios(TCK);
    expect(jobs).toHaveLength(3454);
    expect(jobs.filter((j) => j.feature.includes('/temporal/'))).toHaveLength(1004);
  });
});
