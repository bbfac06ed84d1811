import { parentPort, workerData } from 'node:worker_threads';
import type { ScanOptions } from '../core/analyzer.js';
import type { AnalyzerId } from '../core/rule.js';
import type { TargetInfo } from '../core/target.js';
import type { ResolvedConfig } from '../config/schema.js';
import { loadAnalyzers } from '../analyzers/registry.js';
import { contextFor, newMeter, processFile, type FileOutcome } from './file-task.js';

export interface WorkerInit {
  readonly root: string;
  readonly config: ResolvedConfig;
  readonly options: ScanOptions;
  readonly analyzerIds: AnalyzerId[];
}

export type WorkerRequest = { readonly batch: TargetInfo[]; readonly overrides?: Record<string, Uint8Array> } | { readonly done: true };
export type WorkerResponse =
  | { readonly outcomes: FileOutcome[] }
  | { readonly meter: { ruleMs: [string, number][]; filtered: [string, [string, number][]][] } };

const init = workerData as WorkerInit;
const analyzers = await loadAnalyzers(init.analyzerIds);
const meter = newMeter();
const context = contextFor(init.root, init.config, init.options, analyzers, meter);

parentPort!.on('message', async (message: WorkerRequest) => {
  if ('done' in message) {
    const response: WorkerResponse = {
      meter: {
        ruleMs: [...meter.ruleMs],
        filtered: [...meter.filtered].map(([rule, reasons]) => [rule, [...reasons]]),
      },
    };
    parentPort!.postMessage(response);
    return;
  }
  const outcomes: FileOutcome[] = [];
  for (const info of message.batch) {
    const override = message.overrides?.[info.path];
    outcomes.push(await processFile(info, init.root, analyzers, context, override ? Buffer.from(override) : undefined));
  }
  parentPort!.postMessage({ outcomes } satisfies WorkerResponse);
});
parentPort!.postMessage({ ready: true });
