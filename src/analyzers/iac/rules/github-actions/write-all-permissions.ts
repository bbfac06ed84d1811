import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { get, headSpan, str } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/write-all-permissions",
    "title": "Workflow token has write-all or default permissions",
    "description": "With `permissions: write-all`, or no `permissions` at all in repositories where the default token is read-write, every step (and every action it runs) can push code, publish releases and edit issues.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-250"
    ],
    "equivalents": [
      "checkov:CKV2_GHA_1"
    ],
    "remediation": "Declare `permissions:` at the top with the minimum (often `contents: read`) and widen per job."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    if (file.isAction) return;
    const top = get(file.root, 'permissions');
    if (str(top) === 'write-all') {
      emit({ path: file.path }, headSpan(top!), 'permissions: write-all grants the token every write scope.');
      return;
    }
    for (const job of file.jobs) {
      const p = get(job.node, 'permissions');
      if (str(p) === 'write-all') emit({ path: file.path, resource: `job/${job.id}` }, headSpan(p!), `Job ${job.id} grants write-all.`);
      else if (!top && !p) emit({ path: file.path, resource: `job/${job.id}` }, job.head, `Job ${job.id} has no permissions block and the workflow sets none: the token gets the repository default, often write.`);
    }
  },
};
