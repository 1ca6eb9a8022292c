// A worker thread that runs scenarios one at a time on its own target, so a scenario that hangs
// or exhausts memory can be stopped (the thread is terminated) without ending the whole run.

import { parentPort, workerData } from 'node:worker_threads';
import { createTarget, type TargetSpec } from './lib/target-spec.js';
import { runScenario, type ScenarioOutcome } from './lib/run-scenario.js';
import type { Scenario } from './lib/gherkin.js';

export interface WorkerData {
  target: TargetSpec;
  graphDirs: string[];
}
export type WorkerRequest = { id: number; scenario: Scenario };
export type WorkerReply = { type: 'ready' } | { type: 'fatal'; message: string } | { type: 'done'; id: number; outcome: ScenarioOutcome };

const port = parentPort!;
const data = workerData as WorkerData;
try {
  const target = await createTarget(data.target);
  port.on('message', (request: WorkerRequest) => {
    void (async () => {
      let outcome: ScenarioOutcome;
      try {
        await target.reset();
        outcome = await runScenario(request.scenario, target, { graphDirs: data.graphDirs });
      } catch (e) {
        outcome = { reason: 'crash', message: `target: ${e instanceof Error ? e.message : String(e)}`, ms: 0 };
      }
      port.postMessage({ type: 'done', id: request.id, outcome } satisfies WorkerReply);
    })();
  });
  port.postMessage({ type: 'ready' } satisfies WorkerReply);
} catch (e) {
  port.postMessage({ type: 'fatal', message: e instanceof Error ? `${e.name}: ${e.message}` : String(e) } satisfies WorkerReply);
}
