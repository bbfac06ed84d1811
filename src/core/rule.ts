import type { Confidence, Severity } from './severity.js';

export const ANALYZER_IDS = ['code', 'secrets', 'dependencies', 'iac', 'ai'] as const;
export type AnalyzerId = (typeof ANALYZER_IDS)[number];

export type RuleId = `${AnalyzerId}/${string}`;
export type CweId = `CWE-${number}`;

/**
 * Declared once per rule; docs, SARIF `rules[]`, the policy and the JSON report all read it.
 * `id` equals the rule file's path under `analyzers/<analyzer>/rules/`, checked by tools/check-rules.
 */
export interface RuleMeta {
  readonly id: RuleId;
  /** One line: doc H1 and SARIF shortDescription. */
  readonly title: string;
  /** Why it matters and what to do; SARIF fullDescription and help. */
  readonly description: string;
  readonly severity: Severity;
  readonly confidence: Confidence;
  /** Security rules name at least one CWE. */
  readonly cwe: readonly [CweId, ...CweId[]];
  readonly owasp?: readonly string[];
  /** The same check in peer tools: `semgrep:…`, `bandit:B602`, `eslint:security/detect-eval-with-expression`, `checkov:CKV_K8S_16`, `trivy:KSV017`, `kics:<uuid>`, `gitleaks:github-pat`. */
  readonly equivalents?: readonly string[];
  /** What the user should do. Rendered in docs and SARIF help. */
  readonly remediation?: string;
  readonly references?: readonly string[];
  readonly fixable?: 'safe' | 'unsafe';
  /** Former ids, never reused. */
  readonly aliases?: readonly string[];
  /** Not in default presets until promoted. */
  readonly stage?: 'experimental';
}

export function analyzerOf(ruleId: string): AnalyzerId | undefined {
  const head = ruleId.split('/', 1)[0];
  return (ANALYZER_IDS as readonly string[]).includes(head ?? '') ? (head as AnalyzerId) : undefined;
}

/** A rule id, or a prefix ending in `/*` (`secrets/*`), as config, ignores and directives write them. */
export function ruleMatches(pattern: string, ruleId: string): boolean {
  return pattern === ruleId || (pattern.endsWith('/*') && ruleId.startsWith(pattern.slice(0, -1)));
}
