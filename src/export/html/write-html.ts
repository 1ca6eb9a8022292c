// The self-contained HTML viewer: the scoped graph (entities only by default), laid out at export
// time, embedded as JSON data next to the bundled sigma.js viewer script.

import type { PropertyGraph } from '../../graph/schema.js';
import type { ExportOptions } from '../export-options.js';
import { embedJson, embedScript } from './embed.js';
import { renderPage } from './page.js';
import { buildViewerData } from './viewer-data.js';

export interface HtmlOptions extends ExportOptions {
  /** The viewer bundle (see readViewerBundle); passed in so this function stays pure. */
  viewerScript: string;
  /** Page title. */
  title?: string;
}

/**
 * One HTML file that needs no network: sigma.js over graphology, search, legend, details.
 *
 * @example
 * const html = writeHtml(graph, { viewerScript: await readViewerBundle() });
 */
export function writeHtml(graph: PropertyGraph, options: HtmlOptions): string {
  const { viewerScript, title = 'crimegraph: crime and policing news graph', ...exportOptions } = options;
  const data = buildViewerData(graph, { entitiesOnly: true, ...exportOptions }, title);
  return renderPage(title, embedJson(data), embedScript(viewerScript));
}
