import { builtinModules } from 'node:module';
import type { Target } from '../../core/target.js';
import { LineIndex } from '../../core/location.js';

const BUILTINS = new Set(builtinModules.map((m) => m.replace(/^node:/, '')));

// Linear patterns: one bounded character class per capture, no nested quantifiers.
const PATTERNS = [
  /\bfrom\s{0,20}['"]([^'"\s]{1,214})['"]/g,
  /\brequire\s{0,20}\(\s{0,20}['"]([^'"\s]{1,214})['"]\s{0,20}\)/g,
  /\bimport\s{0,20}\(?\s{0,20}['"]([^'"\s]{1,214})['"]/g,
];

export interface ImportSite {
  readonly name: string;
  readonly line: number;
  /**
   * A `require()` or `import()` the code survives without: inside a `try` body, or an
   * `import()` whose rejection is caught on the spot. Optional by design, as Python's
   * `except ImportError` imports are.
   */
  readonly optional?: true;
}

/** The package an import specifier needs, or undefined for relative paths, builtins, aliases and virtual modules. */
export function packageOfSpecifier(spec: string): string | undefined {
  if (/^[./~#]/.test(spec) || spec.startsWith('@/') || spec.includes(':') || spec.includes('\\')) return undefined;
  const parts = spec.split('/');
  const name = spec.startsWith('@') ? (parts.length >= 2 ? `${parts[0]}/${parts[1]}` : undefined) : parts[0];
  if (!name || BUILTINS.has(name) || BUILTINS.has(spec)) return undefined;
  if (!/^(@[a-z0-9][\w.-]{0,100}\/)?[a-z0-9][\w.-]{0,213}$/i.test(name)) return undefined;
  return name;
}

/** Bare package imports of a JavaScript or TypeScript file, with their lines. */
export function jsImports(target: Target): ImportSite[] {
  if (target.text.indexOf('from') === -1 && target.text.indexOf('require') === -1 && target.text.indexOf('import') === -1) return [];
  const text = maskNonCode(target.text);
  const index = new LineIndex(text);
  const out: ImportSite[] = [];
  const seen = new Set<string>();
  let tries: readonly (readonly [number, number])[] | undefined;
  for (const pattern of PATTERNS) {
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
      const name = packageOfSpecifier(m[1]!);
      if (!name) continue;
      // skip matches inside line comments (cheap check on the line's text before the match)
      const line = index.position(m.index).line;
      const start = index.lineStart(line);
      const before = text.slice(start, m.index);
      if (before.includes('//') || before.trimStart().startsWith('*')) continue;
      // an import written inside a string (generated code, test input) is not an import of this file
      if (oddCount(before, "'") || oddCount(before, '"') || oddCount(before, '`')) continue;
      const key = `${name}:${line}`;
      if (seen.has(key)) continue;
      seen.add(key);
      const dynamic = pattern !== PATTERNS[0] && !/^import\s*[^(\s]/.test(text.slice(m.index, m.index + 40));
      if (dynamic) {
        tries ??= outermost(tryBodies(text));
        const after = text.slice(pattern.lastIndex, pattern.lastIndex + 40);
        if (insideAny(tries, m.index) || /^\s{0,20}\)\s{0,20}\.catch\s{0,20}\(/.test(after)) {
          out.push({ name, line, optional: true });
          continue;
        }
      }
      out.push({ name, line });
    }
  }
  return out.sort((a, b) => a.line - b.line);
}

/**
 * The try bodies no other contains, by start. Bodies nest or are disjoint (they come from
 * matched braces), so these are disjoint and one binary search answers each import: a linear
 * scan per import took 21 s on a 1.8 MB file of try blocks and requires.
 */
function outermost(ranges: readonly (readonly [number, number])[]): (readonly [number, number])[] {
  const out: (readonly [number, number])[] = [];
  for (const r of [...ranges].sort((a, b) => a[0] - b[0])) if (!out.length || r[0] >= out[out.length - 1]![1]) out.push(r);
  return out;
}

function insideAny(ranges: readonly (readonly [number, number])[], at: number): boolean {
  let lo = 0;
  let hi = ranges.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const [from, to] = ranges[mid]!;
    if (at <= from) hi = mid - 1;
    else if (at >= to) lo = mid + 1;
    else return true;
  }
  return false;
}

/**
 * Offsets of every `try { … }` body in masked text (block comments and template literals
 * already blank). One forward pass with an explicit stack; strings, line comments and regex
 * literals are stepped over so their braces do not count. An unclosed body runs to the end.
 */
export function tryBodies(text: string): Array<readonly [number, number]> {
  const out: Array<readonly [number, number]> = [];
  const stack: number[] = []; // start offset of a try body, or -1 for any other brace
  // Per opening character, the end of the line on which one was found unclosed.
  const unclosed: Record<string, number> = { "'": -1, '"': -1, '/': -1 };
  const n = text.length;
  let i = 0;
  while (i < n) {
    const c = text[i]!;
    if ((c === "'" || c === '"') && i >= unclosed[c]) {
      let j = i + 1;
      while (j < n && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      // A quote with no partner on its line is JSX text (`<p>Don't</p>`), not a string: the
      // braces after it still open and close blocks, or every later try range shifts. No later
      // quote of its kind on that line closes either (escapes read the same from any start), so
      // they are not scanned again: rescanning made a line of `\'` quadratic.
      if (j < n && text[j] === c) i = j + 1;
      else {
        unclosed[c] = j;
        i++;
      }
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === '/' && i >= unclosed['/'] && startsRegex(text, i)) {
      // Unclosed on its line it is a JSX closing tag (`</p>`), not a regex: the rest of the line still counts.
      const end = regexEnd(text, i);
      if (end > i + 1 && text[end - 1] === '/') i = end;
      else {
        unclosed['/'] = end;
        i++;
      }
    } else if (c === '{') {
      let k = i - 1;
      while (k >= 0 && /\s/.test(text[k]!)) k--;
      const isTry = k >= 2 && text.slice(k - 2, k + 1) === 'try' && !/[\w$]/.test(text[k - 3] ?? ' ');
      stack.push(isTry ? i : -1);
      i++;
    } else if (c === '}') {
      const open = stack.pop();
      if (open !== undefined && open >= 0) out.push([open, i]);
      i++;
    } else i++;
  }
  for (const open of stack) if (open >= 0) out.push([open, n]);
  return out;
}

/** An odd number of unescaped `ch` before a match puts it inside a string literal. */
function oddCount(text: string, ch: string): boolean {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) {
    let slashes = 0;
    for (let k = i - 1; k >= 0 && text[k] === '\\'; k--) slashes++;
    if (slashes % 2 === 0) n++;
  }
  return n % 2 === 1;
}

/**
 * Blanks block comments and template literals (keeping newlines and offsets) so code written
 * inside them, such as test inputs, is not read as this file's imports. One linear pass.
 */
export function maskNonCode(text: string): string {
  // Blanked ranges come in increasing order, so the result is built from slices: a character
  // array of every file cost more than the scan itself.
  const parts: string[] = [];
  const n = text.length;
  let kept = 0;
  let i = 0;
  const blank = (from: number, to: number) => {
    const end = Math.min(to, n);
    if (from >= end || from < kept) return;
    parts.push(text.slice(kept, from), text.slice(from, end).replace(/[^\n]/g, ' '));
    kept = end;
  };
  while (i < n) {
    const c = text[i];
    if (c === '/' && text[i + 1] === '*') {
      const end = text.indexOf('*/', i + 2);
      const stop = end === -1 ? n : end + 2;
      blank(i, stop);
      i = stop;
    } else if (c === '/' && text[i + 1] === '/') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
    } else if (c === "'" || c === '"') {
      i++;
      while (i < n && text[i] !== c && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
      i++;
    } else if (c === '/' && startsRegex(text, i)) {
      // A regex literal may hold a quote or backtick (/(?= = `)/) that would otherwise open a
      // string running to the end of the file and hide every import after it.
      const end = regexEnd(text, i);
      blank(i + 1, end - 1);
      i = end;
    } else if (c === '`') {
      // template literals nest through ${ … `…` … }: an explicit stack keeps hostile nesting off the call stack
      const start = i;
      const stack: ('t' | 'e')[] = ['t'];
      const braces: number[] = [];
      i++;
      while (i < n && stack.length) {
        const d = text[i];
        if (stack[stack.length - 1] === 't') {
          if (d === '\\') { i += 2; continue; }
          if (d === '`') { stack.pop(); i++; continue; }
          if (d === '$' && text[i + 1] === '{') { stack.push('e'); braces.push(0); i += 2; continue; }
          i++;
          continue;
        }
        if (d === '`') { stack.push('t'); i++; continue; }
        if (d === "'" || d === '"') {
          i++;
          while (i < n && text[i] !== d && text[i] !== '\n') i += text[i] === '\\' ? 2 : 1;
          i++;
          continue;
        }
        if (d === '{') braces[braces.length - 1]!++;
        else if (d === '}') {
          if (braces[braces.length - 1] === 0) { stack.pop(); braces.pop(); i++; continue; }
          braces[braces.length - 1]!--;
        }
        i++;
      }
      blank(start, i);
    } else i++;
  }
  parts.push(text.slice(kept));
  return parts.join('');
}

/**
 * Whether a `/` opens a regex literal rather than dividing: the usual lexer heuristic, from the
 * previous significant character (an operator, an opening bracket, a separator, or a keyword
 * such as `return`). Wrong only on rare shapes, and a wrong guess costs one line of masking.
 */
function startsRegex(text: string, at: number): boolean {
  let k = at - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
  if (k < 0 || text[k] === '\n' || text[k] === '\r') return true;
  const p = text[k]!;
  if ('(,=:[!&|?{};+-*%<>~^'.includes(p)) return true;
  if (!/[A-Za-z_$]/.test(p)) return false;
  let w = k;
  while (w >= 0 && /[A-Za-z_$]/.test(text[w]!)) w--;
  return /^(?:return|typeof|case|do|else|in|of|void|yield|await|delete|throw|new)$/.test(text.slice(w + 1, k + 1));
}

/** End of a regex literal starting at `at` (classes may hold `/`); it never spans lines. */
function regexEnd(text: string, at: number): number {
  let i = at + 1;
  let inClass = false;
  while (i < text.length) {
    const d = text[i];
    if (d === '\n') return i;
    if (d === '\\') { i += 2; continue; }
    if (d === '[') inClass = true;
    else if (d === ']') inClass = false;
    else if (d === '/' && !inClass) return i + 1;
    i++;
  }
  return i;
}
