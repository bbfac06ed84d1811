import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { get, headSpan, str, type VNode } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/self-hosted-public-pr",
    "title": "Self-hosted runner on pull request events",
    "description": "A self-hosted runner that runs pull_request jobs executes code from forks on your infrastructure, where it can persist and reach internal networks.",
    "severity": "high",
    "confidence": "medium",
    "cwe": [
      "CWE-284"
    ],
    "equivalents": [],
    "remediation": "Use GitHub-hosted runners for pull requests, or ephemeral isolated runners with no network access."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    if (!file.events.has('pull_request') && !file.events.has('pull_request_target')) return;
    for (const job of file.jobs) {
      const r = get(job.node, 'runs-on');
      const labels = r?.kind === 'list' ? (r.items ?? []).map((i: VNode) => str(i)) : [str(r) ?? str(get(r, 'group'))];
      if (labels.includes('self-hosted')) emit({ path: file.path, resource: `job/${job.id}` }, headSpan(r!), `Job ${job.id} runs pull request code on a self-hosted runner.`);
    }
  },
};
