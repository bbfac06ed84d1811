import type { Analyzer } from '../core/analyzer.js';
import type { RuleMeta } from '../core/rule.js';
import type { Severity } from '../core/severity.js';
import type { ResolvedConfig } from '../config/schema.js';

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
    if (key.endsWith('/*') && ruleId.startsWith(key.slice(0, -1)) && (!best || key.length > best.length)) best = { length: key.length, setting };
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
