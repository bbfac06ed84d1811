import type { RawFinding } from '../../../core/finding.js';
import type { RuleMeta } from '../../../core/rule.js';
import { ALL_KINDS, type AgentRule } from '../rule.js';

export const meta: RuleMeta = {
  id: 'ai/homoglyph',
  title: 'Look-alike letters from another script inside a Latin word',
  description:
    'A word that mixes Latin letters with Cyrillic or Greek look-alikes ("сurl" with a Cyrillic с, "gіthub.com" with a Ukrainian і) reads as the familiar word but names a different command, package or domain. In agent instructions and MCP configs this sends the agent somewhere the reviewer did not approve.',
  severity: 'high',
  confidence: 'medium',
  cwe: ['CWE-1007', 'CWE-1427'],
  owasp: ['LLM01:2025 Prompt Injection'],
  remediation: 'Retype the word in plain ASCII and check the command, package or domain it now names.',
  references: ['https://cwe.mitre.org/data/definitions/1007.html', 'https://www.unicode.org/reports/tr39/'],
};

/** Cyrillic and Greek letters that render like Latin ones (subset of Unicode confusables), with their Latin look-alike. */
export const CONFUSABLES: Readonly<Record<string, string>> = {
  // Cyrillic lowercase
  '\u0430': 'a', '\u0435': 'e', '\u043e': 'o', '\u0440': 'p', '\u0441': 'c', '\u0443': 'y', '\u0445': 'x',
  '\u0456': 'i', '\u0458': 'j', '\u0455': 's', '\u0501': 'd', '\u051b': 'q', '\u051d': 'w', '\u04bb': 'h', '\u04cf': 'l',
  // Cyrillic uppercase
  '\u0410': 'A', '\u0412': 'B', '\u0415': 'E', '\u041a': 'K', '\u041c': 'M', '\u041d': 'H', '\u041e': 'O', '\u0420': 'P',
  '\u0421': 'C', '\u0422': 'T', '\u0423': 'Y', '\u0425': 'X', '\u0406': 'I', '\u0408': 'J', '\u0405': 'S',
  // Greek
  '\u03bf': 'o', '\u03bd': 'v', '\u03c1': 'p', '\u03b9': 'i', '\u0391': 'A', '\u0392': 'B', '\u0395': 'E', '\u0396': 'Z',
  '\u0397': 'H', '\u0399': 'I', '\u039a': 'K', '\u039c': 'M', '\u039d': 'N', '\u039f': 'O', '\u03a1': 'P', '\u03a4': 'T',
  '\u03a5': 'Y', '\u03a7': 'X',
};

const NON_ASCII_LETTER = /[\u0370-\u03ff\u0400-\u052f]/;
const TOKEN = /[\p{L}\p{N}]{1,200}/gu;

export const rule: AgentRule = {
  meta,
  kinds: ALL_KINDS,
  check(doc) {
    const text = doc.target.text;
    if (!NON_ASCII_LETTER.test(text)) return [];
    const findings: RawFinding[] = [];
    TOKEN.lastIndex = 0;
    for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
      const token = m[0];
      if (!NON_ASCII_LETTER.test(token) || !/[A-Za-z]/.test(token)) continue;
      let skeleton = '';
      let foreign = 0;
      let ok = true;
      for (const ch of token) {
        if (/[A-Za-z0-9]/.test(ch)) skeleton += ch;
        else if (CONFUSABLES[ch] !== undefined) {
          skeleton += CONFUSABLES[ch];
          foreign++;
        } else {
          // A genuinely foreign letter (л, ж, λ) means mixed-language text, not a disguise.
          ok = false;
          break;
        }
      }
      if (!ok || foreign === 0) continue;
      findings.push({
        ruleId: meta.id,
        message: `"${skeleton}" here is spelled with ${foreign} look-alike Cyrillic/Greek letter${foreign === 1 ? '' : 's'}; the agent reads a different word than the reviewer sees.`,
        location: doc.index.location(doc.target.path, m.index, m.index + token.length),
        identity: `homoglyph:${token}`,
        properties: { skeleton },
      });
    }
    return findings;
  },
};
