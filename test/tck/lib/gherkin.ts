// Parses the Gherkin feature files of the openCypher TCK into plain scenarios.
// Scenario outlines are expanded here, one scenario per Examples row, as the TCK counts them.

import { CrimegraphError } from '../../../src/errors.js';

/** A step argument: a doc string (`"""` block) or a data table (rows of cells). */
export type StepArgument = { kind: 'docString'; content: string } | { kind: 'dataTable'; rows: string[][] };

export interface Step {
  /** Given / When / Then / And / But / * as written. */
  keyword: string;
  /** The step text after the keyword, placeholders already substituted. */
  text: string;
  argument?: StepArgument;
  line: number;
}

/** One runnable scenario: background steps first, then its own; outlines already expanded. */
export interface Scenario {
  name: string;
  /** Feature, scenario and examples tags, with the `@`. */
  tags: string[];
  steps: Step[];
  /** 1-based line of the `Scenario` keyword. */
  line: number;
  /** For an expanded outline: 1-based position of its row across all Examples blocks. */
  exampleIndex?: number;
  /** For an expanded outline: the line of its Examples row. */
  exampleLine?: number;
}

export interface Feature {
  name: string;
  tags: string[];
  scenarios: Scenario[];
}

/** A feature file that does not follow the Gherkin structure. */
export class GherkinSyntaxError extends CrimegraphError {
  override name = 'GherkinSyntaxError';
  constructor(
    message: string,
    readonly line: number,
  ) {
    super('E_TCK_GHERKIN', `line ${line}: ${message}`, { position: { line } });
  }
}

interface RawExamples {
  tags: string[];
  header?: string[];
  rows: { cells: string[]; line: number }[];
  line: number;
}

interface RawScenario {
  name: string;
  tags: string[];
  outline: boolean;
  steps: Step[];
  examples: RawExamples[];
  line: number;
}

const STEP_KEYWORD = /^(Given|When|Then|And|But|\*)\s+(.*)$/;
const SECTION = /^(Feature|Background|Scenario Outline|Scenario Template|Scenario|Example|Examples|Scenarios|Rule):\s*(.*)$/;

/**
 * Parse the text of one `.feature` file.
 *
 * @example
 * parseFeature('Feature: F\n  Scenario: S\n    Given an empty graph\n').scenarios[0].name // 'S'
 */
export function parseFeature(source: string): Feature {
  const lines = source.split(/\r?\n/);
  let feature: Feature | undefined;
  let background: Step[] = [];
  const raw: RawScenario[] = [];
  let pendingTags: string[] = [];
  // Where steps, tables and doc strings currently go.
  let section: 'none' | 'feature' | 'background' | 'scenario' | 'examples' = 'none';
  let lastStep: Step | undefined;

  for (let i = 0; i < lines.length; i++) {
    const lineNo = i + 1;
    const text = lines[i]!;
    const trimmed = text.trim();
    if (trimmed === '' || trimmed.startsWith('#')) continue;

    if (trimmed.startsWith('"""') || trimmed.startsWith('```')) {
      if (!lastStep || (section !== 'background' && section !== 'scenario')) {
        throw new GherkinSyntaxError('doc string without a step', lineNo);
      }
      const end = readDocString(lines, i);
      attachArgument(lastStep, { kind: 'docString', content: end.content }, lineNo);
      i = end.lastLine;
      continue;
    }

    if (trimmed.startsWith('|')) {
      const cells = splitTableRow(trimmed, lineNo);
      if (section === 'examples') {
        const examples = raw.at(-1)!.examples.at(-1)!;
        if (!examples.header) examples.header = cells;
        else examples.rows.push({ cells, line: lineNo });
      } else if (lastStep && (section === 'background' || section === 'scenario')) {
        const arg = lastStep.argument;
        if (arg && arg.kind === 'dataTable') arg.rows.push(cells);
        else attachArgument(lastStep, { kind: 'dataTable', rows: [cells] }, lineNo);
      } else {
        throw new GherkinSyntaxError('table row outside a step or Examples block', lineNo);
      }
      continue;
    }

    if (trimmed.startsWith('@')) {
      pendingTags.push(...trimmed.split(/\s+/).filter((t) => t.startsWith('@')));
      continue;
    }

    const sectionMatch = SECTION.exec(trimmed);
    if (sectionMatch) {
      const [, keyword, name] = sectionMatch as unknown as [string, string, string];
      lastStep = undefined;
      switch (keyword) {
        case 'Feature':
          feature = { name: name.trim(), tags: pendingTags, scenarios: [] };
          section = 'feature';
          break;
        case 'Background':
          section = 'background';
          break;
        case 'Rule':
          // Rules only group scenarios; the TCK counts the scenarios inside them.
          section = 'feature';
          break;
        case 'Examples':
        case 'Scenarios': {
          const owner = raw.at(-1);
          if (!owner || !owner.outline) throw new GherkinSyntaxError('Examples outside a Scenario Outline', lineNo);
          owner.examples.push({ tags: pendingTags, rows: [], line: lineNo });
          section = 'examples';
          break;
        }
        default:
          raw.push({
            name: name.trim(),
            tags: pendingTags,
            outline: keyword === 'Scenario Outline' || keyword === 'Scenario Template',
            steps: [],
            examples: [],
            line: lineNo,
          });
          section = 'scenario';
      }
      pendingTags = [];
      continue;
    }

    const stepMatch = STEP_KEYWORD.exec(trimmed);
    if (stepMatch && (section === 'background' || section === 'scenario')) {
      const step: Step = { keyword: stepMatch[1]!, text: stepMatch[2]!.trim(), line: lineNo };
      if (section === 'background') background.push(step);
      else raw.at(-1)!.steps.push(step);
      lastStep = step;
      continue;
    }

    // Free text: the description of a feature, scenario or examples block.
    if (section === 'feature' || section === 'none' || lastStep === undefined) continue;
    throw new GherkinSyntaxError(`unexpected line "${trimmed}"`, lineNo);
  }

  if (!feature) throw new GherkinSyntaxError('no Feature: line', 1);
  for (const scenario of raw) feature.scenarios.push(...expand(scenario, feature.tags, background));
  background = [];
  return feature;
}

