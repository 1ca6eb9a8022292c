// Runs scenario jobs on worker threads with a watchdog: a scenario that outlives its hard limit
// has its thread terminated, counts as a timeout, and a fresh thread takes the next job.

import { Worker } from 'node:worker_threads';
import type { ScenarioJob } from './discover.js';
import type { ScenarioOutcome } from './run-scenario.js';
import type { TargetSpec } from './target-spec.js';
import type { WorkerData, WorkerReply, WorkerRequest } from '../worker.js';

const BOOT = new URL('../worker-boot.mjs', import.meta.url);

export interface PoolOptions {
  target: TargetSpec;
  graphDirs: string[];
  jobs: number;
  /** Wall-clock limit of one scenario, after which its thread is terminated. */
  hardLimitMs: number;
  onResult: (index: number, outcome: ScenarioOutcome) => void;
}

/** Run every job; resolves with the outcomes in job order. Rejects only if no worker can start. */
export function runPool(jobs: ScenarioJob[], options: PoolOptions): Promise<ScenarioOutcome[]> {
  const outcomes: ScenarioOutcome[] = new Array(jobs.length);
  let next = 0;
  let finished = 0;
  let live = 0;
  return new Promise((resolve, reject) => {
    if (jobs.length === 0) return resolve(outcomes);

    const record = (index: number, outcome: ScenarioOutcome): void => {
      outcomes[index] = outcome;
      finished++;
      options.onResult(index, outcome);
      if (finished === jobs.length) resolve(outcomes);
    };

    const start = (): void => {
      live++;
      const worker = new Worker(BOOT, { workerData: { target: options.target, graphDirs: options.graphDirs } satisfies WorkerData });
      let current: number | undefined;
      let timer: NodeJS.Timeout | undefined;
      let dead = false;

      const give = (): void => {
        if (next >= jobs.length) {
          dead = true;
          void worker.terminate();
          return;
        }
        current = next++;
        const started = Date.now();
        timer = setTimeout(() => {
          const index = current!;
          current = undefined;
          dead = true;
          void worker.terminate();
          record(index, { reason: 'timeout', message: `scenario still running after ${options.hardLimitMs} ms; worker stopped`, ms: Date.now() - started });
          live--;
          if (finished < jobs.length && next < jobs.length) start();
        }, options.hardLimitMs);
        worker.postMessage({ id: current, scenario: jobs[current]!.scenario } satisfies WorkerRequest);
      };

      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'fatal') {
          dead = true;
          void worker.terminate();
          reject(new Error(`cannot start the ${options.target.kind} target: ${reply.message}`));
          return;
        }
        if (reply.type === 'done' && reply.id === current) {
          clearTimeout(timer);
          const index = current;
          current = undefined;
          record(index, reply.outcome);
        }
        give();
      });

      const lost = (why: string): void => {
        if (dead) return;
        dead = true;
        clearTimeout(timer);
        live--;
        if (current !== undefined) {
          const index = current;
          current = undefined;
          record(index, { reason: 'crash', message: `worker died: ${why}`, ms: 0 });
        }
        if (finished < jobs.length && next < jobs.length) start();
        else if (live === 0 && finished < jobs.length) reject(new Error('all workers died'));
      };
      worker.on('error', (e) => lost(e instanceof Error ? `${e.name}: ${e.message}` : String(e)));
      worker.on('exit', (code) => lost(`exit code ${code}`));
    };

    for (let i = 0; i < Math.max(1, Math.min(options.jobs, jobs.length)); i++) start();
  });
}
