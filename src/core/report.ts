import type { Finding } from './finding.js';
import type { ScanIssue } from './issue.js';
import type { RuleMeta } from './rule.js';
import type { SkippedTarget } from './target.js';

export const REPORT_SCHEMA_VERSION = 1;

export interface SuppressedFinding {
  readonly finding: Finding;
  readonly kind: 'inline' | 'config' | 'baseline';
  readonly reason?: string;
  readonly expires?: string;
}

export interface ScanStats {
  readonly files: number;
  readonly bytes: number;
  readonly durationMs: number;
  readonly byAnalyzer: Readonly<Record<string, { readonly files: number; readonly findings: number; readonly durationMs: number }>>;
  /** With --debug: ms per rule. */
  readonly byRule?: Readonly<Record<string, number>>;
  /** With --debug: filtered candidates per rule and reason. */
  readonly filtered?: Readonly<Record<string, Readonly<Record<string, number>>>>;
}

export interface Verdict {
  readonly passed: boolean;
  readonly blocking: number;
  readonly failOn: string;
  readonly minConfidence: string;
  /** Present when --strict turned scan issues into a failure. */
  readonly blockingIssues?: number;
}

export interface ScanReport {
  readonly schemaVersion: typeof REPORT_SCHEMA_VERSION;
  readonly tool: { readonly name: 'skeptic'; readonly version: string };
  /** Absolute path of what was scanned (informational; every other path is relative to it). */
  readonly root: string;
  readonly findings: readonly Finding[];
  readonly suppressed: readonly SuppressedFinding[];
  readonly skipped: readonly SkippedTarget[];
  readonly issues: readonly ScanIssue[];
  readonly stats: ScanStats;
  readonly verdict: Verdict;
  /** Dates of data sets used (advisory DB, registry index). */
  readonly data?: Readonly<Record<string, { readonly date: string; readonly source?: string }>>;
  /** Metadata of the rules behind `findings` and `suppressed`, for SARIF `rules[]` and HTML help; not part of the JSON contract. */
  readonly rules?: Readonly<Record<string, RuleMeta>>;
}
