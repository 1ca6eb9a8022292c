// The package's public API is checked: its declarations, read by API Extractor from a fresh
// compile of src/, must equal the committed report etc/crimegraph.api.md, so a change to the
// surface shows as a diff in review. After a deliberate change: `npm run api:report`, commit.

import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import { afterAll, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '..');
const out = mkdtempSync(join(tmpdir(), 'crimegraph-api-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

it('matches etc/crimegraph.api.md (after a deliberate change, run npm run api:report and commit the report)', () => {
  execFileSync(
    process.execPath,
    [join(ROOT, 'node_modules/typescript/bin/tsc'), '-p', join(ROOT, 'tsconfig.build.json'), '--emitDeclarationOnly', '--outDir', join(out, 'dist')],
    { cwd: ROOT, stdio: 'pipe' },
  );
  const configFile = ExtractorConfig.loadFile(join(ROOT, 'api-extractor.json'));
  configFile.mainEntryPointFilePath = join(out, 'dist', 'index.d.ts');
  configFile.apiReport!.reportTempFolder = join(out, 'temp');
  const config = ExtractorConfig.prepare({
    configObject: configFile,
    configObjectFullPath: join(ROOT, 'api-extractor.json'),
    packageJsonFullPath: join(ROOT, 'package.json'),
  });
  const messages: string[] = [];
  const result = Extractor.invoke(config, {
    localBuild: false,
    messageCallback: (message) => {
      messages.push(message.text);
      message.handled = true;
    },
  });
  const fresh = readFileSync(join(out, 'temp', 'crimegraph.api.md'), 'utf8');
  const committed = readFileSync(join(ROOT, 'etc', 'crimegraph.api.md'), 'utf8');
  expect(fresh, 'the public API differs from etc/crimegraph.api.md: run `npm run api:report` and commit the report').toBe(committed);
  expect(result.apiReportChanged).toBe(false);
  expect(result.errorCount, messages.join('\n')).toBe(0);
});
