import type { RawFinding } from './finding.js';
import type { ScanIssue } from './issue.js';
import type { AnalyzerId, RuleMeta } from './rule.js';
import type { Target, TargetInfo } from './target.js';
import type { ResolvedConfig } from '../config/schema.js';

export interface AnalysisResult {
  readonly findings: readonly RawFinding[];
  readonly issues?: readonly ScanIssue[];
  /** Data sets the result depends on, with their dates (e.g. `advisories/npm`); the report states them. */
  readonly data?: Readonly<Record<string, { readonly date: string; readonly source?: string }>>;
}

export interface ScanOptions {
  /** Local opt-in: keep the raw secret in output. */
  readonly showSecrets?: boolean;
  /** Opt-in network: ask providers whether found secrets are live. */
  readonly verify?: boolean;
  /** Never touch the network (default when local data exists). */
  readonly offline?: boolean;
  readonly debug?: boolean;
  /** Where downloaded data (advisory DB, registry caches) lives. */
  readonly cacheDir?: string;
}

export interface AnalyzerContext {
  /** Absolute path of the scan root. Only for locating data; files come through targets. */
  readonly root: string;
  readonly config: ResolvedConfig;
  readonly options: ScanOptions;
  /** Is this rule enabled by config? Analyzers skip disabled rules entirely. */
  isRuleEnabled(ruleId: string): boolean;
  /** Count a filtered candidate with its reason (shown with --debug). */
  count(ruleId: string, reason: string): void;
  /** Add time spent in a rule (shown with --debug). */
  time(ruleId: string, ms: number): void;
}

/**
 * An analyzer decides which targets it wants and turns their content into findings.
 * It may not: read files other than through its targets, print, exit, or use the
 * network unless `needs.network` is declared and the user opted in.
 */
export interface Analyzer {
  readonly id: AnalyzerId;
  /** Bump when results change; part of cache keys. */
  readonly version: number;
  readonly rules: readonly RuleMeta[];
  readonly needs?: { readonly network?: boolean };
  /** Cheap and pure: decides from path and type alone. */
  accepts(target: TargetInfo): boolean;
  /** Per-file work; may run in a worker thread, so it must not rely on shared state. */
  analyzeFile?(target: Target, context: AnalyzerContext): AnalysisResult | Promise<AnalysisResult>;
  /** Whole-project work on the main thread, with every accepted target (e.g. lockfile + manifest, cross-manifest checks). */
  analyzeProject?(targets: readonly Target[], context: AnalyzerContext): AnalysisResult | Promise<AnalysisResult>;
}
