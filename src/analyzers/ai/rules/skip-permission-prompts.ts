import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { member } from '../jsonc.js';
import { ALL_KINDS, type AgentRule } from '../rule.js';
import { matchLines, negatedBefore } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/skip-permission-prompts',
  title: 'Agent permission prompts switched off',
  description:
    'The agent is configured or told to run without permission prompts (`defaultMode: "bypassPermissions"`, `--dangerously-skip-permissions`, Codex `--dangerously-bypass-approvals-and-sandbox`, Gemini `--yolo`), or to trust every MCP server the repository declares. Nothing then stands between an injected instruction and its execution.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-250', 'CWE-1427'],
  owasp: ['LLM06:2025 Excessive Agency'],
  remediation: 'Keep prompts on for interactive use; run unattended agents only in a disposable sandbox or container without credentials.',
  references: ['https://docs.anthropic.com/en/docs/claude-code/settings', 'https://genai.owasp.org/llmrisk/llm062025-excessive-agency/'],
};

const FLAGS = [/--dangerously-skip-permissions\b/, /--dangerously-bypass-approvals-and-sandbox\b/, /--permission-mode[\s=]+bypassPermissions\b/, /(?:^|[\s`'"])--yolo\b/];

export const rule: AgentRule = {
  meta,
  kinds: ALL_KINDS,
  check(doc) {
    const findings: RawFinding[] = [];
    const text = doc.target.text;
    if (doc.kind === 'agent-settings' && doc.json) {
      const mode = member(member(doc.json, 'permissions'), 'defaultMode');
      if (mode?.kind === 'string' && mode.value === 'bypassPermissions') {
        findings.push({
          ruleId: meta.id,
          message: 'permissions.defaultMode "bypassPermissions" runs every tool call, shell commands included, without asking.',
          location: doc.index.location(doc.target.path, mode.start, mode.end),
          identity: 'defaultMode:bypassPermissions',
        });
      }
      const all = member(doc.json, 'enableAllProjectMcpServers');
      if (all?.kind === 'boolean' && all.raw === 'true') {
        findings.push({
          ruleId: meta.id,
          message: 'enableAllProjectMcpServers: true starts any MCP server a checked-out repository declares in .mcp.json, without asking.',
          location: doc.index.location(doc.target.path, all.start, all.end),
          identity: 'enableAllProjectMcpServers',
          severity: 'medium',
        });
      }
    }
    if (!text.includes('--')) return findings;
    for (const m of matchLines(text, FLAGS, /--/)) {
      if (doc.kind === 'instructions' && negatedBefore(m.lineText, m.index)) continue;
      const flag = m.text.trim().replace(/^[`'"]/, '');
      findings.push({
        ruleId: meta.id,
        message: `\`${flag}\` runs the agent with permission prompts off.`,
        location: doc.index.location(doc.target.path, m.lineStart + m.index, m.lineStart + m.index + m.text.length),
        identity: `flag:${flag}`,
      });
    }
    return findings;
  },
};
