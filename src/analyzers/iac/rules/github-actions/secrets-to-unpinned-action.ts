import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { get, headSpan, str, entries } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/secrets-to-unpinned-action",
    "title": "Secret passed to a third-party action not pinned to a SHA",
    "description": "An action referenced by tag can be replaced upstream; if it receives secrets through `with:` or `env:`, the new code gets them.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-829"
    ],
    "equivalents": [],
    "remediation": "Pin actions that receive secrets to a full commit SHA, or pass only short-lived scoped tokens."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    for (const step of file.steps) {
      const uses = step.uses;
      if (!uses || uses.startsWith('./') || uses.startsWith('docker://')) continue;
      const owner = uses.split('/')[0]!.toLowerCase();
      if (owner === 'actions' || owner === 'github') continue;
      if (/@[0-9a-f]{40}$/.test(uses)) continue;
      for (const block of ['with', 'env']) {
        for (const [k, v] of entries(get(step.node, block))) {
          if (/\$\{\{\s*secrets\./.test(str(v) ?? '')) {
            emit({ path: file.path, resource: step.job ? `job/${step.job.id}` : undefined }, headSpan(v), `${uses} (not SHA-pinned) receives a secret in ${block}.${k}.`, `${uses}|${k}`);
          }
        }
      }
    }
  },
};
