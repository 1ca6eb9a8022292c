// The export formats by name, as data: what each writes (one file or a directory of files) and
// the scope it uses when none is asked for. The CLI and the API go through exportGraph.

import { ExportError } from './export-error.js';
import type { PropertyGraph } from '../graph/schema.js';
import { writeCsv } from './csv.js';
import { writeCytoscape } from './cytoscape.js';
import { writeCypherScript } from './cypher-script.js';
import type { ExportFile } from './export-files.js';
import type { ExportOptions } from './export-options.js';
import { writeGexf } from './gexf.js';
import { writeGraphml } from './graphml.js';
import { writeGraphologyJson } from './graphology-json.js';
import { writeHtml } from './html/write-html.js';

export const EXPORT_FORMATS = ['gexf', 'graphml', 'json', 'cytoscape', 'csv', 'cypher', 'html'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** What an export produces: one file's text, or named files for a directory. */
export type ExportOutput = { kind: 'file'; content: string } | { kind: 'directory'; files: ExportFile[] };

export interface ExportRequest extends ExportOptions {
  /** The viewer bundle, needed by `html` only. */
  viewerScript?: string;
  title?: string;
}

/** Formats whose default scope is entities only (the viewer would drown in items otherwise). */
export const ENTITIES_ONLY_BY_DEFAULT: ReadonlySet<ExportFormat> = new Set(['html']);

export function isExportFormat(name: string): name is ExportFormat {
  return EXPORT_FORMATS.some((format) => format === name);
}

/**
 * Run the exporter for `format` (pure: the caller writes the output).
 *
 * @example
 * const output = exportGraph(graph, 'gexf', { minWeight: 2 });
 */
export function exportGraph(graph: PropertyGraph, format: ExportFormat, request: ExportRequest = {}): ExportOutput {
  const { viewerScript, title, ...options } = request;
  const file = (content: string): ExportOutput => ({ kind: 'file', content });
  switch (format) {
    case 'gexf':
      return file(writeGexf(graph, options));
    case 'graphml':
      return file(writeGraphml(graph, options));
    case 'json':
      return file(writeGraphologyJson(graph, options));
    case 'cytoscape':
      return file(writeCytoscape(graph, options));
    case 'cypher':
      return file(writeCypherScript(graph, options));
    case 'csv':
      return { kind: 'directory', files: writeCsv(graph, options) };
    case 'html':
      if (viewerScript === undefined)
        throw new ExportError('E_EXPORT_VIEWER_MISSING', 'exportGraph: the html format needs request.viewerScript (readViewerBundle() gives it)');
      return file(writeHtml(graph, { viewerScript, ...(title === undefined ? {} : { title }), ...options }));
  }
}
