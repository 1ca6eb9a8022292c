// The options every exporter takes: which part of the graph (scope) and what node size follows.

import type { ExportScope } from './scope.js';
import type { StyleOptions } from './node-style.js';

export interface ExportOptions extends ExportScope, StyleOptions {}
