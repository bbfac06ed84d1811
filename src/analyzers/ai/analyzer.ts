import { performance } from 'node:perf_hooks';
import type { Analyzer } from '../../core/analyzer.js';
import type { RawFinding } from '../../core/finding.js';
import type { ScanIssue } from '../../core/issue.js';
import { LineIndex } from '../../core/location.js';
import type { TargetInfo } from '../../core/target.js';
import { JsonParseError, parseJsonc, type JsonNode } from './jsonc.js';
import type { AgentDocument } from './rule.js';
import { agentRules } from './rules/index.js';

/** A hostile file can hold millions of invisible characters; past this, one issue says the rest were not listed. */
const MAX_FINDINGS_PER_RULE = 50;

export const analyzer: Analyzer = {
  id: 'ai',
  version: 1,
  rules: agentRules.map((r) => r.meta),
  accepts: (target: TargetInfo) => target.type.kind === 'agent-config',
  analyzeFile(target, context) {
    if (target.type.kind !== 'agent-config') return { findings: [] };
    const kind = target.type.format;
    const issues: ScanIssue[] = [];
    let json: JsonNode | undefined;
    if (kind === 'mcp-config' || kind === 'agent-settings') {
      try {
        json = parseJsonc(target.text);
      } catch (error) {
        const offset = error instanceof JsonParseError ? error.offset : 0;
        const line = new LineIndex(target.text).position(offset).line;
        issues.push({ code: 'parse-error', analyzer: 'ai', path: target.path, line, message: `not valid JSON, so MCP servers and permissions were not checked: ${(error as Error).message}` });
      }
    }
    const doc: AgentDocument = { target, kind, index: new LineIndex(target.text), ...(json ? { json } : {}) };
    const findings: RawFinding[] = [];
    for (const rule of agentRules) {
      if (!rule.kinds.includes(kind) || !context.isRuleEnabled(rule.meta.id)) continue;
      if (rule.needsJson && !json) continue;
      const t0 = performance.now();
      try {
        const found = rule.check(doc, context);
        if (found.length > MAX_FINDINGS_PER_RULE) {
          issues.push({ code: 'rule-crashed', analyzer: 'ai', ruleId: rule.meta.id, path: target.path, message: `${found.length} findings; only the first ${MAX_FINDINGS_PER_RULE} are reported` });
        }
        findings.push(...found.slice(0, MAX_FINDINGS_PER_RULE));
      } catch (error) {
        issues.push({ code: 'rule-crashed', analyzer: 'ai', ruleId: rule.meta.id, path: target.path, message: `${rule.meta.id} failed: ${(error as Error).message}` });
      }
      context.time(rule.meta.id, performance.now() - t0);
    }
    return { findings, issues };
  },
};
