import type { RuleMeta } from '../../../../core/rule.js';
import type { SgNode } from '@ast-grep/napi';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/weak-hash",
  "title": "Weak hash algorithm (MD5/SHA-1)",
  "description": "MD5 and SHA-1 have practical collisions and are far too fast for passwords.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-328"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.audit.md5-used-as-password",
    "eslint:@microsoft/sdl/no-insecure-random"
  ],
  "remediation": "Use SHA-256 or better for integrity, and bcrypt/scrypt/argon2 for passwords.",
  "references": [
    "https://cwe.mitre.org/data/definitions/328.html"
  ]
};

const SECURITY_USE = /passw|pwd|token|secret|signature|signing|auth|session|salt|credential|api_?key|apikey|nonce|otp|verify/i;
const NON_SECURITY_USE = /cache|etag|checksum|fingerprint|dedup|content_?hash|contenthash|file_?hash|filehash|revision|bust|shard|bucket|color|avatar|gravatar|integrity|cacheKey/i;

/** The statement holding the call (and the enclosing function's name): what the digest is for. */
function statementContext(node: SgNode, source: string): string {
  let cur: SgNode | null = node;
  for (let i = 0; cur && i < 12; i++, cur = cur.parent()) {
    const kind = cur.kind().toString();
    if (kind.endsWith('statement') || kind === 'lexical_declaration' || kind === 'variable_declaration' || kind === 'pair') break;
  }
  let fn: SgNode | null = cur;
  for (let i = 0; fn && i < 60; i++, fn = fn.parent()) {
    const kind = fn.kind().toString();
    if (kind === 'function_declaration' || kind === 'method_definition') break;
    if ((kind === 'arrow_function' || kind === 'function_expression') && fn.parent()?.kind().toString() === 'variable_declarator') { fn = fn.parent(); break; }
  }
  const name = fn?.field('name')?.text() ?? '';
  // The statement's first 400 characters from the file: text() would copy a whole huge statement per match.
  const start = (cur ?? node).range().start.index;
  return `${source.slice(start, Math.min((cur ?? node).range().end.index, start + 400))} ${name}`;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A broken hash algorithm is used.",
  prefilter: ["createHash","createHmac"],
  matchers: [
  {
    "kind": "call_expression",
    "regex": "createH(?:ash|mac)\\(\\s*['\"](?i:md5|sha1|md4|sha-1|ripemd)['\"]"
  }
],
  check: (node, source) => {
    const text = node.text();
    // HMAC needs no collision resistance: HMAC-SHA1 (TOTP, webhook signatures) is sound, HMAC-MD5 merely dated.
    if (/^[\w$.]{0,40}createHmac/.test(text)) return /md[45]/i.test(text.slice(0, 40)) ? 'low' : false;
    const context = statementContext(node, source);
    if (SECURITY_USE.test(context)) return true;
    // Cache keys, ETags, checksums and content fingerprints need no collision resistance against an attacker.
    if (NON_SECURITY_USE.test(context)) return 'low';
    return 'medium';
  },
};
