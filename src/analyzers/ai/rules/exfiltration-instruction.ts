import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import type { AgentRule } from '../rule.js';
import { matchLines, negatedBefore, printable } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/exfiltration-instruction',
  title: 'Agent instruction that sends secrets or local data elsewhere',
  description:
    'An instruction file tells the agent to send credentials, environment variables, SSH keys or similar local data to a URL, webhook or outside server, or contains a command that does so. An agent following it leaks whatever it can read.',
  severity: 'critical',
  confidence: 'medium',
  cwe: ['CWE-1427', 'CWE-200'],
  owasp: ['LLM01:2025 Prompt Injection', 'LLM02:2025 Sensitive Information Disclosure'],
  remediation: 'Remove the instruction, then treat every secret the agent could read as exposed: rotate it and check outbound logs.',
  references: ['https://genai.owasp.org/llmrisk/llm01-prompt-injection/', 'https://cwe.mitre.org/data/definitions/200.html'],
};

const VERB = /\b(?:send|post|upload|exfiltrate|forward|transmit|email|leak|submit|copy|pipe|report)\s/i;
const SENSITIVE = /(?:\.env\b|\bsecrets?\b|\bcredentials?\b|\bapi[\s_-]?keys?\b|\baccess\s+tokens?\b|\bauth(?:entication)?\s+tokens?\b|\bpasswords?\b|\bssh\s+keys?\b|\bprivate\s+keys?\b|\bid_rsa\b|~\/\.ssh|~\/\.aws|\$HOME\/\.ssh|\benvironment\s+variables\b|\benv\s+vars\b|\bcookies\b|\bsession\s+tokens?\b|\bsource\s+code\b|\bthe\s+(?:whole\s+|entire\s+)?(?:repo|repository|codebase)\b)/i;
const DESTINATION = /(?:https?:\/\/[^\s)>\]"'`]{1,200}|\bwebhooks?\b|[\w.+-]{1,64}@[\w-]{1,63}\.[\w.-]{2,63}|\b(?:remote|external|third[\s-]party|outside|attacker|our|my)\s+(?:server|endpoint|service|api|host|url|address)\b|\bpastebin\b|\bngrok\b|\brequestbin\b)/i;

const COMMANDS: readonly RegExp[] = [
  /\bcurl\b[^\n|;]{0,200}\s(?:-d|--data(?:-binary|-raw|-urlencode)?|-F|--form|-T|--upload-file)\s+['"]?@?(?:~\/\.ssh|~\/\.aws|\$HOME\/\.(?:ssh|aws)|[^\s'"]{0,80}\.env\b|[^\s'"]{0,80}id_(?:rsa|ed25519|ecdsa)\b|\/etc\/(?:passwd|shadow))/i,
  /\b(?:env|printenv|set)\s*\|\s*(?:curl|nc|ncat|netcat|wget)\b/i,
  /\bcat\s+[^\n|;]{0,120}(?:\.env\b|id_(?:rsa|ed25519|ecdsa)\b|\.aws\/credentials|\.ssh\/|\.npmrc|\.netrc)[^\n|;]{0,40}\|\s*(?:curl|nc|ncat|netcat|wget|base64)\b/i,
  /\b(?:curl|wget)\b[^\n]{0,200}\$\((?:env|printenv|cat\s+[^)\n]{1,100}|whoami)\)/i,
];

export const rule: AgentRule = {
  meta,
  kinds: ['instructions'],
  check(doc) {
    const findings: RawFinding[] = [];
    const seen = new Set<number>();
    for (const m of matchLines(doc.target.text, COMMANDS)) {
      seen.add(m.line);
      findings.push({
        ruleId: meta.id,
        message: `This command sends local secrets or files to another host: "${printable(m.text, 120)}"`,
        location: doc.index.location(doc.target.path, m.lineStart + m.index, m.lineStart + m.index + m.text.length),
        identity: `exfil-cmd:${m.text.replace(/\s+/g, ' ')}`,
      });
    }
    for (const m of matchLines(doc.target.text, [VERB], /https?:|webhook|@|server|endpoint|service|api|host|url|address|pastebin|ngrok|requestbin/i)) {
      if (seen.has(m.line)) continue;
      // Verb, data and destination in the same sentence after the verb: "send the .env file to https://…".
      const rest = m.lineText.slice(m.index, m.index + 300).split(/[.!?;](?:\s|$)/, 1)[0]!;
      if (!SENSITIVE.test(rest) || !DESTINATION.test(rest)) continue;
      if (negatedBefore(m.lineText, m.index)) continue;
      findings.push({
        ruleId: meta.id,
        message: `This instruction tells the agent to send sensitive data elsewhere: "${printable(rest, 160)}"`,
        location: doc.index.location(doc.target.path, m.lineStart + m.index, m.lineStart + m.index + rest.length),
        identity: `exfil:${rest.toLowerCase().replace(/\s+/g, ' ')}`,
      });
    }
    return findings;
  },
};
