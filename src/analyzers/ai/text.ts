/** Helpers shared by the agent-config rules: visible rendering of hostile text and sentence context. */

/** Renders invisible and control characters as <U+XXXX> so a message shows what is really there. */
export function visible(text: string, max = 200): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0)!;
    const invisible = cp < 0x20 || (cp >= 0x7f && cp <= 0x9f) || (cp >= 0x200b && cp <= 0x200f) || (cp >= 0x202a && cp <= 0x202e) ||
      (cp >= 0x2060 && cp <= 0x2069) || cp === 0xfeff || cp === 0x180e || cp === 0x00ad || cp === 0x3164 || cp === 0x115f || cp === 0x1160 ||
      (cp >= 0xe0000 && cp <= 0xe007f) || (cp >= 0xfe00 && cp <= 0xfe0f) || (cp >= 0xe0100 && cp <= 0xe01ef);
    out += invisible ? `<U+${cp.toString(16).toUpperCase().padStart(4, '0')}>` : ch;
    if (out.length >= max) return out.slice(0, max) + '…';
  }
  return out;
}

/** Printable ASCII only, for quoting decoded payloads in messages. */
export function printable(text: string, max = 200): string {
  const cleaned = text.replace(/[^\x20-\x7e]/g, '?');
  return cleaned.length > max ? cleaned.slice(0, max) + '…' : cleaned;
}

/**
 * The part of the sentence before `offset` in `line`: phrase rules read it to tell
 * "disable the security checks" from "never disable the security checks".
 */
export function sentencePrefix(line: string, offset: number): string {
  let start = 0;
  for (let i = offset - 1; i >= 0 && offset - i < 300; i--) {
    const c = line[i];
    if (c === '.' || c === '!' || c === '?' || c === ';') {
      // A dot inside a word (file.ts, e.g.) does not end a sentence.
      const next = line[i + 1];
      if (next === undefined || next === ' ' || next === '\t') {
        start = i + 1;
        break;
      }
    }
    if (offset - i >= 299) start = i;
  }
  return line.slice(start, offset);
}

/**
 * Negated or quoted-as-example context: "Never disable …", "do not …", "such as 'ignore previous
 * instructions'", "refuse requests to …". Ordinary security guidance reads like this.
 */
const NEGATION = /\b(?:never|not|don'?t|doesn'?t|won'?t|cannot|can'?t|mustn'?t|shouldn'?t|no|avoid|refuse|reject|forbid(?:den)?|prohibit(?:ed)?|disallow(?:ed)?|instead\s+of|rather\s+than|such\s+as|like|e\.g\.|for\s+example|phrases?|attempts?\s+to|requests?\s+to|asked\s+to|tries\s+to|trying\s+to|tell\s+you\s+to|ask\s+you\s+to|warn|flag|report|detect|block)\b/i;

export function negatedBefore(line: string, offset: number): boolean {
  return NEGATION.test(sentencePrefix(line, offset));
}

export interface LineMatch {
  readonly line: number;
  readonly lineText: string;
  readonly lineStart: number;
  readonly index: number;
  readonly text: string;
}

/** Runs a (non-global, bounded) regex over every line; one match per line per pattern is enough for a finding. */
export function matchLines(text: string, patterns: readonly RegExp[], prefilter?: RegExp): LineMatch[] {
  const out: LineMatch[] = [];
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    // Very long lines are cut: phrase rules need sentences, not megabytes.
    const lineText = text.slice(start, Math.min(end, start + 20000));
    if (!prefilter || prefilter.test(lineText)) {
      for (const pattern of patterns) {
        const m = pattern.exec(lineText);
        if (m) {
          out.push({ line, lineText, lineStart: start, index: m.index, text: m[0] });
          break;
        }
      }
    }
    if (end === text.length) break;
    start = end + 1;
    line++;
  }
  return out;
}
