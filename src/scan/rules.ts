import type { Analyzer } from '../core/analyzer.js';
import type { RuleMeta } from '../core/rule.js';
import type { Severity } from '../core/severity.js';
import type { ResolvedConfig } from '../config/schema.js';
import type { ScanIssue } from '../core/issue.js';
import { analyzerOf, ruleMatches } from '../core/rule.js';

export function ruleMap(analyzers: readonly Analyzer[]): Map<string, RuleMeta> {
  const map = new Map<string, RuleMeta>();
  for (const a of analyzers) for (const r of a.rules) map.set(r.id, r);
  return map;
}

function settingFor(config: ResolvedConfig, ruleId: string) {
  if (ruleId in config.rules) return config.rules[ruleId];
  // `"secrets/*": "off"` style prefixes; the longest prefix wins
  let best: { length: number; setting: ResolvedConfig['rules'][string] } | undefined;
  for (const [key, setting] of Object.entries(config.rules)) {
    if (key.endsWith('/*') && ruleMatches(key, ruleId) && (!best || key.length > best.length)) best = { length: key.length, setting };
  }
  return best?.setting;
}

export function isRuleEnabled(config: ResolvedConfig, ruleId: string, meta?: RuleMeta): boolean {
  const setting = settingFor(config, ruleId);
  if (setting === 'off') return false;
  if (typeof setting === 'object' && setting.enabled === false) return false;
  if (meta?.stage === 'experimental') return setting === 'on' || (typeof setting === 'object' && setting.enabled === true);
  return true;
}

export function severityOverride(config: ResolvedConfig, ruleId: string): Severity | undefined {
  const setting = settingFor(config, ruleId);
  if (typeof setting === 'object') return setting.severity;
  if (setting === 'off' || setting === 'on' || setting === undefined) return undefined;
  return setting;
}

/**
 * Config entries (`rules:` keys, `ignore:` rules, `ai.forbid`) that name no rule. A typo there silently does
 * nothing: the rule meant to be off stays on, the ignore meant for it matches nothing. Only
 * analyzers loaded for this scan are checked (a hook scan of one file loads one); a name
 * outside every analyzer is always reported.
 */
export function unknownRuleIssues(config: ResolvedConfig, loaded: readonly Analyzer[], configFile: string | undefined): ScanIssue[] {
  const ids = new Map(loaded.map((a) => [a.id, a.rules.map((r) => r.id)] as const));
  const issues: ScanIssue[] = [];
  const check = (pattern: string, where: string) => {
    const analyzer = analyzerOf(pattern);
    const path = configFile ? { path: configFile } : {};
    if (!analyzer) {
      issues.push({ code: 'unknown-rule', ...path, ruleId: pattern, message: `${where} names ${pattern}, which belongs to no analyzer (rule ids start with code/, secrets/, dependencies/, iac/ or ai/); it has no effect` });
      return;
    }
    const known = ids.get(analyzer);
    if (!known) return;
    if (!known.some((id) => ruleMatches(pattern, id))) {
      issues.push({ code: 'unknown-rule', ...path, ruleId: pattern, message: `${where} names ${pattern}, which is no ${analyzer} rule (see docs/rules.md); it has no effect` });
    }
  };
  for (const key of Object.keys(config.rules)) check(key, 'rules:');
  for (const entry of config.ignore) if (entry.rule !== undefined) check(entry.rule, 'an ignore: entry');
  for (const rule of config.ai.forbid) check(rule, 'ai.forbid:');
  return issues;
}
