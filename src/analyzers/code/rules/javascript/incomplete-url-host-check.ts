import type { SgNode } from '@ast-grep/napi';
import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isLiteralString, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/incomplete-url-host-check",
  "title": "Host allow-list checked by substring",
  "description": "Checking a host or URL with `includes`, `indexOf`, a bare `endsWith` or a prefix without a path lets `example.com.evil.net` or `evilexample.com` pass as `example.com`, which turns redirect, CORS and SSRF allow-lists into open doors.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-20"
  ],
  "owasp": [
    "A01:2021-Broken Access Control"
  ],
  "equivalents": [
    "codeql:js/incomplete-url-substring-sanitization"
  ],
  "remediation": "Parse the URL with `new URL()` and compare `hostname` exactly, or with `hostname === d || hostname.endsWith('.' + d)`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/20.html",
    "https://codeql.github.com/codeql-query-help/javascript/js-incomplete-url-substring-sanitization/"
  ]
};

/** Values that hold only a host (or origin): any substring test on them is a host check. */
const HOST_NAMES = /^(?:hostname|host|origin|domain|referer|referrer|hostName|originHeader)$/;
/** Values that hold a whole URL: a substring test with a domain literal is a host check. */
const URL_NAMES = /(?:url|uri|href|referer|referrer|origin|redirect|returnTo|return_to|next|callback|target|location|link)$/i;
/** `example.com`, `.example.com`, `https://example.com`, `api.example.co.uk/` (bounded, no nested quantifiers). */
const DOMAIN = /^(?:https?:\/\/)?\.?[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){0,8}\.[a-z]{2,24}\/?$/i;

function lastName(node: SgNode): string {
  const kind = node.kind().toString();
  if (kind === 'identifier') return node.text();
  if (kind === 'member_expression') return node.field('property')?.text() ?? '';
  if (kind === 'subscript_expression') return (node.field('index')?.text() ?? '').replace(/^['"]|['"]$/g, '');
  if (kind === 'call_expression') {
    // `req.get('origin')`, `req.header('Referer')`, `headers.get('host')`
    const arg = argumentsOf(node)[0];
    return arg && arg.kind().toString() === 'string' ? arg.text().slice(1, -1).toLowerCase() : '';
  }
  return '';
}

function literal(node: SgNode): string | undefined {
  const value = resolve(node);
  return isLiteralString(value) ? value.text().slice(1, -1) : undefined;
}

/** `'.' + d`, `` `.${d}` ``: a dot-anchored suffix. */
function dotAnchored(node: SgNode): boolean {
  const value = resolve(node);
  const text = value.text();
  return /^(?:['"`]\.|`\.\$\{)/.test(text) || (value.kind().toString() === 'binary_expression' && /^['"]\./.test(text));
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A host or URL is checked by substring; a look-alike domain passes the check.",
  prefilter: ["includes(", "indexOf(", "endsWith(", "startsWith("],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "member_expression", "has": { "field": "property", "regex": "^(?:includes|indexOf|endsWith|startsWith)$" } }
  }
],
  check: (node) => {
    const callee = node.field('function');
    if (callee?.kind().toString() !== 'member_expression') return false;
    const method = callee.field('property')?.text() ?? '';
    const object = callee.field('object');
    const arg = argumentsOf(node)[0];
    if (!object || !arg || argumentsOf(node).length > 1) return false;
    // The page's own location is not attacker-chosen: `location.hostname.includes('staging.')` picks an environment.
    if (/^(?:window\.|document\.|globalThis\.)?location\b/.test(object.text())) return false;
    const name = lastName(object);
    const hostOnly = HOST_NAMES.test(name);
    if (!hostOnly && !URL_NAMES.test(name)) return false;
    const lit = literal(arg);
    if (method === 'startsWith') {
      // `origin.startsWith('https://example.com')` passes `https://example.com.evil.net`; with a path slash it is anchored.
      return lit !== undefined && /^https?:\/\/[^/]{1,253}$/.test(lit) && DOMAIN.test(lit);
    }
    if (method === 'endsWith') {
      if (lit !== undefined) return !lit.startsWith('.') && !lit.startsWith('/') && DOMAIN.test(lit) && (hostOnly || !lit.includes('/'));
      return hostOnly && !dotAnchored(arg);
    }
    // includes / indexOf: any domain literal; on a host-only value, a computed domain too.
    if (lit !== undefined) return DOMAIN.test(lit);
    return hostOnly && arg.kind().toString() !== 'number';
  },
};
