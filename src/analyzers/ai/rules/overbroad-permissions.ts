import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { member, strings } from '../jsonc.js';
import type { AgentRule } from '../rule.js';

export const meta: RuleMeta = {
  id: 'ai/overbroad-permissions',
  title: 'Agent allowed to run any shell command',
  description:
    'The agent settings pre-approve every shell command (`Bash`, `Bash(*)`) or a prefix that amounts to the same thing (an interpreter, `sudo`, `curl`, `eval`). Any instruction the agent picks up, from a poisoned README, issue or tool result, then runs without a prompt.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-250', 'CWE-1427'],
  owasp: ['LLM06:2025 Excessive Agency'],
  remediation: 'Allow the specific commands the project needs (`Bash(npm run test:*)`, `Bash(git diff:*)`) and let everything else prompt.',
  references: ['https://docs.anthropic.com/en/docs/claude-code/iam', 'https://genai.owasp.org/llmrisk/llm062025-excessive-agency/'],
};

// Prefixes that run arbitrary code or reach the network with whatever argument follows.
const ANY_CODE = new Set([
  'sh', 'bash', 'zsh', 'fish', 'dash', 'ksh', 'pwsh', 'powershell', 'cmd', 'python', 'python3', 'python2', 'node', 'deno', 'bun',
  'ruby', 'perl', 'php', 'lua', 'eval', 'exec', 'sudo', 'su', 'doas', 'xargs', 'env', 'npx', 'bunx', 'uvx', 'curl', 'wget', 'ssh', 'nc', 'docker', 'kubectl', 'rm', 'chmod', 'chown', 'dd',
]);

/** `Bash`, `Bash(*)`, `Bash(:*)` → 'any'; `Bash(python:*)`, `Bash(sudo *)` → the prefix; else undefined. */
export function shellGrant(entry: string): string | undefined {
  const m = /^\s*Bash\s*(?:\(\s*([^)]{0,300})\s*\))?\s*$/.exec(entry);
  if (!m) return undefined;
  const inner = (m[1] ?? '').trim();
  if (inner === '' || /^[:*\s]{1,10}$/.test(inner)) return 'any';
  const head = /^([A-Za-z0-9_.\/-]{1,100})(?::\*|\s+\*|\*)$/.exec(inner);
  if (!head) return undefined;
  const program = head[1]!.slice(head[1]!.lastIndexOf('/') + 1).toLowerCase();
  return ANY_CODE.has(program) ? program : undefined;
}

export const rule: AgentRule = {
  meta,
  kinds: ['agent-settings'],
  needsJson: true,
  check(doc) {
    const findings: RawFinding[] = [];
    for (const entry of strings(member(member(doc.json, 'permissions'), 'allow'))) {
      const grant = shellGrant(entry.value);
      if (!grant) continue;
      findings.push({
        ruleId: meta.id,
        message: grant === 'any'
          ? `"${entry.value}" pre-approves every shell command the agent decides to run.`
          : `"${entry.value}" pre-approves \`${grant}\` with any arguments, which can run arbitrary code.`,
        location: doc.index.location(doc.target.path, entry.start, entry.end),
        identity: `allow:${entry.value}`,
        ...(grant === 'any' ? {} : { severity: 'medium' as const }),
      });
    }
    return findings;
  },
};
