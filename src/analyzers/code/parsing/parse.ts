import { createRequire } from 'node:module';
import { Lang, parse, registerDynamicLanguage, type SgRoot } from '@ast-grep/napi';

export type CodeLanguage = 'javascript' | 'python';

let pythonRegistered = false;

/** Python comes as a dynamic grammar; registration is process-wide and must happen once per thread. */
function ensurePython(): void {
  if (pythonRegistered) return;
  const require = createRequire(import.meta.url);
  registerDynamicLanguage({ python: require('@ast-grep/lang-python') });
  pythonRegistered = true;
}

/** The grammar for a file: TSX for .tsx/.jsx (JSX needs it), TypeScript for other JS/TS (a superset that parses plain JS). */
export function grammarFor(path: string): { language: CodeLanguage; lang: Lang | string } | undefined {
  const dot = path.lastIndexOf('.');
  const ext = dot === -1 ? '' : path.slice(dot + 1).toLowerCase();
  switch (ext) {
    case 'py': case 'pyw': return { language: 'python', lang: 'python' };
    case 'tsx': case 'jsx': return { language: 'javascript', lang: Lang.Tsx };
    case 'ts': case 'mts': case 'cts': return { language: 'javascript', lang: Lang.TypeScript };
    // Plain JS may contain JSX (React); TSX accepts both, but chokes on `<T>x` casts which plain JS never has.
    case 'js': case 'mjs': case 'cjs': return { language: 'javascript', lang: Lang.Tsx };
    default: return undefined;
  }
}

export function parseSource(lang: Lang | string, text: string): SgRoot {
  if (lang === 'python') ensurePython();
  return parse(lang as Lang, text);
}

/** Bytes covered by ERROR nodes (outermost only): how much of the file the parser could not make sense of. */
function errorBytes(root: SgRoot): number {
  let total = 0, end = -1;
  for (const e of root.root().findAll({ rule: { kind: 'ERROR' } })) {
    const r = e.range();
    if (r.start.index < end) continue;
    total += r.end.index - r.start.index;
    end = r.end.index;
  }
  return total;
}

/**
 * Parses a file, and when it is a fragment that starts inside a triple-quoted string (a docstring's tail:
 * a hunk, a snippet cut from a longer file), parses it again with that tail blanked out. Without this the
 * first closing quotes open a string, and every statement after them is read as string text or ERROR.
 * Blanking keeps every offset and line; the second parse is kept only when it leaves no more in ERROR nodes
 * and finds more calls.
 */
export function parseFile(lang: Lang | string, text: string): SgRoot {
  const first = parseSource(lang, text);
  if (lang !== 'python') return first;
  const a = text.indexOf('"""'), b = text.indexOf("'''");
  const q = a === -1 ? b : b === -1 ? a : Math.min(a, b);
  if (q === -1 || first.root().find({ rule: { kind: 'ERROR' } }) === null) return first;
  const before = errorBytes(first);
  const blanked = text.slice(0, q + 3).replace(/[^\n]/g, ' ') + text.slice(q + 3);
  const second = parseSource(lang, blanked);
  // Fewer bytes in ERROR alone is not enough: blanking a file down to a trailing unclosed string also
  // clears its errors. The reading that sees more calls is the one that kept the code.
  if (errorBytes(second) > before) return first;
  return second.root().findAll({ rule: { kind: 'call' } }).length > first.root().findAll({ rule: { kind: 'call' } }).length ? second : first;
}
