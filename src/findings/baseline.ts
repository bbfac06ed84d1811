import type { Finding } from '../core/finding.js';
import type { SuppressedFinding } from '../core/report.js';

export interface BaselineEntry {
  readonly ruleId: string;
  readonly path: string;
  readonly fingerprint: string;
  readonly contentHash: string;
  /** Informational: where it was when the baseline was made. */
  readonly line: number;
}

export interface Baseline {
  readonly schemaVersion: 1;
  readonly kind: 'skeptic-baseline';
  readonly created: string;
  readonly findings: readonly BaselineEntry[];
}

export function createBaseline(findings: readonly Finding[], created: string): Baseline {
  return {
    schemaVersion: 1,
    kind: 'skeptic-baseline',
    created,
    findings: findings
      .map((f) => ({ ruleId: f.ruleId, path: f.location.path, fingerprint: f.fingerprint, contentHash: f.contentHash, line: f.location.startLine }))
      .sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line)),
  };
}

export class BaselineError extends Error {}

export function parseBaseline(text: string, file: string): Baseline {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (error) {
    throw new BaselineError(`${file}: not JSON: ${(error as Error).message}`);
  }
  const value = raw as Partial<Baseline>;
  if (value?.kind !== 'skeptic-baseline' || value.schemaVersion !== 1 || !Array.isArray(value.findings)) {
    throw new BaselineError(`${file}: not a skeptic baseline (expected kind "skeptic-baseline", schemaVersion 1)`);
  }
  return value as Baseline;
}

/**
 * Splits findings into new and known. A finding is known when its fingerprint is in the
 * baseline (same file, any line), or when its path-free content hash matches an entry that
 * no finding claimed by fingerprint (the file was renamed or moved). Each entry matches once,
 * so a second copy of a known problem is new.
 */
export function applyBaseline(findings: readonly Finding[], baseline: Baseline): { kept: Finding[]; suppressed: SuppressedFinding[] } {
  const byFingerprint = new Map<string, BaselineEntry>();
  for (const e of baseline.findings) byFingerprint.set(e.fingerprint, e);
  const claimed = new Set<BaselineEntry>();
  const unmatched: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  for (const f of findings) {
    const entry = byFingerprint.get(f.fingerprint);
    if (entry && !claimed.has(entry)) {
      claimed.add(entry);
      suppressed.push({ finding: f, kind: 'baseline' });
    } else {
      unmatched.push(f);
    }
  }
  const byContent = new Map<string, BaselineEntry[]>();
  for (const e of baseline.findings) {
    if (claimed.has(e)) continue;
    const list = byContent.get(e.contentHash) ?? [];
    list.push(e);
    byContent.set(e.contentHash, list);
  }
  const kept: Finding[] = [];
  for (const f of unmatched) {
    const entry = byContent.get(f.contentHash)?.shift();
    if (entry) suppressed.push({ finding: f, kind: 'baseline', reason: `in baseline (was ${entry.path})` });
    else kept.push(f);
  }
  return { kept, suppressed };
}
