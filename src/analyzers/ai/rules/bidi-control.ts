import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { ALL_KINDS, type AgentRule } from '../rule.js';
import { visible } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/bidi-control',
  title: 'Bidirectional control characters in an agent file',
  description:
    'Bidi embedding, override and isolate characters (U+202A–U+202E, U+2066–U+2069) reorder how text is displayed without changing what a model reads ("Trojan Source"). In an agent instruction or config file they make the reviewed text differ from the text the agent follows.',
  severity: 'high',
  confidence: 'high',
  cwe: ['CWE-451', 'CWE-1427'],
  owasp: ['LLM01:2025 Prompt Injection'],
  remediation: 'Remove the bidi control characters; right-to-left languages display correctly without explicit overrides in Markdown and JSON.',
  references: ['https://trojansource.codes/', 'https://cwe.mitre.org/data/definitions/451.html'],
};

const BIDI = /[\u202a-\u202e\u2066-\u2069]/;

export const rule: AgentRule = {
  meta,
  kinds: ALL_KINDS,
  check(doc) {
    const text = doc.target.text;
    if (!BIDI.test(text)) return [];
    const findings: RawFinding[] = [];
    for (let line = 1; line <= doc.index.lineCount; line++) {
      const lineText = doc.index.line(line);
      const first = lineText.search(BIDI);
      if (first === -1) continue;
      let last = first;
      for (let k = lineText.length - 1; k > first; k--) {
        if (BIDI.test(lineText[k]!)) {
          last = k;
          break;
        }
      }
      const base = doc.index.lineStart(line);
      findings.push({
        ruleId: meta.id,
        message: `Bidirectional control characters change how this line is displayed; its logical order is: "${visible(lineText.slice(Math.max(0, first - 40), last + 41))}"`,
        location: doc.index.location(doc.target.path, base + first, base + last + 1),
        identity: `bidi:${lineText.trim()}`,
      });
    }
    return findings;
  },
};
