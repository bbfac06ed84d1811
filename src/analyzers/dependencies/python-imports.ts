/**
 * Absolute imports of a Python file, found by one linear pass over its characters: strings
 * (including triple-quoted docstrings with their doctest `>>> import x` lines) and comments are
 * skipped, bracketed and backslash-continued lines are joined, and indentation tells which
 * imports sit in the body of a `try` whose handler catches ImportError (optional by design).
 * No regular expression runs over more than one statement.
 */
export interface PythonImport {
  /** Dotted module as written: `google.cloud.storage`, `yaml`. */
  readonly module: string;
  /** First component: what must be installed or local. */
  readonly top: string;
  readonly line: number;
  /** In a `try` body whose `except` catches ImportError, ModuleNotFoundError, Exception or everything. */
  optional: boolean;
  /**
   * Runs only on some paths: inside a function, class, `if` (TYPE_CHECKING, platform and version
   * checks), loop, `with`, or an exception handler. A plain `try` body does not count.
   */
  readonly conditional: boolean;
}

interface LogicalLine {
  readonly code: string;
  readonly line: number;
  readonly indent: number;
  /** Offsets in `code` where the next physical line begins, so a statement keeps its own line. */
  readonly breaks: readonly number[];
}

// Single-character classes searched with lastIndex: each character is looked at once.
const CODE_STOPS = /[#\n\\"'()[\]{};]/g;
const KEYWORD = /(import|from|if|elif|else|try|except|finally|with|for|while|def|class|async)\b/y;
const STRING_STOPS_DOUBLE = /[\\\n"]/g;
const STRING_STOPS_SINGLE = /[\\\n']/g;

/** Statements longer than this are not import statements anyone wrote; they are cut, not scanned. */
const MAX_STATEMENT = 20_000;

/** Splits source into logical lines with strings blanked to `""` and comments dropped. */
export function logicalLines(text: string): LogicalLine[] {
  const out: LogicalLine[] = [];
  const n = text.length;
  let i = 0;
  let line = 1;
  let depth = 0;
  let code = '';
  let startLine = 1;
  let indent = 0;
  let atLineStart = true;
  // Only lines that start with a keyword (or follow a `;`) can hold an import or open a block:
  // the others are tracked for strings, brackets and indentation but their text is not kept.
  let keep = false;
  let breaks: number[] = [];
  const newline = () => {
    line++;
    if (keep && !atLineStart && breaks.length < 10_000) breaks.push(code.length);
  };
  const flush = () => {
    if (!atLineStart) out.push({ code: keep ? code.trimEnd() : '', line: startLine, indent, breaks });
    code = '';
    breaks = [];
    depth = 0;
    atLineStart = true;
  };
  while (i < n) {
    const c = text[i]!;
    if (atLineStart) {
      // measure indentation of a new logical line; blank and comment-only lines do not start one
      let j = i;
      let width = 0;
      while (j < n && (text[j] === ' ' || text[j] === '\t' || text[j] === '\f')) {
        width += text[j] === '\t' ? 8 - (width % 8) : 1;
        j++;
      }
      if (j >= n) break;
      const d = text[j];
      if (d === '\n' || d === '\r' || d === '#') {
        const end = text.indexOf('\n', j);
        if (end === -1) break;
        i = end + 1;
        line++;
        continue;
      }
      indent = width;
      startLine = line;
      atLineStart = false;
      KEYWORD.lastIndex = j;
      keep = KEYWORD.test(text);
      i = j;
      continue;
    }
    if (c === ';' && !keep && depth === 0) {
      // `x = 1; import y`: what follows the semicolon is a statement of its own
      keep = true;
      code = '';
      breaks = [];
      startLine = line;
      i++;
      while (text[i] === ' ' || text[i] === '\t') i++;
      continue;
    }
    if (c === '#') {
      const end = text.indexOf('\n', i);
      i = end === -1 ? n : end;
      continue;
    }
    if (c === '\n') {
      i++;
      if (depth > 0) { if (keep) code += ' '; newline(); continue; }
      line++;
      flush();
      continue;
    }
    if (c === '\\' && (text[i + 1] === '\n' || (text[i + 1] === '\r' && text[i + 2] === '\n'))) {
      i += text[i + 1] === '\n' ? 2 : 3;
      if (keep) code += ' ';
      newline();
      continue;
    }
    if (c === '"' || c === "'") {
      const triple = text[i + 1] === c && text[i + 2] === c;
      const quote = triple ? c + c + c : c;
      i += quote.length;
      // jump from one quote, backslash or newline to the next; escapes skip one character
      const stops = c === '"' ? STRING_STOPS_DOUBLE : STRING_STOPS_SINGLE;
      while (i < n) {
        stops.lastIndex = i;
        const hit = stops.exec(text);
        if (!hit) { i = n; break; }
        i = hit.index;
        const d = text[i]!;
        if (d === '\\') {
          if (text[i + 1] === '\n') newline();
          i += 2;
          continue;
        }
        if (d === '\n') {
          if (!triple) break; // unterminated single-quoted string: the line end closes it
          newline();
        }
        if (d === c && (!triple || (text[i + 1] === c && text[i + 2] === c))) {
          i += quote.length;
          break;
        }
        i++;
      }
      if (keep && code.length < MAX_STATEMENT) code += '""';
      continue;
    }
    if (c === '(' || c === '[' || c === '{' || c === ')' || c === ']' || c === '}') {
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (depth > 0) depth--;
      if (keep && code.length < MAX_STATEMENT) code += c;
      i++;
      continue;
    }
    // ordinary code up to the next character that matters, appended in one piece
    CODE_STOPS.lastIndex = i + 1;
    const next = CODE_STOPS.exec(text);
    const j = next ? next.index : n;
    if (keep && code.length < MAX_STATEMENT) code += text.slice(i, Math.min(j, i + MAX_STATEMENT));
    i = j;
  }
  flush();
  return out;
}

interface Frame {
  readonly indent: number;
  /** `main`: an `if __name__ == "__main__":` block, which runs whenever the file runs as a script. */
  kind: 'try-body' | 'try-handlers' | 'main' | 'other';
  readonly guarded: PythonImport[];
}

// strings are blanked to "" by then: `if __name__ == "__main__":` reads `if __name__ == ""`
const MAIN_GUARD = /^if\s*\(?\s*__name__\s*==\s*""\s*\)?$/;
const COMPOUND = /^(if|elif|else|try|except|finally|with|for|while|def|class|async)\b/;
const NAME = /^[A-Za-z_][A-Za-z0-9_]{0,200}(\.[A-Za-z_][A-Za-z0-9_]{0,200}){0,30}$/;

/** Every absolute import of the file, each marked optional when an ImportError handler guards it. */
export function pythonImports(text: string): PythonImport[] {
  if (text.indexOf('import') === -1) return [];
  const out: PythonImport[] = [];
  const stack: Frame[] = [];
  for (const ll of logicalLines(text)) {
    while (stack.length && stack[stack.length - 1]!.indent > ll.indent) stack.pop();
    const top = stack[stack.length - 1];
    if (top && top.indent === ll.indent) {
      if ((top.kind === 'try-body' || top.kind === 'try-handlers') && /^except\b/.test(ll.code)) {
        if (catchesImportError(headerOf(ll.code))) for (const site of top.guarded) site.optional = true;
        top.kind = 'try-handlers';
      } else if ((top.kind === 'try-body' || top.kind === 'try-handlers') && /^(else|finally)\b/.test(ll.code)) {
        top.kind = 'other';
      } else stack.pop();
    }
    if (!ll.code || (ll.code.indexOf('import') === -1 && !COMPOUND.test(ll.code))) continue;
    // the innermost try body this line sits in (an `if` inside a `try` is still guarded)
    let guard: Frame | undefined;
    for (let k = stack.length - 1; k >= 0; k--) if (stack[k]!.kind === 'try-body' && stack[k]!.indent < ll.indent) { guard = stack[k]; break; }
    const nested = stack.some((f) => f.indent < ll.indent && f.kind !== 'try-body' && f.kind !== 'main');
    for (const [statement, offset] of splitStatements(ll.code)) {
      let body = statement;
      let at = offset;
      let owner = guard;
      let conditional = nested;
      // `try: import x`, `if PY2: import y`: the header opens a block, the rest is its first statement
      const colon = COMPOUND.test(body) ? colonSplit(body) : undefined;
      if (colon !== undefined) {
        const header = body.slice(0, colon).trim();
        const continues = top && top.indent === ll.indent && top === stack[stack.length - 1] && /^(except|else|finally)\b/.test(header);
        const frame: Frame = continues ? top : { indent: ll.indent, kind: header === 'try' ? 'try-body' : MAIN_GUARD.test(header) ? 'main' : 'other', guarded: [] };
        if (!continues) stack.push(frame);
        at += colon + 1 + (body.length - colon - 1 - body.slice(colon + 1).trimStart().length);
        body = body.slice(colon + 1).trim();
        if (frame.kind === 'try-body') owner = frame;
        else if (frame.kind !== 'main') conditional = true;
      }
      let line = ll.line;
      for (const b of ll.breaks) if (b <= at) line++;
      for (const site of importsOf(body, line, conditional)) {
        owner?.guarded.push(site);
        out.push(site);
      }
    }
  }
  return out;
}

function headerOf(code: string): string {
  const colon = colonSplit(code);
  return colon === undefined ? code : code.slice(0, colon);
}

function catchesImportError(header: string): boolean {
  return /^except\s*:?$/.test(header.trim()) || /\b(ImportError|ModuleNotFoundError|Exception|BaseException)\b/.test(header);
}

/** Index of the colon that ends a compound statement's header (outside brackets), if text follows it or not. */
function colonSplit(code: string): number | undefined {
  let depth = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) {
      // `lambda x: …` and walrus `:=` are not block headers
      if (code[i + 1] === '=') continue;
      if (/\blambda\b[^:]*$/.test(code.slice(Math.max(0, i - 200), i))) continue;
      return i;
    }
  }
  return undefined;
}

/** Statements of a logical line with their offsets in it. */
function splitStatements(code: string): [string, number][] {
  if (code.indexOf(';') === -1) return [[code, 0]];
  const out: [string, number][] = [];
  const push = (from: number, to: number) => {
    const piece = code.slice(from, to);
    const text = piece.trim();
    if (text) out.push([text, from + piece.length - piece.trimStart().length]);
  };
  let depth = 0;
  let start = 0;
  for (let i = 0; i < code.length; i++) {
    const c = code[i];
    if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') depth = Math.max(0, depth - 1);
    else if (c === ';' && depth === 0) {
      push(start, i);
      start = i + 1;
    }
  }
  push(start, code.length);
  return out;
}

function importsOf(statement: string, line: number, conditional: boolean): PythonImport[] {
  if (statement.startsWith('import ') || statement.startsWith('import\t')) {
    const out: PythonImport[] = [];
    for (const part of statement.slice(7).replace(/[()]/g, ' ').split(',')) {
      const module = part.trim().split(/\s+/)[0] ?? '';
      if (NAME.test(module)) out.push({ module, top: module.split('.')[0]!, line, optional: false, conditional });
    }
    return out;
  }
  if (statement.startsWith('from ') || statement.startsWith('from\t')) {
    const rest = statement.slice(5).trimStart();
    const end = rest.search(/\s/);
    if (end === -1) return [];
    const module = rest.slice(0, end);
    if (!/^\s+import\b/.test(rest.slice(end))) return [];
    if (module.startsWith('.') || !NAME.test(module)) return []; // relative imports are the package's own
    return [{ module, top: module.split('.')[0]!, line, optional: false, conditional }];
  }
  return [];
}
