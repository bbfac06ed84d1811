import type { Finding } from '../core/finding.js';
import type { ScanIssue } from '../core/issue.js';
import type { Verdict } from '../core/report.js';
import { atLeastConfidence, atLeastSeverity, type Confidence, type Severity } from '../core/severity.js';
import type { ResolvedConfig } from '../config/schema.js';
import { ruleMatches } from '../core/rule.js';

export interface Policy {
  readonly failOn: Severity;
  readonly minConfidence: Confidence;
  readonly strict: boolean;
  readonly ai: ResolvedConfig['ai'];
}

/** Issues that mean something was not analysed; `--strict` turns them into a failure. */
const INFORMATIONAL_ISSUES = new Set(['unused-suppression']);

export function isBlocking(finding: Finding, policy: Policy): boolean {
  if (finding.ai?.aiAuthored === true) {
    if (policy.ai.forbid.some((rule) => ruleMatches(rule, finding.ruleId))) return true;
    return atLeastSeverity(finding.severity, policy.ai.failOn) && atLeastConfidence(finding.confidence, policy.ai.minConfidence);
  }
  return atLeastSeverity(finding.severity, policy.failOn) && atLeastConfidence(finding.confidence, policy.minConfidence);
}

export function evaluate(findings: readonly Finding[], issues: readonly ScanIssue[], policy: Policy): Verdict {
  const blocking = findings.filter((f) => isBlocking(f, policy)).length;
  const blockingIssues = policy.strict ? issues.filter((i) => !INFORMATIONAL_ISSUES.has(i.code)).length : 0;
  return {
    passed: blocking === 0 && blockingIssues === 0,
    blocking,
    failOn: policy.failOn,
    minConfidence: policy.minConfidence,
    ...(policy.strict ? { blockingIssues } : {}),
  };
}
