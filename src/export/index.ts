// Public API of the export stage: pure writers from a PropertyGraph to GEXF, GraphML, graphology
// JSON, Cytoscape JSON, neo4j-admin CSV, a Cypher script and the HTML viewer (the CLI writes them).

export { selectScope } from './scope.js';
export type { ExportScope } from './scope.js';
export type { ExportOptions } from './export-options.js';
export type { ExportFile } from './export-files.js';
export { ExportError } from './export-error.js';
export type { ExportErrorCode } from './export-error.js';
// The size measures an export may use: ExportOptions.size names one.
export { IMPORTANCE_MEASURES } from '../analytics/index.js';
export type { ImportanceMeasure } from '../analytics/index.js';
export { computeLayout } from './layout.js';
export { writeGexf } from './gexf.js';
export { writeGraphml } from './graphml.js';
export { writeGraphologyJson } from './graphology-json.js';
export { toCytoscape, writeCytoscape } from './cytoscape.js';
export type { CytoscapeDocument } from './cytoscape.js';
export { writeCsv } from './csv.js';
export { writeCypherScript } from './cypher-script.js';
export type { CypherScriptOptions } from './cypher-script.js';
export { cypherString, cypherName, cypherValue } from './cypher-literal.js';
export { collectMentions } from './mentions.js';
export type { EntityMention } from './mentions.js';
export { writeHtml } from './html/write-html.js';
export type { HtmlOptions } from './html/write-html.js';
export { buildViewerData } from './html/viewer-data.js';
export type { ViewerData } from './html/viewer-data.js';
export { readViewerBundle } from './html/viewer-bundle.js';
export { EXPORT_FORMATS, ENTITIES_ONLY_BY_DEFAULT, exportGraph, isExportFormat } from './formats.js';
export type { ExportFormat, ExportOutput, ExportRequest } from './formats.js';
