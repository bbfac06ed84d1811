/**
 * A small, linear parser for the shape of a JavaScript regex source: a sequence of atoms with character
 * sets (ASCII only) and quantifiers. Enough to spot overlapping repetitions; anything it does not model
 * (alternation, backreferences, lookbehind contents, Unicode classes) makes it give up rather than guess.
 */

export interface Atom {
  /** Characters the atom can match (code points < 128); undefined for a group. */
  readonly set?: ReadonlySet<number>;
  /** Atoms of a group body. */
  readonly body?: readonly Atom[];
  readonly min: number;
  readonly max: number;
  /** `$` end anchor. */
  readonly end?: boolean;
}

const MAX_SOURCE = 2000;
const ALL = new Set<number>(Array.from({ length: 128 }, (_, i) => i));

function range(a: number, b: number, into: Set<number>): void {
  for (let c = a; c <= b && c < 128; c++) into.add(c);
}

function classEscape(ch: string, into: Set<number>): boolean {
  switch (ch) {
    case 'd': range(48, 57, into); return true;
    case 'w': range(48, 57, into); range(65, 90, into); range(97, 122, into); into.add(95); return true;
    case 's': for (const c of [9, 10, 11, 12, 13, 32]) into.add(c); return true;
    case 'D': case 'W': case 'S': {
      const inner = new Set<number>();
      classEscape(ch.toLowerCase(), inner);
      for (const c of ALL) if (!inner.has(c)) into.add(c);
      return true;
    }
    default: return false;
  }
}

const ESCAPED: Record<string, number> = { n: 10, r: 13, t: 9, f: 12, v: 11, '0': 0 };

class Parser {
  private i = 0;
  constructor(private readonly src: string) {}

  /** A sequence up to `)` or the end; undefined when the regex uses something not modelled. */
  sequence(depth: number): Atom[] | undefined {
    if (depth > 8) return undefined;
    const out: Atom[] = [];
    while (this.i < this.src.length) {
      const ch = this.src[this.i]!;
      if (ch === ')') return out;
      if (ch === '|') return undefined;
      let atom: { set?: Set<number>; body?: Atom[]; end?: boolean } | undefined;
      if (ch === '^') { this.i++; continue; }
      if (ch === '$') { this.i++; out.push({ end: true, min: 1, max: 1 }); continue; }
      if (ch === '(') {
        this.i++;
        if (this.src[this.i] === '?') {
          const kind = this.src[this.i + 1];
          if (kind === ':') this.i += 2;
          else if (kind === '=' || kind === '!') return undefined;
          else if (kind === '<' && (this.src[this.i + 2] === '=' || this.src[this.i + 2] === '!')) return undefined;
          else if (kind === '<') { const close = this.src.indexOf('>', this.i); if (close === -1) return undefined; this.i = close + 1; }
          else return undefined;
        }
        const body = this.sequence(depth + 1);
        if (!body || this.src[this.i] !== ')') return undefined;
        this.i++;
        atom = { body };
      } else if (ch === '[') {
        const set = this.charClass();
        if (!set) return undefined;
        atom = { set };
      } else if (ch === '\\') {
        const next = this.src[this.i + 1];
        if (next === undefined || /[1-9kbBpPuxc]/.test(next)) return undefined;
        const set = new Set<number>();
        if (!classEscape(next, set)) set.add(ESCAPED[next] ?? next.charCodeAt(0));
        this.i += 2;
        atom = { set };
      } else if (ch === '.') {
        this.i++;
        const set = new Set(ALL);
        set.delete(10); set.delete(13);
        atom = { set };
      } else if ('*+?{'.includes(ch)) {
        return undefined;
      } else {
        this.i++;
        atom = { set: new Set([ch.charCodeAt(0)]) };
      }
      const [min, max] = this.quantifier();
      out.push({ ...atom, min, max });
    }
    return out;
  }

