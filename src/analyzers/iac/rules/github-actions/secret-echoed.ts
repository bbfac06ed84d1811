import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { headSpan, str } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/secret-echoed",
    "title": "Secret printed in a run step",
    "description": "Echoing a secret writes it to the job log; masking is best-effort and fails for transformed or multi-line values.",
    "severity": "high",
    "confidence": "medium",
    "cwe": [
      "CWE-532"
    ],
    "equivalents": [],
    "remediation": "Never print secrets; pass them to the tool through env and let it read them."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    for (const step of file.steps) {
      const text = str(step.run);
      if (!text || !text.includes('secrets.')) continue;
      for (const line of text.split('\n')) {
        const t = line.trim();
        if (/^(?:echo|printf|cat)\b/.test(t) && /\$\{\{\s*secrets\./.test(t) && !t.includes('>>') && !t.includes('|')) {
          emit({ path: file.path, resource: step.job ? `job/${step.job.id}` : undefined }, headSpan(step.run!), 'run: prints a secret to the job log.');
          break;
        }
      }
    }
  },
};
