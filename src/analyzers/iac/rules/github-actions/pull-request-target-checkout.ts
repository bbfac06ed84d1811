import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { get, headSpan, str } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/pull-request-target-checkout",
    "title": "pull_request_target or workflow_run checks out untrusted code",
    "description": "`pull_request_target` and `workflow_run` run with secrets and a write token; checking out the pull request head and building it runs the attacker\u2019s code with them (\"pwn request\").",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-829"
    ],
    "equivalents": [],
    "remediation": "Use `pull_request` for building untrusted code, or split into an unprivileged build and a privileged workflow that only consumes artifacts."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    if (!file.events.has('pull_request_target') && !file.events.has('workflow_run')) return;
    for (const step of file.steps) {
      if (!step.uses?.startsWith('actions/checkout')) continue;
      const ref = get(step.node, 'with', 'ref');
      const text = str(ref) ?? '';
      if (/github\.event\.pull_request\.head\.|github\.head_ref|github\.event\.workflow_run\.head_|refs\/pull\//.test(text)) emit({ path: file.path, resource: step.job ? `job/${step.job.id}` : undefined }, headSpan(ref!), `A privileged ${file.events.has('pull_request_target') ? 'pull_request_target' : 'workflow_run'} workflow checks out untrusted code (${text}).`);
    }
  },
};
