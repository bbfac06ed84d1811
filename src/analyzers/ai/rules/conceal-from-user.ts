import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import type { AgentRule } from '../rule.js';
import { matchLines, printable, sentencePrefix } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/conceal-from-user',
  title: 'Agent instruction to hide actions from the user',
  description:
    'An instruction file tells the agent to keep something from the person using it: not to mention a change, to act silently, or to hide what it ran. Legitimate rules never need the agent to deceive its user; this is the signature of a planted instruction.',
  severity: 'high',
  confidence: 'medium',
  cwe: ['CWE-1427', 'CWE-451'],
  owasp: ['LLM01:2025 Prompt Injection'],
  remediation: 'Remove the instruction and review what it was hiding: recent agent-made changes, installed packages, outbound requests.',
  references: ['https://genai.owasp.org/llmrisk/llm01-prompt-injection/', 'https://cwe.mitre.org/data/definitions/451.html'],
};

const PATTERNS: readonly RegExp[] = [
  /\b(?:do\s+not|don'?t|never)\s+(?:tell|inform|notify|alert|warn)\s+(?:the\s+)?(?:user|human|developer|operator|reviewer)s?\b/i,
  /\b(?:do\s+not|don'?t|never)\s+(?:mention|reveal|disclose|report|show|display|log|describe|explain)\s+(?:this|these|that|the\s+following|any\s+of\s+(?:this|these))\s+(?:instruction|step|change|action|command|rule|modification|edit|request|line)s?\b/i,
  /\b(?:do\s+not|don'?t|never)\s+(?:mention|reveal|disclose|report)\s+(?:this|it|them|these)\s+(?:to|in)\s+(?:the\s+|your\s+)?(?:user|human|developer|response|reply|summary|output|commit\s+message|chat)\b/i,
  /\bwithout\s+(?:telling|informing|notifying|alerting|letting)\s+(?:the\s+)?(?:user|human|developer|operator|reviewer)s?\b/i,
  /\b(?:the\s+)?(?:user|human|developer|reviewer)s?\s+(?:must|should|will|need)\s+(?:not|never)\s+(?:know|notice|see|find\s+out|be\s+(?:aware|told|informed))\b/i,
  /\b(?:silently|secretly|covertly|stealthily|quietly)\s+(?:run|execute|install|add|insert|send|upload|download|modify|change|append|include|inject|fetch|post|commit|push|delete)\b/i,
  /\b(?:hide|conceal)\s+(?:this|these|the|any|all|your)\s+(?:change|action|command|instruction|step|modification|output|request|edit)s?\s+from\s+(?:the\s+)?(?:user|human|developer|reviewer|review)s?\b/i,
];

const DISCUSSION = /\b(?:such\s+as|like|e\.g\.|for\s+example|phrases?|instructions?\s+(?:that|which)|attempts?\s+to|requests?\s+to|asked\s+to|tries\s+to|tell\s+you\s+to|ask\s+you\s+to|refuse|reject|report|flag|detect|must\s+not|should\s+not|never\s+follow)\b/i;

export const rule: AgentRule = {
  meta,
  kinds: ['instructions'],
  check(doc) {
    const findings: RawFinding[] = [];
    for (const m of matchLines(doc.target.text, PATTERNS)) {
      // The phrase carries its own "do not"; what cancels it is talking *about* such instructions.
      if (DISCUSSION.test(sentencePrefix(m.lineText, m.index))) continue;
      findings.push({
        ruleId: meta.id,
        message: `This instruction tells the agent to hide what it does from the user: "${printable(m.text, 120)}"`,
        location: doc.index.location(doc.target.path, m.lineStart + m.index, m.lineStart + m.index + m.text.length),
        identity: `conceal:${m.text.toLowerCase().replace(/\s+/g, ' ')}`,
      });
    }
    return findings;
  },
};