  private quantifier(): [number, number] {
    const ch = this.src[this.i];
    let q: [number, number] = [1, 1];
    if (ch === '*') { this.i++; q = [0, Infinity]; }
    else if (ch === '+') { this.i++; q = [1, Infinity]; }
    else if (ch === '?') { this.i++; q = [0, 1]; }
    else if (ch === '{') {
      const m = /^\{(\d{1,4})(,(\d{0,4}))?\}/.exec(this.src.slice(this.i, this.i + 12));
      if (m) {
        this.i += m[0].length;
        const lo = Number(m[1]);
        q = [lo, m[2] === undefined ? lo : m[3] ? Number(m[3]) : Infinity];
      }
    }
    if (this.src[this.i] === '?') this.i++;
    return q;
  }

  private charClass(): Set<number> | undefined {
    this.i++;
    let negate = false;
    if (this.src[this.i] === '^') { negate = true; this.i++; }
    const set = new Set<number>();
    let first = true;
    while (this.i < this.src.length) {
      let ch = this.src[this.i]!;
      if (ch === ']' && !first) { this.i++; break; }
      first = false;
      let code: number;
      if (ch === '\\') {
        const next = this.src[this.i + 1];
        if (next === undefined || /[pPuxc]/.test(next)) return undefined;
        this.i += 2;
        if (classEscape(next, set)) continue;
        code = ESCAPED[next] ?? next.charCodeAt(0);
      } else {
        this.i++;
        code = ch.charCodeAt(0);
      }
      if (this.src[this.i] === '-' && this.src[this.i + 1] !== ']' && this.i + 1 < this.src.length) {
        ch = this.src[this.i + 1]!;
        if (ch === '\\') return undefined;
        this.i += 2;
        range(code, ch.charCodeAt(0), set);
      } else if (code < 128) {
        set.add(code);
      }
    }
    if (!negate) return set;
    const out = new Set<number>();
    for (const c of ALL) if (!set.has(c)) out.add(c);
    return out;
  }
}

export function parseRegexShape(source: string): Atom[] | undefined {
  if (source.length > MAX_SOURCE) return undefined;
  const p = new Parser(source);
  const seq = p.sequence(0);
  return seq;
}

function subset(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  for (const c of a) if (!b.has(c)) return false;
  return true;
}

/** Every character the atom (or group) can match, for containment tests; undefined when unknown. */
function charsOf(atom: Atom): Set<number> | undefined {
  if (atom.end) return undefined;
  if (atom.set) return new Set(atom.set);
  const out = new Set<number>();
  for (const a of atom.body ?? []) { const s = charsOf(a); if (!s) return undefined; for (const c of s) out.add(c); }
  return out;
}

/**
 * `P+ … (S Q+)*` followed by something that can fail (`$` or more pattern): a repeated group that starts
 * with a separator S and continues with a repetition Q, after an unbounded class P that already matches
 * S, Q and everything in between. A failing input of separators and Q-characters can be split between P
 * and the group in quadratically (or worse) many ways, as in `[\w.-]+\.[a-z]{2,}(\.[a-z]{2,})*$`.
 */
export function overlappingRepetition(atoms: readonly Atom[]): boolean {
  for (let j = 0; j < atoms.length; j++) {
    const group = atoms[j]!;
    if (!group.body || group.max !== Infinity || j === atoms.length - 1) continue;
    const [sep, ...rest] = group.body;
    if (!sep?.set || sep.min !== 1 || sep.max !== 1) continue;
    if (!rest.some((a) => a.max === Infinity || a.max > 8)) continue;
    const groupChars = charsOf(group);
    if (!groupChars) continue;
    for (let i = j - 1; i >= 0; i--) {
      const p = atoms[i]!;
      if (p.set && p.max === Infinity && subset(groupChars, p.set)) {
        const between = atoms.slice(i + 1, j).map(charsOf);
        if (between.every((s) => s !== undefined && subset(s, p.set!))) return true;
      }
      const chars = charsOf(p);
      if (!chars) break;
    }
  }
  return false;
}
