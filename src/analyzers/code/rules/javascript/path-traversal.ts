import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/path-traversal",
  "title": "Path traversal",
  "description": "A file path built from request data can contain `../` and reach any file the process can read or write, such as keys and configuration.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-22"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.express.security.audit.express-path-join-resolve-traversal",
    "eslint:security/detect-non-literal-fs-filename"
  ],
  "remediation": "Take `path.basename()` of the input, resolve it under a fixed root and check the result still starts with that root; or map ids to files server-side.",
  "references": [
    "https://cwe.mitre.org/data/definitions/22.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "A file system path is built from untrusted data.",
  sinks: [
  {
    "category": "path",
    "methods": [
      "readFile",
      "readFileSync",
      "createReadStream",
      "writeFile",
      "writeFileSync",
      "createWriteStream",
      "appendFile",
      "appendFileSync",
      "unlink",
      "unlinkSync",
      "rm",
      "rmSync",
      "readdir",
      "readdirSync",
      "open",
      "openSync",
      "rename",
      "renameSync",
      "copyFile",
      "copyFileSync",
      "cp",
      "cpSync",
      "mkdir",
      "mkdirSync",
      "rmdir",
      "rmdirSync",
      "symlink",
      "symlinkSync",
      "truncate",
      "truncateSync",
      "opendir",
      "opendirSync"
    ],
    "receivers": [
      "fs",
      "fsp",
      "promises",
      "fs.promises",
      "fse",
      "fsExtra"
    ]
  },
  {
    "category": "path",
    "calls": [
      "readFile",
      "readFileSync",
      "writeFile",
      "writeFileSync",
      "createReadStream",
      "createWriteStream",
      "unlink",
      "appendFile",
      "copyFile",
      "readdir"
    ]
  },
  // With a `root` option Express resolves the path under root and rejects `..` (403); `attachment` only sets a header.
  {
    "category": "path",
    "methods": [
      "sendFile",
      "download"
    ],
    "receivers": [
      "res",
      "response",
      "reply"
    ],
    "unlessArgText": [
      "root:",
      "{root}",
      "{root,",
      ",root}",
      ",root,"
    ]
  }
],
};
