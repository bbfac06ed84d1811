import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/javascript/command-injection",
  "title": "OS command injection",
  "description": "A shell command built from untrusted data lets an attacker append their own commands (`; rm -rf /`) and run them with the server's rights.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-78"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "semgrep:javascript.lang.security.detect-child-process.detect-child-process",
    "eslint:security/detect-child-process"
  ],
  "remediation": "Use `execFile`/`spawn` with an argument array and no shell; validate input against an allow-list.",
  "references": [
    "https://cwe.mitre.org/data/definitions/78.html"
  ]
};

/** `spawn('sh', ['-c', cmd])` runs a shell as surely as `exec(cmd)` (argument text with whitespace removed). */
const SHELL_ARGV = ["'sh',['-c'", "'bash',['-c'", "'/bin/sh',['-c'", "'/bin/bash',['-c'", '"sh",["-c"', '"bash",["-c"', '"/bin/sh",["-c"', '"/bin/bash",["-c"', "'cmd',['/c'", "'cmd.exe',['/c'", '"cmd",["/c"', '"cmd.exe",["/c"'];

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'javascript',
  message: "Untrusted data reaches a shell command.",
  sinks: [
  {
    "category": "shell",
    "calls": [
      "exec",
      "execSync",
      "child_process.exec",
      "child_process.execSync",
      "cp.exec",
      "cp.execSync",
      "childProcess.exec",
      "childProcess.execSync",
      "execAsync",
      "execPromise",
      "execP"
    ],
    "fileText": "child_process",
    "fromParams": true
  },
  {
    "category": "shell",
    "calls": [
      "spawn",
      "spawnSync",
      "execFile",
      "execFileSync",
      "child_process.spawn",
      "cp.spawn",
      "child_process.spawnSync"
    ],
    "args": "all",
    "argText": "shell:true",
    "fileText": "child_process"
  },
  ...SHELL_ARGV.map((argText) => ({ category: 'shell' as const, calls: ['spawn', 'spawnSync', 'execFile', 'execFileSync', 'child_process.spawn', 'child_process.spawnSync', 'child_process.execFile', 'cp.spawn'], args: 'all' as const, argText, fileText: 'child_process' })),
],
};
