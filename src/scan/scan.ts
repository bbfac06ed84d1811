import { existsSync, readFileSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { BUNDLED, PACKAGE_ROOT } from '../package-root.js';
import { performance } from 'node:perf_hooks';
import { Worker } from 'node:worker_threads';
import type { Analyzer, ScanOptions } from '../core/analyzer.js';
import type { Finding, RawFinding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import type { LineRange } from '../core/location.js';
import { REPORT_SCHEMA_VERSION, type ScanReport, type SuppressedFinding } from '../core/report.js';
import { ANALYZER_IDS, type AnalyzerId, type RuleMeta } from '../core/rule.js';
import { atLeastConfidence, type Confidence, type Severity } from '../core/severity.js';
import type { SkippedTarget, Target, TargetInfo, TargetType } from '../core/target.js';
import { findConfigFile, loadConfigFile } from '../config/load.js';
import { defaultConfig, type ResolvedConfig } from '../config/schema.js';
import { loadAnalyzers } from '../analyzers/registry.js';
import { applyBaseline, parseBaseline, type Baseline } from '../findings/baseline.js';
import { dedupe, sortFindings } from '../findings/dedupe.js';
import { finalizeFindings } from '../findings/finalize.js';
import { applyConfigIgnores, applyInlineSuppressions, parseSuppressions, type SuppressionDirective } from '../findings/suppressions.js';
import { evaluate } from '../policy/evaluate.js';
import { GlobSet } from '../source/glob.js';
import { firstLine, isVendoredPath, listFilesSplit, toPosix, type Listing } from '../source/filesystem.js';
import { classify } from '../targets/classify.js';
import { VERSION } from '../version.js';
import { contextFor, decode, newMeter, onChangedLines, processFile, type FileOutcome, type Meter } from './file-task.js';
import { ruleMap, severityOverride, unknownRuleIssues } from './rules.js';
import type { WorkerInit, WorkerResponse } from './worker.js';

export interface ScanRequest extends ScanOptions {
  /** A directory or a single file. */
  readonly path: string;
  /** Already-resolved config; otherwise `configFile`, otherwise found upward from the root. */
  readonly config?: ResolvedConfig;
  readonly configFile?: string;
  readonly analyzers?: readonly AnalyzerId[];
  readonly failOn?: Severity;
  readonly minConfidence?: Confidence;
  readonly strict?: boolean;
  /** Path of a baseline file, or a parsed baseline. */
  readonly baseline?: string | Baseline;
  readonly noInlineIgnores?: boolean;
  /** Scan only these root-relative paths (staged files, a diff). */
  readonly files?: readonly string[];
  /** Content to scan instead of the file on disk (staged blobs, stdin), by root-relative path. */
  readonly contents?: ReadonlyMap<string, Buffer>;
  /** Diff mode: only findings touching these lines are reported. */
  readonly changedLines?: ReadonlyMap<string, readonly LineRange[]>;
  /** Diff mode: refuse suppressions added by the change. */
  readonly trustDirective?: (directive: SuppressionDirective) => boolean;
  /** Findings produced outside the file pipeline (history, provenance) to merge in. */
  readonly extraFindings?: readonly RawFinding[];
  readonly onProgress?: (done: number, total: number) => void;
  /** 0 = in-process; default: automatic. */
  readonly workers?: number;
  /** YYYY-MM-DD, for expiry checks; default today. */
  readonly today?: string;
  /** Extra issues from the caller (e.g. git problems in staged mode). */
  readonly extraIssues?: readonly ScanIssue[];
  /** Diff mode: attach attribution (e.g. `ai`) to the final findings before the policy sees them. */
  readonly annotate?: (findings: Finding[]) => Finding[];
  /** Benchmarks: list, classify, skip-check and read every file, run no analyzer. */
  readonly walkOnly?: boolean;
  /** Test seam: the worker thread script (to prove a crashing worker becomes a scan issue). */
  readonly workerUrl?: URL;
}

export class ScanError extends Error {}

export interface ResolvedScanInput {
  readonly root: string;
  readonly single?: string;
  readonly config: ResolvedConfig;
  readonly configFile?: string;
}

export function resolveScanInput(request: Pick<ScanRequest, 'path' | 'config' | 'configFile'>): ResolvedScanInput {
  const absolute = resolve(request.path);
  if (!existsSync(absolute)) throw new ScanError(`no such file or directory: ${request.path}`);
  const isFile = statSync(absolute).isFile();
  const root = isFile ? dirname(absolute) : absolute;
  if (request.config) return { root, ...(isFile ? { single: basename(absolute) } : {}), config: request.config };
  const configFile = request.configFile ? resolve(request.configFile) : findConfigFile(root);
  const config = configFile ? loadConfigFile(configFile) : defaultConfig;
  return { root, ...(isFile ? { single: basename(absolute) } : {}), config, ...(configFile ? { configFile } : {}) };
}

export function enabledAnalyzers(config: ResolvedConfig, requested?: readonly AnalyzerId[]): AnalyzerId[] {
  const base = requested && requested.length ? requested : ANALYZER_IDS;
  return base.filter((id) => config.analyzers[id] !== false || (requested?.includes(id) ?? false));
}

/** The library entry point: scans a directory or file and returns the versioned report. */
export async function scan(request: ScanRequest): Promise<ScanReport> {
  const started = performance.now();
  const input = resolveScanInput(request);
  const { root, config } = input;
  const options: ScanOptions = {
    showSecrets: request.showSecrets === true,
    verify: request.verify === true,
    offline: request.offline,
    debug: request.debug === true,
    ...(request.cacheDir ? { cacheDir: request.cacheDir } : {}),
  };
  const issues: ScanIssue[] = [...(request.extraIssues ?? [])];
  const data: Record<string, { date: string; source?: string }> = {};
  const skipped: SkippedTarget[] = [];

  // Source: which files
  let paths: string[];
  let untracked: Promise<Listing> | undefined;
  if (input.single) {
    paths = [input.single];
  } else if (request.files) {
    paths = request.files.map(toPosix);
  } else {
    // Tracked files now; untracked ones when git has walked the tree (meanwhile analyzers load
    // and worker threads boot).
    const listing = listFilesSplit(root);
    paths = listing.first.files.map((f) => f.path);
    skipped.push(...listing.first.skipped);
    issues.push(...listing.first.issues);
    untracked = listing.rest;
  }
  const include = new GlobSet(config.include);
  const exclude = new GlobSet(config.exclude);
  const infos: TargetInfo[] = [];
  const ignored: SkippedTarget[] = [];
  const admit = (list: readonly string[]): void => {
    for (const path of list) {
      if (!input.single && (exclude.matches(path) || (!include.empty && !include.matches(path)))) {
        ignored.push({ path, reason: 'ignored', detail: 'config include/exclude' });
        continue;
      }
      if (!input.single && request.files && isVendoredPath(path)) {
        ignored.push({ path, reason: 'vendored' });
        continue;
      }
      const changed = request.changedLines?.get(path);
      infos.push({ path, type: classify(path), sizeBytes: 0, ...(changed ? { changedLines: changed } : {}) });
    }
  };
  admit(paths);

  // Only analyzers that could accept one of these targets are loaded: a one-file hook scan
  // must not pay for parsers it will never use. Findings from outside the file pipeline need
  // every rule's metadata, so then all enabled analyzers load.
  const enabled = enabledAnalyzers(config, request.analyzers);
  const wantedIds = (): AnalyzerId[] => {
    const kinds = new Set(infos.map((i) => i.type.kind));
    return enabled.filter((id) => request.extraFindings?.length || mightAccept(id, kinds));
  };
  const candidates = wantedIds();
  let loaded = request.walkOnly ? { ids: [] as AnalyzerId[], analyzers: [] as Analyzer[] } : await loadEach(candidates, issues);
  let pool: WorkerPool | undefined;
  if (untracked) {
    // Worker threads take ~100–250 ms to boot: on a tree big enough to use them, boot them now,
    // while git is still listing untracked files.
    if (!request.walkOnly && infos.length >= WORKER_THRESHOLD && loaded.analyzers.some((a) => a.analyzeFile)) {
      pool = WorkerPool.start(workersFor(request, infos.length), workerUrlFor(request), { root, config, options, analyzerIds: [...loaded.ids] });
    }
    const rest = await untracked;
    skipped.push(...rest.skipped);
    issues.push(...rest.issues);
    admit(rest.files.map((f) => f.path));
    const more = request.walkOnly ? [] : wantedIds().filter((id) => !candidates.includes(id));
    if (more.length > 0) {
      // An untracked file needs an analyzer the tracked ones did not: load it, and restart the
      // workers with the full set (rare: e.g. the only lockfile is untracked).
      const extra = await loadEach(more, issues);
      const order = (id: AnalyzerId) => enabled.indexOf(id);
      const both = [...loaded.ids.map((id, i) => [id, loaded.analyzers[i]!] as const), ...extra.ids.map((id, i) => [id, extra.analyzers[i]!] as const)].sort((a, b) => order(a[0]) - order(b[0]));
      loaded = { ids: both.map(([id]) => id), analyzers: both.map(([, a]) => a) };
      pool?.terminate();
      pool = undefined;
    }
  }
  skipped.push(...ignored);
  const analyzerIds = loaded.ids;
  const analyzers = loaded.analyzers;
  const meter = newMeter();
  const context = contextFor(root, config, options, analyzers, meter);

  // Analyzers: per-file work, in workers when the tree is large enough to pay for them
  const fileAnalyzers = analyzers.filter((a) => a.analyzeFile);
  const wanted = request.walkOnly ? infos : infos.filter((info) => analyzers.some((a) => a.accepts(info)));
  const outcomes = await runFileTasks(wanted, root, analyzerIds, fileAnalyzers, context, config, options, meter, request, issues, pool);

  const findings: Finding[] = [];
  const directives: SuppressionDirective[] = [];
  let bytes = 0;
  const byAnalyzer: Record<string, { files: number; findings: number; durationMs: number }> = {};
  for (const id of analyzerIds) byAnalyzer[id] = { files: 0, findings: 0, durationMs: 0 };
  const readable = new Set<string>();
  for (const outcome of outcomes) {
    bytes += outcome.bytes;
    if (outcome.skipped) skipped.push(outcome.skipped);
    else readable.add(outcome.path);
    issues.push(...outcome.issues);
    findings.push(...outcome.findings);
    directives.push(...outcome.directives);
    for (const [id, ms] of Object.entries(outcome.analyzerMs)) {
      const entry = byAnalyzer[id];
      if (entry) {
        entry.files += 1;
        entry.durationMs += ms;
      }
    }
  }

  // Project analyzers: whole-set work on the main thread
  const rules = ruleMap(analyzers);
  const configPath = input.configFile ? (relative(root, input.configFile).startsWith('..') ? input.configFile : relative(root, input.configFile)) : undefined;
  issues.push(...unknownRuleIssues(config, analyzers, configPath));
  const finalizeOptions = { showSecrets: options.showSecrets === true, severityOverride: (id: string) => severityOverride(config, id) };
  const infoByPath = new Map(infos.map((i) => [i.path, i]));
  // Project analyzers often want the same files (manifests, sources for phantom imports): read each once.
  const readCache = new Map<string, Target | undefined>();
  for (const analyzer of analyzers) {
    if (!analyzer.analyzeProject) continue;
    const t0 = performance.now();
    const targets: Target[] = [];
    for (const info of infos) {
      if (!readable.has(info.path) || !analyzer.accepts(info)) continue;
      if (!readCache.has(info.path)) readCache.set(info.path, readTarget(root, info, request.contents?.get(info.path), issues));
      const target = readCache.get(info.path);
      if (target) targets.push(target);
    }
    const targetByPath = new Map(targets.map((t) => [t.path, t]));
    try {
      const result = await analyzer.analyzeProject(targets, context);
      const byPath = new Map<string, RawFinding[]>();
      for (const f of result.findings) {
        if (!context.isRuleEnabled(f.ruleId)) continue;
        const info = infoByPath.get(f.location.path);
        if (info && !onChangedLines(f.location, info.changedLines)) continue;
        const list = byPath.get(f.location.path) ?? [];
        list.push(f);
        byPath.set(f.location.path, list);
      }
      for (const [path, list] of byPath) {
        const text = targetByPath.get(path)?.text;
        findings.push(...finalizeFindings(list, text, rules, finalizeOptions));
      }
      if (result.issues) issues.push(...result.issues);
      if (result.data) Object.assign(data, result.data);
    } catch (error) {
      issues.push({ code: 'analyzer-crashed', analyzer: analyzer.id, message: `${analyzer.id} analyzer failed: ${firstLine(error)}` });
    }
    const entry = byAnalyzer[analyzer.id];
    if (entry) {
      entry.durationMs += performance.now() - t0;
      entry.files = Math.max(entry.files, targets.length);
    }
  }
  if (request.extraFindings?.length) {
    const byPath = new Map<string, RawFinding[]>();
    for (const f of request.extraFindings) {
      const list = byPath.get(f.location.path) ?? [];
      list.push(f);
      byPath.set(f.location.path, list);
    }
    for (const list of byPath.values()) findings.push(...finalizeFindings(list, undefined, rules, finalizeOptions));
  }

  // Findings: dedupe, confidence floor, suppressions, baseline
  let current = dedupe(findings).filter((f) => atLeastConfidence(f.confidence, request.minConfidence ?? config.minConfidence));
  const suppressed: SuppressedFinding[] = [];
  if (!request.noInlineIgnores) {
    const inline = applyInlineSuppressions(current, directives, request.trustDirective);
    current = inline.kept;
    suppressed.push(...inline.suppressed);
    issues.push(...inline.issues);
  }
  const today = request.today ?? new Date().toISOString().slice(0, 10);
  const configured = applyConfigIgnores(current, config.ignore, today);
  current = configured.kept;
  suppressed.push(...configured.suppressed);
  issues.push(...configured.issues);
  const baseline = loadBaseline(request.baseline ?? (config.baseline ? resolve(input.configFile ? dirname(input.configFile) : root, config.baseline) : undefined));
  if (baseline) {
    const applied = applyBaseline(current, baseline);
    current = applied.kept;
    suppressed.push(...applied.suppressed);
  }
  for (const entry of Object.values(byAnalyzer)) entry.findings = 0;
  for (const f of current) {
    const entry = byAnalyzer[f.analyzer];
    if (entry) entry.findings += 1;
  }

  if (request.annotate) current = request.annotate(current);

  // Policy
  const verdict = evaluate(current, issues, {
    failOn: request.failOn ?? config.failOn,
    minConfidence: request.minConfidence ?? config.minConfidence,
    strict: request.strict === true,
    ai: config.ai,
  });
  const durationMs = Math.round(performance.now() - started);
  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    tool: { name: 'skeptic', version: VERSION },
    root,
    findings: sortFindings(current),
    suppressed,
    skipped: skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    issues,
    stats: {
      files: readable.size,
      bytes,
      durationMs,
      byAnalyzer: Object.fromEntries(Object.entries(byAnalyzer).map(([k, v]) => [k, { ...v, durationMs: Math.round(v.durationMs) }])),
      ...(options.debug
        ? {
            byRule: Object.fromEntries([...meter.ruleMs].map(([k, v]) => [k, Math.round(v * 10) / 10])),
            filtered: Object.fromEntries([...meter.filtered].map(([k, v]) => [k, Object.fromEntries(v)])),
          }
        : {}),
    },
    verdict,
    ...(Object.keys(data).length ? { data } : {}),
    rules: rulesOf(rules, current, suppressed),
  };
}

/**
 * Target kinds each analyzer may accept; a superset of its `accepts`, checked against every
 * analyzer by src/scan/prefilter.test.ts so a new kind cannot be dropped silently.
 */
export const ANALYZER_KINDS: Readonly<Record<AnalyzerId, readonly TargetType['kind'][] | 'any'>> = {
  secrets: 'any',
  code: ['source'],
  dependencies: ['lockfile', 'source'],
  iac: ['iac', 'text'],
  ai: ['agent-config'],
};

function mightAccept(id: AnalyzerId, kinds: ReadonlySet<string>): boolean {
  const accepted = ANALYZER_KINDS[id];
  return accepted === 'any' || accepted.some((k) => kinds.has(k));
}

/** An analyzer that cannot even load is a scan issue (a silent miss otherwise), not the end of the scan. */
async function loadEach(ids: readonly AnalyzerId[], issues: ScanIssue[]): Promise<{ ids: AnalyzerId[]; analyzers: Analyzer[] }> {
  const out: { ids: AnalyzerId[]; analyzers: Analyzer[] } = { ids: [], analyzers: [] };
  for (const id of ids) {
    try {
      const [analyzer] = await loadAnalyzers([id]);
      out.ids.push(id);
      out.analyzers.push(analyzer!);
    } catch (error) {
      issues.push({ code: 'analyzer-crashed', analyzer: id, message: `the ${id} analyzer could not be loaded; nothing was analysed by it: ${firstLine(error)}` });
    }
  }
  return out;
}

function rulesOf(rules: ReadonlyMap<string, RuleMeta>, findings: readonly Finding[], suppressed: readonly SuppressedFinding[]): Record<string, RuleMeta> {
  const out: Record<string, RuleMeta> = {};
  for (const id of [...findings.map((f) => f.ruleId), ...suppressed.map((s) => s.finding.ruleId)]) {
    const meta = rules.get(id);
    if (meta) out[id] = meta;
  }
  return out;
}

function loadBaseline(source: string | Baseline | undefined): Baseline | undefined {
  if (source === undefined) return undefined;
  if (typeof source !== 'string') return source;
  let text: string;
  try {
    text = readFileSync(source, 'utf8');
  } catch (error) {
    throw new ScanError(`cannot read baseline ${source}: ${firstLine(error)}`);
  }
  return parseBaseline(text, source);
}

function readTarget(root: string, info: TargetInfo, override: Buffer | undefined, issues: ScanIssue[]): Target | undefined {
  try {
    const buffer = override ?? readFileSync(resolve(root, info.path));
    const text = decode(info.path, buffer, []);
    return { ...info, sizeBytes: buffer.length, text };
  } catch (error) {
    issues.push({ code: 'read-error', path: info.path, message: firstLine(error) });
    return undefined;
  }
}

const BATCH = 64;

/** Whatever goes wrong with one file outside the analyzers (finalising, suppression parsing) stays with that file. */
async function guardedProcessFile(...args: Parameters<typeof processFile>): Promise<FileOutcome> {
  try {
    return await processFile(...args);
  } catch (error) {
    const path = args[0].path;
    return {
      path,
      bytes: 0,
      findings: [],
      directives: [],
      analyzerMs: {},
      issues: [{ code: 'analyzer-crashed', path, message: `processing this file failed: ${firstLine(error)}` }],
      skipped: { path, reason: 'unreadable', detail: 'processing failed' },
    };
  }
}

/** Files from which per-file work goes to worker threads; below it, reading alone is faster on the main thread. */
const WORKER_THRESHOLD = 400;

/**
 * Worker threads for a scan. The main thread analyses batches too, so by default there is one
 * worker fewer than cores (at most 4 lanes): a worker that would only share a core with the
 * main thread costs its boot (~0.15 s of CPU) and gains nothing.
 */
function workersFor(request: ScanRequest, files: number): number {
  const cores = Math.max(1, availableParallelism());
  return Math.min(request.workers ?? Math.max(1, Math.min(cores, 4) - 1), Math.ceil(files / BATCH));
}

function workerUrlFor(request: ScanRequest): URL {
  // From the CLI bundle the worker is its own entry point under bundle/scan/.
  return request.workerUrl ?? (BUNDLED ? pathToFileURL(join(PACKAGE_ROOT, 'bundle', 'scan', 'worker.js')) : new URL('./worker.js', import.meta.url));
}

/**
 * One worker thread, listened to from the moment it is created: it may become ready, fail
 * or die before the scan hands it work, and none of that may be lost (an 'error' event with
 * no listener would throw; a 'ready' message with none would be dropped).
 */
class PooledWorker {
  readonly worker: Worker;
  private ready = false;
  private failure: string | undefined;
  private onReady: (() => void) | undefined;
  private onFail: ((why: string) => void) | undefined;

  constructor(url: URL, init: WorkerInit) {
    this.worker = new Worker(url, { workerData: init });
    // Not holding the process open until it has work: if the scan fails before handing it any,
    // the process must still exit.
    this.worker.unref();
    this.worker.on('message', (message: unknown) => {
      if (message && typeof message === 'object' && 'ready' in message) {
        this.ready = true;
        this.onReady?.();
      }
    });
    this.worker.on('error', (error) => this.fail(firstLine(error)));
    this.worker.on('exit', (code) => this.fail(`exited with code ${code}`));
  }

  private fail(why: string): void {
    if (this.failure !== undefined) return;
    this.failure = why;
    this.onFail?.(why);
  }

  /** Calls back now if the worker is already ready or dead, otherwise when it becomes so. */
  attach(onReady: () => void, onFail: (why: string) => void): void {
    this.onReady = onReady;
    this.onFail = onFail;
    if (this.failure !== undefined) onFail(this.failure);
    else if (this.ready) onReady();
  }
}

/** Worker threads started before the file list is complete, so their boot overlaps the listing. */
class WorkerPool {
  private constructor(
    readonly workers: PooledWorker[],
    readonly analyzerIds: readonly AnalyzerId[],
  ) {}

  static start(count: number, url: URL, init: WorkerInit): WorkerPool {
    return new WorkerPool(Array.from({ length: count }, () => new PooledWorker(url, init)), init.analyzerIds);
  }

  terminate(): void {
    for (const w of this.workers) void w.worker.terminate().catch(() => undefined);
  }
}

async function runFileTasks(
  infos: readonly TargetInfo[],
  root: string,
  analyzerIds: readonly AnalyzerId[],
  fileAnalyzers: readonly Analyzer[],
  context: ReturnType<typeof contextFor>,
  config: ResolvedConfig,
  options: ScanOptions,
  meter: Meter,
  request: ScanRequest,
  issues: ScanIssue[],
  prestarted?: WorkerPool,
): Promise<FileOutcome[]> {
  // Workers pay off only for analyzer CPU work; reading alone is faster on the main thread.
  const workerCount = infos.length === 0 ? 0 : request.workers !== undefined || (infos.length >= WORKER_THRESHOLD && fileAnalyzers.length > 0) ? workersFor(request, infos.length) : 0;
  let pool = prestarted;
  if (pool && (pool.workers.length !== workerCount || pool.analyzerIds.join() !== analyzerIds.join())) {
    pool.terminate();
    pool = undefined;
  }
  const outcomes: FileOutcome[] = [];
  if (workerCount <= 0) {
    let done = 0;
    for (const info of infos) {
      outcomes.push(await guardedProcessFile(info, root, fileAnalyzers, context, request.contents?.get(info.path)));
      request.onProgress?.(++done, infos.length);
    }
    return outcomes;
  }
  const init: WorkerInit = { root, config, options, analyzerIds: [...analyzerIds] };
  pool ??= WorkerPool.start(workerCount, workerUrlFor(request), init);
  // Workers take batches from the front of the queue, the main thread from the back.
  let next = 0;
  let end = infos.length;
  let done = 0;
  // Batches a dead worker had queued but not started go back to the others.
  const requeued: TargetInfo[][] = [];
  const takeBatch = (): TargetInfo[] | undefined => {
    const again = requeued.shift();
    if (again) return again;
    if (next >= end) return undefined;
    const batch = infos.slice(next, Math.min(next + BATCH, end));
    next += batch.length;
    return batch;
  };
  const takeLastBatch = (): TargetInfo[] | undefined => {
    const again = requeued.shift();
    if (again) return again;
    if (next >= end) return undefined;
    const start = Math.max(next, end - BATCH);
    const batch = infos.slice(start, end);
    end = start;
    return batch;
  };
  // The main thread works from the start, from the back of the queue: a worker takes 0.1–0.25 s
  // to boot, and on a busy machine it may get little CPU at all. Until a worker is up (or all
  // have failed), the first two batches per worker are left for the workers.
  let anyReady: () => void = () => undefined;
  let workersUp = false;
  const firstReady = new Promise<void>((resolve) => (anyReady = resolve)).then(() => {
    workersUp = true;
  });
  let running = pool.workers.length;
  const reserved = pool.workers.length * 2;
  const helper = (async () => {
    for (;;) {
      if (!workersUp && requeued.length + Math.ceil((end - next) / BATCH) <= reserved) {
        await firstReady;
        continue;
      }
      const batch = takeLastBatch();
      if (!batch) break;
      for (const info of batch) outcomes.push(await guardedProcessFile(info, root, fileAnalyzers, context, request.contents?.get(info.path)));
      done += batch.length;
      request.onProgress?.(done, infos.length);
      // Let worker messages in, so a worker gets its next batch while this thread works on its own.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  })();
  await Promise.all([
    helper,
    ...pool.workers.map(
      (pooled) =>
        new Promise<void>((resolveWorker) => {
          const worker = pooled.worker;
          worker.ref();
          // Two batches in flight: the worker starts the next one while the main thread takes in
          // the last one's outcomes, instead of idling through every round trip. It works through
          // them in order, so the first is the one it is on.
          const inFlight: TargetInfo[][] = [];
          let finished = false;
          let doneSent = false;
          // A dead worker must not take the scan with it: the batch it was on becomes scan issues
          // (the file that killed it is among them); the batch it had not started is requeued.
          const crashed = (why: string) => {
            if (finished) return;
            finished = true;
            if (--running === 0) anyReady();
            const [current, ...notStarted] = inFlight;
            for (const info of current ?? []) {
              issues.push({ code: 'analyzer-crashed', path: info.path, message: `a worker thread died while analysing a batch containing this file; not analysed: ${why}` });
            }
            requeued.push(...notStarted);
            if (!current) issues.push({ code: 'analyzer-crashed', message: `a worker thread died: ${why}` });
            inFlight.length = 0;
            void worker.terminate().then(() => resolveWorker(), () => resolveWorker());
          };
          const send = () => {
            const batch = takeBatch();
            if (!batch) {
              if (inFlight.length === 0 && !doneSent) {
                doneSent = true;
                worker.postMessage({ done: true });
              }
              return;
            }
            inFlight.push(batch);
            const overrides: Record<string, Uint8Array> = {};
            for (const info of batch) {
              const o = request.contents?.get(info.path);
              if (o) overrides[info.path] = o;
            }
            worker.postMessage({ batch, overrides });
          };
          worker.on('message', (message: WorkerResponse | { ready: true }) => {
            if ('outcomes' in message) {
              inFlight.shift();
              outcomes.push(...message.outcomes);
              const clean = message.clean;
              for (let i = 0; i < clean.paths.length; i++) {
                const analyzerMs: Record<string, number> = {};
                for (let a = 0; a < analyzerIds.length; a++) {
                  const ms = clean.ms[i * analyzerIds.length + a]!;
                  if (ms >= 0) analyzerMs[analyzerIds[a]!] = ms;
                }
                outcomes.push({ path: clean.paths[i]!, bytes: clean.bytes[i]!, findings: [], issues: [], directives: [], analyzerMs });
              }
              done += message.outcomes.length + clean.paths.length;
              request.onProgress?.(done, infos.length);
              send();
            } else if ('meter' in message) {
              for (const [rule, ms] of message.meter.ruleMs) meter.ruleMs.set(rule, (meter.ruleMs.get(rule) ?? 0) + ms);
              for (const [rule, reasons] of message.meter.filtered) {
                const into = meter.filtered.get(rule) ?? new Map<string, number>();
                for (const [reason, n] of reasons) into.set(reason, (into.get(reason) ?? 0) + n);
                meter.filtered.set(rule, into);
              }
              finished = true;
              if (--running === 0) anyReady();
              void worker.terminate().then(() => resolveWorker());
            }
          });
          pooled.attach(
            () => {
              send();
              send();
              anyReady();
            },
            (why) => crashed(why),
          );
        }),
    ),
  ]);
  // Every worker died: finish what is left on the main thread rather than drop it.
  for (let batch = takeBatch(); batch; batch = takeBatch()) {
    for (const info of batch) {
      outcomes.push(await guardedProcessFile(info, root, fileAnalyzers, context, request.contents?.get(info.path)));
      request.onProgress?.(++done, infos.length);
    }
  }
  return outcomes;
}
