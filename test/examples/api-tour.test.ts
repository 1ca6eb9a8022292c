// The README's API example runs as written, against the built package (`npm test` builds first).

import { execFileSync } from 'node:child_process';

import { expect, it } from 'vitest';

it('examples/api-tour.ts runs and answers from the fixtures', () => {
  const output = execFileSync(process.execPath, ['--import', 'tsx', 'examples/api-tour.ts'], { encoding: 'utf8' });
  expect(output).toContain('HM Inspectorate of Constabulary (Body), also HMIC');
  expect(output).toContain("search 'Colege of Policng' -> College of Policing");
  expect(output).toMatch(/Most central \(PageRank\): Home Office/);
});
