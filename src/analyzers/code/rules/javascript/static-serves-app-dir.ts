import type { SgNode } from '@ast-grep/napi';
import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isLiteralString } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/static-serves-app-dir",
  "title": "Static file server exposes the application directory",
  "description": "`express.static(__dirname)` or `express.static('.')` serves every file next to the server: its source code, `.env`, private keys, the SQLite database, `package.json` and `.git` contents are one URL away.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-552"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "remediation": "Serve a dedicated directory that holds only public assets: `express.static(path.join(__dirname, 'public'))`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/552.html",
    "https://expressjs.com/en/starter/static-files.html"
  ]
};

/** `__dirname`, `process.cwd()`, `'.'`, `'./'`, `'..'`: the app's own directory or its parent. */
function isAppDir(node: SgNode): boolean {
  const text = node.text().replace(/\s+/g, '');
  if (text === '__dirname' || text === 'process.cwd()' || text === 'import.meta.dirname') return true;
  if (isLiteralString(node)) return /^(?:\.{1,2}\/?|\.\/\.\.?\/?)$/.test(text.slice(1, -1));
  return false;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "The static file server's root is the application directory; source code and .env files are downloadable.",
  prefilter: ["static(", "serveStatic("],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "regex": "^(?:express\\.static|serveStatic)$" }
  }
],
  check: (node) => {
    const root = argumentsOf(node)[0];
    if (!root) return false;
    if (isAppDir(root)) return true;
    // path.join(__dirname) / path.resolve(__dirname, '..') / path.join(process.cwd(), '.')
    if (root.kind().toString() !== 'call_expression' || !/^path\.(?:join|resolve)$/.test(root.field('function')?.text() ?? '')) return false;
    const parts = argumentsOf(root);
    return parts.length > 0 && isAppDir(parts[0]!) && parts.slice(1).every((p) => isLiteralString(p) && /^(?:\.{1,2}\/?)$/.test(p.text().slice(1, -1)));
  },
};
