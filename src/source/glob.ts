/**
 * gitignore-style globs, matched by simulating an NFA over the pattern: time is
 * O(path length × pattern length) whatever the pattern. Globs come from `.gitignore` files
 * and configs inside the scanned (hostile) repository, and a backtracking regex such as the
 * one `*a*a*a*a*a*a*b` compiles to takes seconds to minutes on one path.
 *  - `**` matches across directories, `*` and `?` stay within one segment
 *  - `{a,b}` alternation, `[abc]`/`[!a-z]` classes, `\x` escapes
 *  - a pattern without '/' matches at any depth (like .gitignore); a leading '/' anchors it
 *  - a match on a directory also covers everything below it
 */
export interface GlobMatcher {
  test(path: string): boolean;
}

type Token =
  | { readonly kind: 'lit'; readonly ch: string }
  | { readonly kind: 'one' }
  | { readonly kind: 'class'; readonly negated: boolean; readonly ranges: readonly (readonly [string, string])[] }
  | { readonly kind: 'star' }
  | { readonly kind: 'segments' } // `**/`: zero or more whole segments
  | { readonly kind: 'rest' }; // trailing `**`: anything

const MAX_ALTERNATIVES = 64;
const MAX_PATTERN = 1024;

/** `{a,b}x{c,d}` → four plain patterns; bounded so a hostile pattern cannot explode. */
function expandBraces(pattern: string): string[] {
  const open = pattern.indexOf('{');
  if (open === -1) return [pattern];
  const close = pattern.indexOf('}', open);
  if (close === -1) return [pattern.replace(/\{/g, '\\{')];
  const head = pattern.slice(0, open);
  const tail = expandBraces(pattern.slice(close + 1));
  const out: string[] = [];
  for (const option of pattern.slice(open + 1, close).split(',')) {
    for (const rest of tail) {
      out.push(head + option + rest);
      if (out.length >= MAX_ALTERNATIVES) return out;
    }
  }
  return out;
}

function tokenize(pattern: string): Token[] {
  const tokens: Token[] = [];
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i]!;
    if (c === '*') {
      if (pattern[i + 1] === '*') {
        let j = i;
        while (pattern[j] === '*') j++;
        const atSegmentStart = i === 0 || pattern[i - 1] === '/';
        if (atSegmentStart && pattern[j] === '/') {
          // Repeated `**/**/` is the same as one; collapsing keeps the automaton small.
          if (tokens.at(-1)?.kind !== 'segments') tokens.push({ kind: 'segments' });
          i = j;
          continue;
        }
        if (atSegmentStart && j === pattern.length) {
          tokens.push({ kind: 'rest' });
          i = j - 1;
          continue;
        }
        i = j - 1;
      }
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (c === '?') {
      tokens.push({ kind: 'one' });
    } else if (c === '[') {
      const close = pattern.indexOf(']', i + 2);
      if (close === -1) {
        tokens.push({ kind: 'lit', ch: '[' });
        continue;
      }
      let body = pattern.slice(i + 1, close);
      const negated = body.startsWith('!') || body.startsWith('^');
      if (negated) body = body.slice(1);
      const ranges: [string, string][] = [];
      for (let k = 0; k < body.length; k++) {
        let from = body[k]!;
        if (from === '\\' && k + 1 < body.length) from = body[++k]!;
        if (body[k + 1] === '-' && k + 2 < body.length) {
          ranges.push([from, body[k + 2]!]);
          k += 2;
        } else {
          ranges.push([from, from]);
        }
      }
      tokens.push({ kind: 'class', negated, ranges });
      i = close;
    } else if (c === '\\' && i + 1 < pattern.length) {
      tokens.push({ kind: 'lit', ch: pattern[++i]! });
    } else {
      tokens.push({ kind: 'lit', ch: c });
    }
  }
  return tokens;
}

class Automaton implements GlobMatcher {
  constructor(private readonly tokens: readonly Token[]) {}

  /** Adds state `i` and everything reachable from it without consuming a character. */
  private close(states: Uint8Array, i: number): void {
    while (i <= this.tokens.length && !states[i]) {
      states[i] = 1;
      const t = this.tokens[i];
      if (!t || (t.kind !== 'star' && t.kind !== 'segments' && t.kind !== 'rest')) return;
      i += 1;
    }
  }

  test(path: string): boolean {
    const n = this.tokens.length;
    // Two extra bits per state for `segments`: state i means "at a segment boundary", inside[i] "mid-segment".
    let states = new Uint8Array(n + 1);
    let inside = new Uint8Array(n + 1);
    this.close(states, 0);
    for (let p = 0; p < path.length; p++) {
      const ch = path[p]!;
      // Reaching the end before a '/' means a directory matched: everything below it matches too.
      if (ch === '/' && states[n]) return true;
      const next = new Uint8Array(n + 1);
      const nextInside = new Uint8Array(n + 1);
      let any = false;
      for (let i = 0; i <= n; i++) {
        if (inside[i]) {
          if (ch === '/') this.close(next, i);
          else nextInside[i] = 1;
          any = true;
        }
        if (!states[i] || i === n) continue;
        const t = this.tokens[i]!;
        switch (t.kind) {
          case 'lit':
            if (t.ch === ch) (this.close(next, i + 1), (any = true));
            break;
          case 'one':
            if (ch !== '/') (this.close(next, i + 1), (any = true));
            break;
          case 'class': {
            if (ch === '/') break;
            const inSet = t.ranges.some(([a, b]) => ch >= a && ch <= b);
            if (inSet !== t.negated) (this.close(next, i + 1), (any = true));
            break;
          }
          case 'star':
            if (ch !== '/') (this.close(next, i), (any = true));
            break;
          case 'segments':
            if (ch === '/') this.close(next, i);
            else nextInside[i] = 1;
            any = true;
            break;
          case 'rest':
            this.close(next, i);
            any = true;
            break;
        }
      }
      if (!any) return false;
      states = next;
      inside = nextInside;
    }
    return states[n] === 1;
  }
}

class AnyOf implements GlobMatcher {
  constructor(private readonly matchers: readonly GlobMatcher[]) {}
  test(path: string): boolean {
    for (const m of this.matchers) if (m.test(path)) return true;
    return false;
  }
}

export function compileGlob(glob: string): GlobMatcher {
  let pattern = glob.trim().slice(0, MAX_PATTERN);
  const anchored = pattern.startsWith('/');
  if (anchored) pattern = pattern.slice(1);
  if (pattern.endsWith('/')) pattern = pattern.slice(0, -1);
  const alternatives = expandBraces(pattern).map((alt) => {
    const tokens = tokenize(alt);
    // Without a '/', a pattern matches at any depth, as in .gitignore.
    const floating = !anchored && !alt.includes('/');
    return new Automaton(floating && tokens[0]?.kind !== 'segments' ? [{ kind: 'segments' }, ...tokens] : tokens);
  });
  return alternatives.length === 1 ? alternatives[0]! : new AnyOf(alternatives);
}

/** Kept for callers written against the earlier regex version; returns a linear-time matcher. */
export const globToRegExp = compileGlob;

export class GlobSet {
  private readonly matchers: GlobMatcher[];
  constructor(globs: readonly string[]) {
    this.matchers = globs.filter((g) => g.trim() !== '').map(compileGlob);
  }
  get empty(): boolean {
    return this.matchers.length === 0;
  }
  matches(path: string): boolean {
    for (const m of this.matchers) if (m.test(path)) return true;
    return false;
  }
}
