import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository's own bin, so every timing includes process start like a user's run. */
export const SKEPTIC_BIN = resolve(fileURLToPath(new URL('../../../bin/skeptic.js', import.meta.url)));

export interface Measurement {
  readonly label: string;
  /** Median wall time over rounds, milliseconds. */
  readonly medianMs: number;
  readonly allMs: readonly number[];
  /** Median peak resident memory, KiB (from /usr/bin/time). */
  readonly peakKb?: number;
  readonly exitCodes: readonly number[];
}

export interface BenchContext {
  /** The directory passed to `npm run bench -- DIR`, or undefined. */
  readonly dir?: string;
  readonly rounds: number;
  /** $PEERS_ROOT when peers are installed. */
  readonly peersRoot?: string;
  /** Extra named directories: BENCH_<NAME>=path in the environment (e.g. BENCH_TERRAFORM). */
  readonly named: Readonly<Record<string, string>>;
  log(line: string): void;
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

const TIME = '/usr/bin/time';

/**
 * Runs a command `rounds` times (after one untimed warm-up when `warmup`) and records wall time
 * and peak RSS. Commands run one after another, never in parallel, so peers share the machine fairly.
 */
export function measure(label: string, command: string, args: readonly string[], rounds: number, options: SpawnSyncOptions & { warmup?: boolean } = {}): Measurement {
  const times: number[] = [];
  const peaks: number[] = [];
  const codes: number[] = [];
  const useTime = existsSync(TIME);
  if (options.warmup) spawnSync(command, args, { ...options, stdio: 'ignore' });
  for (let i = 0; i < rounds; i++) {
    const started = process.hrtime.bigint();
    const result = useTime
      ? spawnSync(TIME, ['-f', '__PEAK_KB__%M', command, ...args], { ...options, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 1 << 28 })
      : spawnSync(command, args, { ...options, stdio: 'ignore' });
    times.push(Number(process.hrtime.bigint() - started) / 1e6);
    codes.push(result.status ?? -1);
    const stderr = result.stderr?.toString() ?? '';
    const m = /__PEAK_KB__(\d+)/.exec(stderr);
    if (m) peaks.push(Number(m[1]));
  }
  return { label, medianMs: median(times), allMs: times, ...(peaks.length ? { peakKb: median(peaks) } : {}), exitCodes: codes };
}

export function shell(label: string, script: string, rounds: number, options: SpawnSyncOptions & { warmup?: boolean } = {}): Measurement {
  return measure(label, 'bash', ['-c', script], rounds, options);
}

export function formatRow(m: Measurement): string {
  const mem = m.peakKb ? `${(m.peakKb / 1024).toFixed(0)} MB` : '?';
  return `  ${m.label.padEnd(56)} ${(m.medianMs / 1000).toFixed(3).padStart(9)} s   peak ${mem.padStart(7)}`;
}

export function ratio(ours: Measurement, peer: Measurement): string {
  const speed = peer.medianMs / ours.medianMs;
  const mem = ours.peakKb && peer.peakKb ? `, memory ${(ours.peakKb / peer.peakKb).toFixed(2)}× of peer` : '';
  // "0.7× slower" reads as faster; below 1 say how many times the peer's time it takes.
  const verdict = speed >= 1 ? `is ${speed.toFixed(1)}× faster than` : `takes ${(1 / speed).toFixed(2)}× the time of (runs at ${speed.toFixed(2)}× the speed of)`;
  return `  → ${ours.label} ${verdict} ${peer.label}${mem}`;
}

export function peer(ctx: BenchContext, ...parts: string[]): string | undefined {
  if (!ctx.peersRoot) return undefined;
  const path = join(ctx.peersRoot, ...parts);
  return existsSync(path) ? path : undefined;
}

/** A bench section: one per area, registered in tools/bench.ts. */
export interface BenchSection {
  readonly name: string;
  readonly description: string;
  run(ctx: BenchContext): Promise<void> | void;
}
