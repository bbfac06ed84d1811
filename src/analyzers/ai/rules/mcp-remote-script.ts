import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { member } from '../jsonc.js';
import { argv, hookCommands, mcpServers } from '../mcp.js';
import type { AgentRule } from '../rule.js';
import { printable } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/mcp-remote-script',
  title: 'Agent config pipes a downloaded script into a shell',
  description:
    'An MCP server or agent hook runs `curl … | sh` (or wget, or PowerShell `irm … | iex`): whatever the remote host serves at that moment is executed with the developer\'s rights, with no version, no integrity check and no review.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-494', 'CWE-829'],
  owasp: ['LLM03:2025 Supply Chain'],
  remediation: 'Download the script once, review it, commit it or pin it by checksum, and run the local copy; better, install the server as a pinned package.',
  references: ['https://cwe.mitre.org/data/definitions/494.html'],
};

export const PIPE_TO_SHELL = /\b(?:curl|wget|fetch)\b[^\n|;&]{0,300}\|\s*(?:sudo\s+(?:-\S+\s+)?)?(?:ba|z|da|k)?sh\b|\b(?:irm|iwr|Invoke-RestMethod|Invoke-WebRequest)\b[^\n|;]{0,300}\|\s*(?:iex|Invoke-Expression)\b|\b(?:ba|z)?sh\s+-c\s+["']?\$\((?:curl|wget)\b|\b(?:ba|z)?sh\s+<\(\s*(?:curl|wget)\b/i;

export const rule: AgentRule = {
  meta,
  kinds: ['mcp-config', 'agent-settings'],
  needsJson: true,
  check(doc) {
    const findings: RawFinding[] = [];
    const report = (where: string, text: string, start: number, end: number) => {
      const m = PIPE_TO_SHELL.exec(text);
      if (!m) return false;
      findings.push({
        ruleId: meta.id,
        message: `${where} pipes a downloaded script into a shell: "${printable(m[0], 140)}"`,
        location: doc.index.location(doc.target.path, start, end),
        identity: `pipe-shell:${where}:${m[0]}`,
      });
      return true;
    };
    for (const server of mcpServers(doc.json)) {
      const words = argv(server);
      const joined = words.map((w) => w.value).join(' ');
      const anchor = words.find((w) => /curl|wget|irm|iwr|Invoke-|\$\(/i.test(w.value)) ?? words[0];
      if (anchor) report(`MCP server "${server.name}"`, joined, anchor.start, anchor.end);
    }
    for (const h of hookCommands(member(doc.json, 'hooks'))) report('An agent hook', h.value, h.start, h.end);
    return findings;
  },
};
