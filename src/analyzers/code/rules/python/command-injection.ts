import type { RuleMeta } from '../../../../core/rule.js';
import type { TaintRule } from '../../taint/types.js';

export const meta: RuleMeta = {
  "id": "code/python/command-injection",
  "title": "OS command injection",
  "description": "A shell command built from untrusted data lets an attacker append their own commands and run them with the server's rights.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-78"
  ],
  "owasp": [
    "A03:2021-Injection"
  ],
  "equivalents": [
    "bandit:B602",
    "bandit:B605",
    "semgrep:python.lang.security.dangerous-subprocess-use.dangerous-subprocess-use",
    "semgrep:python.lang.security.dangerous-system-call.dangerous-system-call"
  ],
  "remediation": "Call `subprocess.run([...])` with an argument list and no shell; if a shell is unavoidable, quote with `shlex.quote`.",
  "references": [
    "https://cwe.mitre.org/data/definitions/78.html"
  ]
};

export const rule: TaintRule = {
  kind: 'taint',
  meta,
  language: 'python',
  message: "Untrusted data reaches a shell command.",
  sinks: [
  {
    "category": "shell",
    "calls": [
      "os.system",
      "os.popen",
      "os.popen2",
      "os.popen3",
      "commands.getoutput",
      "subprocess.getoutput",
      "subprocess.getstatusoutput",
      "popen2.popen2"
    ],
    "kwargs": [
      "command",
      "cmd"
    ],
    "fromParams": true
  },
  {
    "category": "shell",
    "calls": [
      "subprocess.call",
      "subprocess.run",
      "subprocess.Popen",
      "subprocess.check_output",
      "subprocess.check_call",
      "Popen",
      "call",
      "run",
      "check_output"
    ],
    "argText": "shell=True",
    "kwargs": [
      "args"
    ],
    "fromParams": true
  },
  {
    // `from os import system, popen`
    "category": "shell",
    "calls": [
      "system",
      "popen"
    ],
    "fileText": "from os import",
    "fromParams": true
  },
  {
    // `subprocess.run(["sh", "-c", cmd])`: a shell parses the command even without shell=True.
    "category": "shell",
    "calls": [
      "subprocess.call",
      "subprocess.run",
      "subprocess.Popen",
      "subprocess.check_output",
      "subprocess.check_call",
      "Popen"
    ],
    "shellList": true
  },
  {
    "category": "shell",
    "calls": [
      "os.execl",
      "os.execlp",
      "os.execv",
      "os.execvp",
      "os.spawnl",
      "os.spawnlp",
      "os.spawnv",
      "os.spawnvp",
      "os.execle",
      "os.execve"
    ],
    "args": "all"
  }
],
};
