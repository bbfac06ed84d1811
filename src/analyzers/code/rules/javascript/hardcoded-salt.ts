import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isConstantBytes, propertyOf, resolve } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/hardcoded-salt",
  "title": "Password hash with a constant salt",
  "description": "A salt fixed in the code is the same for every password, so equal passwords hash alike and one precomputed table cracks them all.",
  "severity": "medium",
  "confidence": "high",
  "cwe": [
    "CWE-760"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "remediation": "Generate a random salt per password (`crypto.randomBytes(16)`), store it beside the hash, or use bcrypt/argon2, which salt for you.",
  "references": [
    "https://cwe.mitre.org/data/definitions/760.html"
  ]
};

/** Key-derivation calls and the position of their salt argument. */
const SALT_ARG: Record<string, number> = { pbkdf2: 1, pbkdf2Sync: 1, scrypt: 1, scryptSync: 1, hkdf: 2, hkdfSync: 2 };

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "The password hash uses a salt fixed in the code.",
  prefilter: ["pbkdf2", "scrypt", "hkdf", "argon2", "bcrypt"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "regex": "^[\\w$.]{0,60}(?:pbkdf2|pbkdf2Sync|scrypt|scryptSync|hkdf|hkdfSync|argon2\\.hash|bcrypt\\.hash|bcrypt\\.hashSync|bcryptjs\\.hash|bcryptjs\\.hashSync)\\s*\\("
  }
],
  check: (node) => {
    const callee = node.field('function')?.text().replace(/\s+/g, '') ?? '';
    const method = callee.slice(callee.lastIndexOf('.') + 1);
    const args = argumentsOf(node);
    // hkdf's salt may legitimately be empty or fixed (RFC 5869 allows it); only password KDFs are flagged for it.
    if (method === 'hkdf' || method === 'hkdfSync') return false;
    if (/(?:^|\.)argon2\.hash$/.test(callee)) {
      const salt = propertyOf(args[1] ? resolve(args[1]) : undefined, 'salt');
      return salt !== undefined && isConstantBytes(salt);
    }
    if (/bcrypt(?:js)?\.hash(?:Sync)?$/.test(callee)) {
      // bcrypt.hash(pw, '$2b$10$<22 chars>'): a literal salt string; a number is the cost and is fine.
      const salt = args[1] ? resolve(args[1]) : undefined;
      return salt !== undefined && salt.kind().toString() === 'string' && /^['"]\$2[abxy]?\$\d{2}\$/.test(salt.text());
    }
    const index = SALT_ARG[method];
    if (index === undefined) return false;
    const salt = args[index];
    return salt !== undefined && isConstantBytes(salt);
  },
};
