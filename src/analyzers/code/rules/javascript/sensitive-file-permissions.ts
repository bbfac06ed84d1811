import type { SgNode } from '@ast-grep/napi';
import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, enclosingScope, numberOf, propertyOf, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/sensitive-file-permissions",
  "title": "Secret file readable or writable by other users",
  "description": "A key, token or credential file written or chmod-ed with group or world permissions can be read (or replaced) by every other account on the machine or in the container's shared volume.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-732"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "remediation": "Create secret files with mode `0o600` (directories `0o700`), e.g. `fs.writeFileSync(p, data, { mode: 0o600 })`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/732.html"
  ]
};

const SECRET = /secret|private|credential|passw|token(?!iz)|api[_-]?key|\.pem\b|\.key\b|id_rsa|id_ed25519|keystore|\.env\b/i;

/** A numeric mode, literal or octal string ('600'), or undefined. */
function modeOf(node: SgNode | undefined): number | undefined {
  if (!node) return undefined;
  const value = resolve(node);
  const n = numberOf(value);
  if (n !== undefined) return n;
  const m = /^['"]([0-7]{3,4})['"]$/.exec(value.text());
  return m ? parseInt(m[1]!, 8) : undefined;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A file that holds a secret gets permissions for group or other users.",
  prefilter: ["chmod", "mode:", "mode :", "0o"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "regex": "(?:^|\\.)(?:chmod|chmodSync|writeFile|writeFileSync|open|openSync)$" }
  }
],
  check: (node) => {
    const callee = node.field('function')?.text() ?? '';
    const method = callee.slice(callee.lastIndexOf('.') + 1);
    const args = argumentsOf(node);
    let mode: number | undefined;
    if (method.startsWith('chmod')) mode = modeOf(args[1]);
    else if (method.startsWith('writeFile')) mode = modeOf(propertyOf(args[2] ? resolve(args[2]) : undefined, 'mode'));
    else mode = modeOf(args[2]);
    // World-writable modes are chmod-world-writable's; here: any group/other bit on a secret file.
    if (mode === undefined || (mode & 0o077) === 0 || (mode & 0o002) !== 0) return false;
    const target = args[0];
    if (!target) return false;
    const scope = enclosingScope(node);
    const fnName = scope && scope.kind().toString() !== 'program' ? (scope.field('name')?.text() ?? scope.parent()?.field('name')?.text() ?? '') : '';
    return SECRET.test(target.text()) || SECRET.test(resolve(target).text()) || SECRET.test(fnName);
  },
};
