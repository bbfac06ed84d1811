import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import type { Analyzer, AnalyzerContext, ScanOptions } from '../core/analyzer.js';
import type { Finding, RawFinding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import type { LineRange } from '../core/location.js';
import type { SkippedTarget, Target, TargetInfo } from '../core/target.js';
import type { ResolvedConfig } from '../config/schema.js';
import { finalizeFindings } from '../findings/finalize.js';
import { parseSuppressions, type SuppressionDirective } from '../findings/suppressions.js';
import { skipByContent, skipByPath, sizeLimitFor } from '../targets/classify.js';
import { firstLine } from '../source/filesystem.js';
import { readRegularFile } from '../source/read-file.js';
import { isRuleEnabled, ruleMap, severityOverride } from './rules.js';

export interface FileOutcome {
  readonly path: string;
  readonly bytes: number;
  readonly findings: Finding[];
  readonly issues: ScanIssue[];
  readonly skipped?: SkippedTarget;
  readonly directives: SuppressionDirective[];
  readonly analyzerMs: Record<string, number>;
}

export interface Meter {
  readonly ruleMs: Map<string, number>;
  readonly filtered: Map<string, Map<string, number>>;
}

export function newMeter(): Meter {
  return { ruleMs: new Map(), filtered: new Map() };
}

export function contextFor(root: string, config: ResolvedConfig, options: ScanOptions, analyzers: readonly Analyzer[], meter: Meter): AnalyzerContext {
  const rules = ruleMap(analyzers);
  const enabled = new Map<string, boolean>();
  return {
    root,
    config,
    options,
    isRuleEnabled(ruleId) {
      let value = enabled.get(ruleId);
      if (value === undefined) {
        value = isRuleEnabled(config, ruleId, rules.get(ruleId));
        enabled.set(ruleId, value);
      }
      return value;
    },
    count(ruleId, reason) {
      let byReason = meter.filtered.get(ruleId);
      if (!byReason) meter.filtered.set(ruleId, (byReason = new Map()));
      byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    },
    time(ruleId, ms) {
      meter.ruleMs.set(ruleId, (meter.ruleMs.get(ruleId) ?? 0) + ms);
    },
  };
}

const ruleMaps = new WeakMap<readonly Analyzer[], ReturnType<typeof ruleMap>>();
function cachedRuleMap(analyzers: readonly Analyzer[]): ReturnType<typeof ruleMap> {
  let map = ruleMaps.get(analyzers);
  if (!map) ruleMaps.set(analyzers, (map = ruleMap(analyzers)));
  return map;
}

/** Keeps findings that touch a changed line (diff mode). */
export function onChangedLines(location: { startLine: number; endLine: number }, ranges: readonly LineRange[] | undefined): boolean {
  if (!ranges) return true;
  return ranges.some((r) => location.startLine <= r.end && location.endLine >= r.start);
}

/** Bytes → text. Invalid UTF-8 is decoded with replacement characters and recorded, never dropped silently. */
export function decode(path: string, buffer: Buffer, issues: ScanIssue[]): string {
  const text = buffer.toString('utf8');
  if (text.includes('\uFFFD')) {
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(buffer);
    } catch {
      issues.push({ code: 'invalid-encoding', path, message: 'not valid UTF-8; scanned with replacement characters, so matches across the bad bytes may be missed' });
    }
  }
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

/**
 * Everything that happens to one file: skip checks, read, per-file analyzers, suppression
 * directives, finalisation. Runs in a worker thread or in-process for small scans.
 */
export async function processFile(
  info: TargetInfo,
  root: string,
  analyzers: readonly Analyzer[],
  context: AnalyzerContext,
  override: Buffer | undefined,
): Promise<FileOutcome> {
  const issues: ScanIssue[] = [];
  const base = { path: info.path, findings: [] as Finding[], issues, directives: [] as SuppressionDirective[], analyzerMs: {} as Record<string, number> };
  const pathSkip = skipByPath(info.path);
  if (pathSkip) return { ...base, bytes: 0, skipped: { path: info.path, ...pathSkip } };
  const limit = sizeLimitFor(info.type, context.config.maxFileSizeBytes, info.path);
  let buffer: Buffer;
  if (override) {
    buffer = override;
  } else {
    try {
      // Synchronous on purpose: one small file at a time, the async round-trip through the
      // libuv pool costs more than the read itself (measured ~10x on a 50k-file tree).
      // The shared buffer is safe here: it is decoded to a string below and not kept.
      const read = readRegularFile(join(root, info.path), limit, true);
      if (read.kind === 'not-regular') return { ...base, bytes: 0, skipped: { path: info.path, reason: 'unsupported', detail: 'not a regular file' } };
      if (read.kind === 'too-large') {
        return { ...base, bytes: 0, skipped: { path: info.path, reason: 'too-large', detail: `${read.size} bytes > limit ${limit}` } };
      }
      buffer = read.buffer;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ELOOP') return { ...base, bytes: 0, skipped: { path: info.path, reason: 'symlink', detail: 'symbolic link; not followed' } };
      if (code === 'ENOENT') return { ...base, bytes: 0, skipped: { path: info.path, reason: 'unreadable', detail: 'deleted from the working tree' } };
      issues.push({ code: 'read-error', path: info.path, message: `cannot read: ${firstLine(error)}` });
      return { ...base, bytes: 0, skipped: { path: info.path, reason: 'unreadable', detail: firstLine(error) } };
    }
  }
  if (buffer.length > limit) return { ...base, bytes: 0, skipped: { path: info.path, reason: 'too-large', detail: `${buffer.length} bytes > limit ${limit}` } };
  const contentSkip = skipByContent(info.path, info.type, buffer);
  if (contentSkip) return { ...base, bytes: buffer.length, skipped: { path: info.path, ...contentSkip } };
  const text = decode(info.path, buffer, issues);
  const target: Target = { ...info, sizeBytes: buffer.length, text };
  const raws: RawFinding[] = [];
  for (const analyzer of analyzers) {
    if (!analyzer.analyzeFile || !analyzer.accepts(info)) continue;
    const started = performance.now();
    try {
      const result = await analyzer.analyzeFile(target, context);
      for (const f of result.findings) if (context.isRuleEnabled(f.ruleId)) raws.push(f);
      if (result.issues) issues.push(...result.issues);
    } catch (error) {
      issues.push({ code: 'analyzer-crashed', analyzer: analyzer.id, path: info.path, message: `${analyzer.id} analyzer failed on this file: ${firstLine(error)}` });
    }
    base.analyzerMs[analyzer.id] = (base.analyzerMs[analyzer.id] ?? 0) + performance.now() - started;
  }
  const rules = cachedRuleMap(analyzers);
  const findings = finalizeFindings(
    raws.filter((f) => onChangedLines(f.location, info.changedLines)),
    text,
    rules,
    { showSecrets: context.options.showSecrets === true, severityOverride: (id) => severityOverride(context.config, id) },
  );
  const directives = text.includes('skeptic-ignore') ? parseSuppressions(info.path, text) : [];
  return { ...base, bytes: buffer.length, findings, directives };
}
