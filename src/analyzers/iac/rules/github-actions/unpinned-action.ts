import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { headSpan } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/unpinned-action",
    "title": "Third-party action not pinned to a commit SHA",
    "description": "A tag or branch of a third-party action can be moved to malicious code (as with tj-actions/changed-files); only a full commit SHA is immutable.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-829"
    ],
    "equivalents": [
      "kics:555ab8f9-2001-455e-a077-f2d0f41e2fb9"
    ],
    "remediation": "Pin `uses:` to a full 40-character commit SHA and keep the version in a comment; let Dependabot update it."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    for (const step of file.steps) {
      const uses = step.uses;
      if (!uses || uses.startsWith('./') || uses.startsWith('docker://')) continue;
      const at = uses.lastIndexOf('@');
      const owner = uses.split('/')[0]!.toLowerCase();
      if (owner === 'actions' || owner === 'github') continue;
      const ref = at === -1 ? '' : uses.slice(at + 1);
      if (!/^[0-9a-f]{40}$/.test(ref)) emit({ path: file.path, resource: step.job ? `job/${step.job.id}` : undefined }, headSpan(step.usesNode!), `${uses} is not pinned to a commit SHA.`);
    }
  },
};
