import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/buffer-noassert",
  "title": "Buffer read or write with noAssert",
  "description": "Passing `noAssert = true` to a Buffer read/write method skipped the offset check in Node before 10, so an offset from input reads or writes past the buffer.",
  "severity": "low",
  "confidence": "high",
  "cwe": [
    "CWE-119"
  ],
  "owasp": [
    "A04:2021-Insecure Design"
  ],
  "equivalents": [
    "eslint:security/detect-buffer-noassert"
  ],
  "remediation": "Drop the `noAssert` argument and validate offsets; Node 10+ ignores it, so code relying on it is also wrong today.",
  "references": [
    "https://cwe.mitre.org/data/definitions/119.html"
  ]
};

/** Offset-only reads take 1 argument; byte-length reads 2; writes one more (the value). */
function expectedArgs(method: string): number {
  const variable = /^(?:read|write)U?Int(?:BE|LE)$/.test(method);
  return (method.startsWith('write') ? 2 : 1) + (variable ? 1 : 0);
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A Buffer method is called with noAssert = true, which skips the bounds check on old Node.",
  prefilter: ["readUInt", "readInt", "writeUInt", "writeInt", "readFloat", "writeFloat", "readDouble", "writeDouble"],
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "kind": "member_expression", "has": { "field": "property", "regex": "^(?:read|write)(?:U?Int(?:8|16|32)?(?:BE|LE)?|Float(?:BE|LE)|Double(?:BE|LE))$" } }
  }
],
  // noAssert is the extra trailing `true` beyond the method's normal arguments.
  check: (node) => {
    const method = node.field('function')?.field('property')?.text() ?? '';
    if (/^(?:read|write)U?Int$/.test(method)) return false;
    const args = argumentsOf(node);
    return args.length === expectedArgs(method) + 1 && args[args.length - 1]!.kind().toString() === 'true';
  },
};