function attachArgument(step: Step, argument: StepArgument, line: number): void {
  if (step.argument) throw new GherkinSyntaxError('a step takes one argument only', line);
  step.argument = argument;
}

/**
 * Read a doc string opening at `start`: the indentation of the opening delimiter is removed
 * from each content line, as Gherkin does.
 */
function readDocString(lines: string[], start: number): { content: string; lastLine: number } {
  const opening = lines[start]!;
  const indent = opening.length - opening.trimStart().length;
  const delimiter = opening.trimStart().slice(0, 3);
  const content: string[] = [];
  for (let i = start + 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.trim() === delimiter) return { content: content.join('\n'), lastLine: i };
    const lead = line.length - line.trimStart().length;
    const unindented = line.slice(Math.min(lead, indent));
    content.push(delimiter === '"""' ? unindented.replaceAll('\\"\\"\\"', '"""') : unindented);
  }
  throw new GherkinSyntaxError('doc string is not closed', start + 1);
}

/** Split `| a | b\|c |` into trimmed, unescaped cells (`\|` -> `|`, `\\` -> `\`, `\n` -> newline). */
export function splitTableRow(row: string, line = 0): string[] {
  if (!row.endsWith('|')) throw new GherkinSyntaxError('table row does not end with |', line);
  const cells: string[] = [];
  let cell = '';
  for (let i = 1; i < row.length; i++) {
    const ch = row[i]!;
    if (ch === '\\' && i + 1 < row.length) {
      const next = row[i + 1]!;
      if (next === '|' || next === '\\') {
        cell += next;
        i++;
        continue;
      }
      if (next === 'n') {
        cell += '\n';
        i++;
        continue;
      }
      cell += ch;
      continue;
    }
    if (ch === '|') {
      cells.push(cell.trim());
      cell = '';
      continue;
    }
    cell += ch;
  }
  return cells;
}

/** A plain scenario as it is; an outline once per Examples row, `<name>` replaced by the row's value. */
function expand(scenario: RawScenario, featureTags: string[], background: Step[]): Scenario[] {
  const steps = [...background.map(cloneStep), ...scenario.steps.map(cloneStep)];
  if (!scenario.outline) {
    return [{ name: scenario.name, tags: [...featureTags, ...scenario.tags], steps, line: scenario.line }];
  }
  const out: Scenario[] = [];
  let index = 0;
  for (const examples of scenario.examples) {
    const header = examples.header ?? [];
    for (const row of examples.rows) {
      index++;
      const values = new Map(header.map((h, k) => [h, row.cells[k] ?? '']));
      const fill = (s: string): string => s.replace(/<([^<>\n]+)>/g, (all, key: string) => values.get(key) ?? all);
      out.push({
        name: fill(scenario.name),
        tags: [...featureTags, ...scenario.tags, ...examples.tags],
        steps: steps.map((step) => substitute(step, fill)),
        line: scenario.line,
        exampleIndex: index,
        exampleLine: row.line,
      });
    }
  }
  return out;
}

function cloneStep(step: Step): Step {
  const copy: Step = { keyword: step.keyword, text: step.text, line: step.line };
  if (step.argument) {
    copy.argument =
      step.argument.kind === 'docString'
        ? { kind: 'docString', content: step.argument.content }
        : { kind: 'dataTable', rows: step.argument.rows.map((r) => [...r]) };
  }
  return copy;
}

function substitute(step: Step, fill: (s: string) => string): Step {
  const copy: Step = { keyword: step.keyword, text: fill(step.text), line: step.line };
  if (step.argument) {
    copy.argument =
      step.argument.kind === 'docString'
        ? { kind: 'docString', content: fill(step.argument.content) }
        : { kind: 'dataTable', rows: step.argument.rows.map((r) => r.map(fill)) };
  }
  return copy;
}
