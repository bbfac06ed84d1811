import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import type { AgentRule } from '../rule.js';
import { matchLines, negatedBefore, printable, sentencePrefix } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/disable-security-instruction',
  title: 'Agent instruction that switches off security',
  description:
    'An instruction file tells the agent to override its other instructions, switch off security checks (TLS verification, sandboxing, commit hooks, permission prompts) or act without confirmation on anything. Whoever can edit the rules file then controls what the agent is willing to do.',
  severity: 'high',
  confidence: 'medium',
  cwe: ['CWE-1427', 'CWE-693'],
  owasp: ['LLM01:2025 Prompt Injection', 'LLM06:2025 Excessive Agency'],
  remediation: 'Remove the instruction. If a check must be skipped for one task, do it by hand for that task, not in a standing rule the agent applies everywhere.',
  references: ['https://genai.owasp.org/llmrisk/llm01-prompt-injection/', 'https://cwe.mitre.org/data/definitions/1427.html'],
};

const PATTERNS: readonly RegExp[] = [
  /\b(?:ignore|disregard|forget|override)\s+(?:all\s+|any\s+)?(?:of\s+)?(?:the\s+|your\s+)?(?:previous|prior|above|earlier|original|system|safety|security)\s+(?:instructions|rules|guidelines|prompts?|policies|guardrails)\b/i,
  /\b(?:disable|turn\s+off|switch\s+off|bypass|skip|circumvent|deactivate)\s+(?:all\s+|any\s+)?(?:the\s+)?(?:security|safety|sandbox(?:ing)?|ssl|tls|certificate|csrf|content[\s-]security[\s-]policy)\s+(?:checks?|verification|validation|protections?|scans?|scanning|hooks?|policy|policies|rules|features?|mode|guardrails|filters?)\b/i,
  /\b(?:disable|turn\s+off|bypass|skip|deactivate)\s+(?:the\s+)?(?:sandbox|permission\s+prompts?|approval\s+prompts?|confirmation\s+prompts?|code\s+review|pre-commit\s+hooks?|git\s+hooks?)\b/i,
  /\bgit\s+(?:commit|push)\b[^\n]{0,80}\s--no-verify\b/i,
  /\bNODE_TLS_REJECT_UNAUTHORIZED\s*=\s*['"]?0/,
  /\bhttp\.sslVerify\s+false\b/i,
];

/** "without asking" only matters when it covers everything, not one named command. */
const BROAD_APPROVAL = /\b(?:never|don'?t|do\s+not)\s+(?:ask|prompt|wait)\s+(?:the\s+user\s+)?(?:for\s+)?(?:permission|confirmation|approval)\b|\bwithout\s+(?:asking|requesting|waiting)\s+(?:for\s+)?(?:the\s+user'?s?\s+)?(?:permission|confirmation|approval)\b/i;
const BROAD_SCOPE = /\b(?:any|all|every|anything|everything|arbitrary|whatever)\b/i;

export const rule: AgentRule = {
  meta,
  kinds: ['instructions'],
  check(doc) {
    const findings: RawFinding[] = [];
    const push = (line: number, lineStart: number, index: number, length: number, text: string, why: string) =>
      findings.push({
        ruleId: meta.id,
        message: `This instruction ${why}: "${printable(text, 120)}"`,
        location: doc.index.location(doc.target.path, lineStart + index, lineStart + index + length),
        identity: `disable:${text.toLowerCase().replace(/\s+/g, ' ')}`,
      });
    for (const m of matchLines(doc.target.text, PATTERNS)) {
      if (negatedBefore(m.lineText, m.index)) continue;
      push(m.line, m.lineStart, m.index, m.text.length, m.text, /ignore|disregard|forget|override/i.test(m.text) ? 'tells the agent to override its other instructions' : 'tells the agent to switch off a security control');
    }
    for (const m of matchLines(doc.target.text, [BROAD_APPROVAL])) {
      const sentence = sentencePrefix(m.lineText, m.index) + m.lineText.slice(m.index, m.index + 200).split(/[.!?;](?:\s|$)/, 1)[0];
      if (!BROAD_SCOPE.test(sentence)) continue;
      const prefix = sentencePrefix(m.lineText, m.index);
      // The phrase itself carries "never/do not"; only a negation before it (e.g. "you must not …") cancels it.
      if (/\b(?:must\s+not|should\s+not|shouldn'?t|such\s+as|like|e\.g\.)\b/i.test(prefix)) continue;
      push(m.line, m.lineStart, m.index, m.text.length, m.text, 'lets the agent act on anything without asking');
    }
    return findings;
  },
};
