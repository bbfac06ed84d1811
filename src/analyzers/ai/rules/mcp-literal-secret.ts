import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { mcpServers, type StringValue } from '../mcp.js';
import type { AgentRule } from '../rule.js';
import { placeholderReason, referenceReason } from '../../shared/placeholders.js';

export const meta: RuleMeta = {
  id: 'ai/mcp-literal-secret',
  title: 'Literal credential in an MCP server config',
  description:
    'An MCP server\'s `env`, `headers` or arguments carry a literal token, key or password. MCP config files are meant to be committed and shared, so the credential reaches everyone with the repository, and every agent session can read it.',
  severity: 'high',
  confidence: 'medium',
  cwe: ['CWE-798'],
  owasp: ['LLM02:2025 Sensitive Information Disclosure'],
  remediation: 'Revoke the credential, then reference it instead of embedding it: `"${env:GITHUB_TOKEN}"` / `"${GITHUB_TOKEN}"` (Claude Code, Cursor) or an `${input:…}` prompt (VS Code).',
  references: ['https://cwe.mitre.org/data/definitions/798.html', 'https://docs.anthropic.com/en/docs/claude-code/mcp'],
};

const SECRET_KEY = /(?:token|secret|passw(?:or)?d|passwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|credential|auth|client[_-]?secret|\bpat\b|_pat$|^pat_)/i;
const SECRET_HEADER = /^(?:authorization|proxy-authorization|x-api-key|api-key|x-auth-token|x-access-token|cookie)$/i;
const SECRET_ARG = /^--?(?:api[_-]?key|token|access[_-]?token|auth[_-]?token|password|secret|client[_-]?secret)(?:=(.+))?$/i;
const REFERENCE = /\$\{|\$[A-Z_][A-Z0-9_]*|\{env:|%[A-Z_][A-Z0-9_]*%/i;

/** The credential part of a value ("Bearer abc…" → "abc…"), or undefined when it is not a literal secret. */
export function literalSecret(raw: string): string | undefined {
  const value = raw.trim().replace(/^(?:Bearer|Basic|Token|token)\s+/, '');
  if (value.length < 8 || value.length > 4096) return undefined;
  // Partial references (`Bearer ${env:X}`) are not secrets; nor are the placeholders the secrets analyzer knows.
  if (REFERENCE.test(value) || referenceReason(value) || placeholderReason(value)) return undefined;
  if (/\s/.test(value)) return undefined; // prose, not a token
  const classes = [/[a-z]/, /[A-Z]/, /[0-9]/, /[^A-Za-z0-9]/].filter((c) => c.test(value)).length;
  const distinct = new Set(value).size;
  if (classes < 2 || distinct < 6) return undefined;
  return value;
}

export const rule: AgentRule = {
  meta,
  kinds: ['mcp-config', 'agent-settings'],
  needsJson: true,
  check(doc) {
    const findings: RawFinding[] = [];
    const push = (server: string, where: string, node: StringValue, secret: string) =>
      findings.push({
        ruleId: meta.id,
        message: `MCP server "${server}" has a literal credential in ${where} (${secret.length} characters).`,
        location: doc.index.location(doc.target.path, node.start, node.end),
        secretValue: secret,
        identity: `mcp-secret:${server}:${where}`,
      });
    for (const server of mcpServers(doc.json)) {
      for (const { key, value } of server.env) {
        if (!SECRET_KEY.test(key)) continue;
        const secret = literalSecret(value.value);
        if (secret) push(server.name, `env ${key}`, value, secret);
      }
      for (const { key, value } of server.headers) {
        if (!SECRET_HEADER.test(key) && !SECRET_KEY.test(key)) continue;
        const secret = literalSecret(value.value);
        if (secret) push(server.name, `header ${key}`, value, secret);
      }
      for (let i = 0; i < server.args.length; i++) {
        const m = SECRET_ARG.exec(server.args[i]!.value);
        if (!m) continue;
        const node = m[1] !== undefined ? server.args[i]! : server.args[i + 1];
        const raw = m[1] ?? node?.value;
        const secret = raw !== undefined ? literalSecret(raw) : undefined;
        if (node && secret) push(server.name, `argument ${server.args[i]!.value.split('=')[0]}`, node, secret);
      }
    }
    return findings;
  },
};
