// The registry of CLI commands as data: name, summary and a lazy loader, so `crimegraph --help`
// and option errors never load a command's code. Add a command: one file in commands/, one line here.

import type { CommandEntry } from './command.js';

export const COMMANDS: readonly CommandEntry[] = [
  { name: 'build', summary: 'Build the knowledge graph snapshot from newsletters', load: async () => (await import('./commands/build.js')).command },
  { name: 'extract', summary: 'Extract entities and relations as annotation JSON', load: async () => (await import('./commands/extract.js')).command },
  { name: 'eval', summary: 'Score extraction against gold annotations', load: async () => (await import('./commands/eval.js')).command },
  {
    name: 'stats',
    summary: 'Count nodes and relationships in a snapshot, and the most mentioned entities',
    load: async () => (await import('./commands/stats.js')).command,
  },
  { name: 'query', summary: 'Run Cypher on the snapshot (or on Neo4j)', load: async () => (await import('./commands/query.js')).command },
  {
    name: 'export',
    summary: 'Export the graph as GEXF, GraphML, JSON, Cytoscape, neo4j-admin CSV, Cypher or an HTML viewer',
    load: async () => (await import('./commands/export.js')).command,
  },
  { name: 'serve', summary: 'Serve the analyst workbench and the HTTP API', load: async () => (await import('./commands/serve.js')).command },
  { name: 'neo4j', summary: 'Load the snapshot into Neo4j (idempotent, incremental)', load: async () => (await import('./commands/neo4j.js')).command },
];
