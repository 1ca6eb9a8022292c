// exportGraph, the one entry the CLI and the API use: each format by name, and a typed error
// (never a bare TypeError) when the html format is asked for without the viewer script.

import { describe, expect, it } from 'vitest';
import { EXPORT_FORMATS, ExportError, exportGraph } from '../../src/export/index.js';
import { sampleGraph } from './fixtures/sample-graph.js';

describe('exportGraph', () => {
  it.each(EXPORT_FORMATS.filter((f) => f !== 'html'))('writes %s without a viewer script', (format) => {
    const output = exportGraph(sampleGraph(), format);
    expect(output.kind).toBe(format === 'csv' ? 'directory' : 'file');
  });

  it('refuses html without the viewer script with ExportError E_EXPORT_VIEWER_MISSING', () => {
    const error = (() => {
      try {
        exportGraph(sampleGraph(), 'html');
      } catch (e) {
        return e;
      }
      return undefined;
    })();
    expect(error).toBeInstanceOf(ExportError);
    expect((error as ExportError).code).toBe('E_EXPORT_VIEWER_MISSING');
  });
});
