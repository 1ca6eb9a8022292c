// Public face of graph analytics: the undirected weighted projection, node importance (PageRank,
// degree) and Louvain communities, shared by the API and the exporters.

export { undirectedProjection } from './undirected-projection.js';
export type { Projection } from './undirected-projection.js';
export { IMPORTANCE_MEASURES, nodeImportance } from './importance.js';
export type { ImportanceMeasure } from './importance.js';
export { louvainCommunities } from './communities.js';
export type { Communities } from './communities.js';
