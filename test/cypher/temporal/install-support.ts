// Preload for measuring the TCK before the engine wires the temporal module in itself:
// `npx tsx --import ./test/cypher/temporal/install-support.ts test/tck/run.ts --in-process …`.

import { installTemporalSupport } from '../../../src/cypher/runtime/temporal-hook.js';
import {
  compareTemporal,
  temporalArithmetic,
  temporalEquals,
  temporalFunctions,
  temporalProperty,
} from '../../../src/cypher/temporal/index.js';

installTemporalSupport({
  functions: temporalFunctions,
  property: temporalProperty,
  compare: compareTemporal,
  equals: temporalEquals,
  arithmetic: temporalArithmetic,
});
