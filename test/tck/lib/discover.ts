// Finds the feature files under a TCK folder and turns them into the list of scenarios to run,
// each named by its feature path relative to that folder.

import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import { join, relative, dirname, sep } from 'node:path';
import { parseFeature, type Scenario } from './gherkin.js';

export interface ScenarioJob {
  /** Feature path relative to the TCK folder, `/`-separated. */
  feature: string;
  featureName: string;
  scenario: Scenario;
  /** In a `temporal` folder (judged on the full path, so a DIR inside the TCK still counts). */
  temporal?: boolean;
}

/** Whether a job belongs to the temporal part the targets single out. */
export function isTemporal(job: ScenarioJob): boolean {
  return job.temporal ?? job.feature.split('/').includes('temporal');
}

/** Every `.feature` file under `dir`, sorted so runs are reproducible. */
export function findFeatureFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const entry of readdirSync(d).sort()) {
      const path = join(d, entry);
      if (statSync(path).isDirectory()) walk(path);
      else if (entry.endsWith('.feature')) out.push(path);
    }
  };
  walk(dir);
  return out;
}

/** A feature file that could not be parsed: reported as one failed scenario, the run goes on. */
export interface BrokenFeature {
  feature: string;
  message: string;
}

/** Parse every feature under `dir`; `filter` keeps scenarios whose "feature path + name" contains it. */
export function loadScenarios(dir: string, filter?: string, broken: BrokenFeature[] = []): ScenarioJob[] {
  const jobs: ScenarioJob[] = [];
  for (const file of findFeatureFiles(dir)) {
    const path = relative(dir, file).split(sep).join('/');
    let feature;
    try {
      feature = parseFeature(readFileSync(file, 'utf8'));
    } catch (e) {
      if (!filter || path.includes(filter)) broken.push({ feature: path, message: e instanceof Error ? e.message : String(e) });
      continue;
    }
    for (const scenario of feature.scenarios) {
      if (filter && !`${path} ${scenario.name}`.includes(filter)) continue;
      jobs.push({ feature: path, featureName: feature.name, scenario, temporal: file.split(sep).includes('temporal') });
    }
  }
  return jobs;
}

/** Folders that may hold `graphs/<name>/`: `dir/graphs` and those of its ancestors. */
export function graphDirs(dir: string): string[] {
  const dirs: string[] = [];
  let d = dir;
  for (let i = 0; i < 4; i++) {
    const candidate = join(d, 'graphs');
    if (existsSync(candidate)) dirs.push(candidate);
    const parent = dirname(d);
    if (parent === d) break;
    d = parent;
  }
  return dirs;
}
