import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { mcpServers, type StringValue } from '../mcp.js';
import type { AgentRule } from '../rule.js';

export const meta: RuleMeta = {
  id: 'ai/mcp-plain-http',
  title: 'Remote MCP server over plain HTTP',
  description:
    'The agent talks to a remote MCP server over unencrypted HTTP. Anyone on the network path can read the tool calls (code, file contents, tokens in headers) and rewrite the tool results the model acts on.',
  severity: 'medium',
  confidence: 'high',
  cwe: ['CWE-319'],
  owasp: ['LLM03:2025 Supply Chain'],
  remediation: 'Use the server\'s https:// endpoint. Plain http is only reasonable for a server on localhost.',
  references: ['https://cwe.mitre.org/data/definitions/319.html'],
};

const LOOPBACK = /^http:\/\/(?:localhost|127(?:\.\d{1,3}){3}|\[::1\]|0\.0\.0\.0|[A-Za-z0-9-]{1,63}\.localhost|host\.docker\.internal)(?::\d{1,5})?(?:[/?#]|$)/i;

export function isRemotePlainHttp(url: string): boolean {
  return /^http:\/\//i.test(url) && !LOOPBACK.test(url);
}

export const rule: AgentRule = {
  meta,
  kinds: ['mcp-config', 'agent-settings'],
  needsJson: true,
  check(doc) {
    const findings: RawFinding[] = [];
    for (const server of mcpServers(doc.json)) {
      // A url field, or a stdio bridge such as `npx mcp-remote http://…`.
      const candidates: StringValue[] = [...(server.url ? [server.url] : []), ...server.args.filter((a) => /^http:\/\//i.test(a.value))];
      for (const c of candidates) {
        if (!isRemotePlainHttp(c.value)) continue;
        findings.push({
          ruleId: meta.id,
          message: `MCP server "${server.name}" is reached over plain HTTP (${c.value.slice(0, 120)}); its traffic can be read and changed in transit.`,
          location: doc.index.location(doc.target.path, c.start, c.end),
          identity: `mcp-http:${server.name}:${c.value}`,
        });
      }
    }
    return findings;
  },
};
