import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { headSpan, entries, type VNode } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/unsecure-commands",
    "title": "Workflow re-enables deprecated set-env/add-path commands",
    "description": "`ACTIONS_ALLOW_UNSECURE_COMMANDS: true` re-enables `::set-env` and `::add-path`, which any log line (including attacker-controlled output) can use to inject environment variables such as NODE_OPTIONS or PATH.",
    "severity": "high",
    "confidence": "high",
    "cwe": [
      "CWE-78"
    ],
    "equivalents": [
      "kics:60fd272d-15f4-4d8f-afe4-77d9c6cc0453",
      "checkov:CKV_GHA_1"
    ],
    "remediation": "Remove the variable; write to `$GITHUB_ENV` and `$GITHUB_PATH` instead."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    const visit = (node: VNode | undefined, depth: number) => {
      if (!node || depth > 12) return;
      if (node.kind === 'map') for (const [k, v] of entries(node)) {
        if (k === 'ACTIONS_ALLOW_UNSECURE_COMMANDS' && /^true$/i.test(String(v.value ?? ''))) emit({ path: file.path }, headSpan(v), 'ACTIONS_ALLOW_UNSECURE_COMMANDS re-enables set-env and add-path.', `${v.span.sl}`);
        else visit(v, depth + 1);
      }
      else if (node.kind === 'list') for (const i of node.items ?? []) visit(i, depth + 1);
    };
    visit(file.root, 0);
  },
};
