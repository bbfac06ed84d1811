import type { Finding } from '../core/finding.js';
import { severityRank } from '../core/severity.js';

/**
 * One finding per fingerprint. When a provider-specific rule and a generic one fire on the
 * same span, analyzers suppress the generic one themselves; here only exact repeats merge.
 */
export function dedupe(findings: readonly Finding[]): Finding[] {
  const best = new Map<string, Finding>();
  for (const f of findings) {
    const prev = best.get(f.fingerprint);
    if (!prev || severityRank(f.severity) > severityRank(prev.severity)) best.set(f.fingerprint, f);
  }
  return [...best.values()];
}

export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      (a.location.path < b.location.path ? -1 : a.location.path > b.location.path ? 1 : 0) ||
      a.location.startLine - b.location.startLine ||
      a.location.startColumn - b.location.startColumn ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}
