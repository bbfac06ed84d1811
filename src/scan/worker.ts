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
/**
 * Most files have nothing to report. Their outcomes travel as columns (path, bytes, and one
 * time per analyzer, -1 where it did not run) instead of one object each: structured cloning
 * tens of thousands of near-empty objects cost more than reading the files.
 */
export interface CleanOutcomes {
  readonly paths: string[];
  readonly bytes: Float64Array;
  /** paths.length × analyzerIds.length, row-major. */
  readonly ms: Float64Array;
}

export type WorkerResponse =
  | { readonly outcomes: FileOutcome[]; readonly clean: CleanOutcomes }
  | { readonly meter: { ruleMs: [string, number][]; filtered: [string, [string, number][]][] } };

const init = workerData as WorkerInit;
const analyzers = await loadAnalyzers(init.analyzerIds);
const meter = newMeter();
const context = contextFor(init.root, init.config, init.options, analyzers, meter);
const ids: readonly string[] = init.analyzerIds;

// The main thread keeps two batches in flight: run them one after the other, in arrival order,
// even when an analyzer awaits real I/O (--verify), so each reply answers the oldest request.
let queue: Promise<void> = Promise.resolve();
parentPort!.on('message', (message: WorkerRequest) => {
  queue = queue.then(() => handle(message));
});

async function handle(message: WorkerRequest): Promise<void> {
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
  const cleanPaths: string[] = [];
  const cleanBytes: number[] = [];
  const cleanMs: number[] = [];
  for (const info of message.batch) {
    const override = message.overrides?.[info.path];
    const outcome = await processFile(info, init.root, analyzers, context, override ? Buffer.from(override) : undefined);
    if (outcome.findings.length || outcome.issues.length || outcome.directives.length || outcome.skipped || Object.keys(outcome.analyzerMs).some((id) => !ids.includes(id))) {
      outcomes.push(outcome);
      continue;
    }
    cleanPaths.push(outcome.path);
    cleanBytes.push(outcome.bytes);
    for (const id of ids) cleanMs.push(outcome.analyzerMs[id] ?? -1);
  }
  const clean: CleanOutcomes = { paths: cleanPaths, bytes: Float64Array.from(cleanBytes), ms: Float64Array.from(cleanMs) };
  parentPort!.postMessage({ outcomes, clean } satisfies WorkerResponse);
}
parentPort!.postMessage({ ready: true });
