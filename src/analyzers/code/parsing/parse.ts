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
