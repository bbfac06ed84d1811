import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { ALL_KINDS, type AgentRule } from '../rule.js';
import { visible } from '../text.js';

export const meta: RuleMeta = {
  id: 'ai/zero-width-run',
  title: 'Hidden zero-width characters in an agent file',
  description:
    'Zero-width spaces, joiners and invisible operators render as nothing. Runs of them can encode hidden data, and a single one inside a word splits a keyword so reviewers and filters miss it while the model still reads the word.',
  severity: 'medium',
  confidence: 'medium',
  cwe: ['CWE-451', 'CWE-1427'],
  owasp: ['LLM01:2025 Prompt Injection'],
  remediation: 'Remove the zero-width characters; ordinary instruction and config files never need them.',
  references: ['https://cwe.mitre.org/data/definitions/451.html'],
};

// Zero-width space/joiners, word joiner and invisible operators, BOM, Mongolian vowel separator, Hangul fillers.
const ZW = /[\u200b-\u200d\u2060-\u2064\ufeff\u180e\u115f\u1160\u3164]/;
const WORD = /[A-Za-z0-9]/;
/** Emoji sequences legitimately use U+200D between pictographs (👩‍💻). */
const PICTO = /\p{Extended_Pictographic}/u;

function isZw(c: string | undefined): boolean {
  return c !== undefined && ZW.test(c);
}

export const rule: AgentRule = {
  meta,
  kinds: ALL_KINDS,
  check(doc) {
    const text = doc.target.text;
    if (!ZW.test(text)) return [];
    const findings: RawFinding[] = [];
    for (let i = 0; i < text.length; i++) {
      if (!isZw(text[i])) continue;
      const start = i;
      while (isZw(text[i + 1])) i++;
      const end = i + 1;
      const count = end - start;
      if (start === 0 && text[0] === '\ufeff' && count === 1) continue; // byte order mark
      const prev = text[start - 1];
      const next = text[end];
      const prevCp = text.codePointAt(start - 2);
      const inWord = prev !== undefined && next !== undefined && WORD.test(prev) && WORD.test(next);
      const emojiJoin = count === 1 && text[start] === '\u200d' && ((prevCp !== undefined && PICTO.test(String.fromCodePoint(prevCp))) || (prev !== undefined && PICTO.test(prev)));
      if (emojiJoin || (count < 2 && !inWord)) continue;
      const lineStart = text.lastIndexOf('\n', start) + 1;
      let lineEnd = text.indexOf('\n', end);
      if (lineEnd === -1) lineEnd = text.length;
      const context = text.slice(Math.max(lineStart, start - 30), Math.min(lineEnd, end + 30));
      findings.push({
        ruleId: meta.id,
        message: inWord && count < 2
          ? `A zero-width character splits a word, hiding it from reviewers and keyword filters: "${visible(context)}"`
          : `${count} consecutive zero-width characters hide content here: "${visible(context)}"`,
        location: doc.index.location(doc.target.path, start, end),
        identity: `zw:${visible(context)}`,
        properties: { count },
      });
    }
    return findings;
  },
};
