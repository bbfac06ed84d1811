import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { ALL_KINDS, type AgentRule } from '../rule.js';
import { printable } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/hidden-unicode-tags',
  title: 'Invisible Unicode tag characters in an agent file',
  description:
    'Unicode tag characters (U+E0000–U+E007F) render as nothing in editors and diffs, but language models read them as text. They are the carrier of the "Rules File Backdoor": instructions the reviewer cannot see.',
  severity: 'critical',
  confidence: 'high',
  cwe: ['CWE-1427', 'CWE-451'],
  owasp: ['LLM01:2025 Prompt Injection'],
  remediation: 'Delete the invisible characters (the finding shows their decoded text) and find out how they got into the file.',
  references: ['https://www.pillar.security/blog/new-vulnerability-in-github-copilot-and-cursor-how-hackers-can-weaponize-code-agents', 'https://cwe.mitre.org/data/definitions/1427.html'],
};

const WAVING_BLACK_FLAG = 0x1f3f4;

/** Decodes one run of tag characters to the ASCII the model sees. */
export function decodeTags(run: string): string {
  let out = '';
  for (const ch of run) {
    const cp = ch.codePointAt(0)! - 0xe0000;
    if (cp >= 0x20 && cp <= 0x7e) out += String.fromCharCode(cp);
  }
  return out;
}

function isTag(text: string, i: number): boolean {
  if (text.charCodeAt(i) !== 0xdb40) return false;
  const low = text.charCodeAt(i + 1);
  return low >= 0xdc00 && low <= 0xdc7f;
}

export const rule: AgentRule = {
  meta,
  kinds: ALL_KINDS,
  check(doc) {
    const text = doc.target.text;
    const findings: RawFinding[] = [];
    // Every tag character starts with the high surrogate U+DB40: a fast prefilter.
    let i = text.indexOf('\udb40');
    while (i !== -1) {
      if (!isTag(text, i)) {
        i = text.indexOf('\udb40', i + 1);
        continue;
      }
      const start = i;
      while (isTag(text, i)) i += 2;
      const run = text.slice(start, i);
      const decoded = decodeTags(run);
      // Emoji subdivision flags (🏴 + lowercase tag letters + CANCEL TAG) are the one legitimate use.
      const before = start >= 2 ? text.codePointAt(start - 2) : undefined;
      const isFlag = before === WAVING_BLACK_FLAG && /^[a-z0-9]{2,7}$/.test(decoded) && run.endsWith('\udb40\udc7f');
      if (!isFlag) {
        findings.push({
          ruleId: meta.id,
          message: `${run.length / 2} invisible Unicode tag characters; the model reads them as: "${printable(decoded) || '(no printable text)'}"`,
          location: doc.index.location(doc.target.path, start, i),
          identity: `tags:${decoded}`,
          properties: { decoded, count: run.length / 2 },
        });
      }
      i = text.indexOf('\udb40', i);
    }
    return findings;
  },
};
