import type { GithubActionsRule } from '../../rule.js';
import type { Workflow } from '../../platforms/github-actions.js';
import { get, headSpan, str } from '../../model.js';

export const rule: GithubActionsRule = {
  platform: 'github-actions',
  meta: {
    "id": "iac/github-actions/script-injection",
    "title": "Untrusted event data interpolated into a run script",
    "description": "`${{ github.event.issue.title }}` and similar are attacker-controlled; interpolated into `run:` they become shell code executed with the workflow token and secrets.",
    "severity": "critical",
    "confidence": "high",
    "cwe": [
      "CWE-78"
    ],
    "equivalents": [
      "kics:20f14e1a-a899-4e79-9f09-b6a84cd4649b",
      "kics:62ff6823-927a-427f-acf9-f1ea2932d616",
      "checkov:CKV_GHA_2"
    ],
    "remediation": "Pass the value through an environment variable (`env: TITLE: ${{ github.event.issue.title }}`) and use `\"$TITLE\"` in the script."
  } as GithubActionsRule['meta'],
  check(file: Workflow, emit) {
    const untrusted = /\$\{\{\s*(?:github\.event\.(?:issue\.title|issue\.body|pull_request\.title|pull_request\.body|comment\.body|review\.body|review_comment\.body|pages\.[^}]{0,40}\.page_name|commits\.[^}]{0,40}\.(?:message|author\.email|author\.name)|head_commit\.(?:message|author\.email|author\.name)|pull_request\.head\.(?:ref|label|repo\.default_branch)|workflow_run\.(?:head_branch|head_commit\.message|display_title)|discussion\.(?:title|body))|github\.head_ref)\s*\}\}/;
    for (const step of file.steps) {
      // actions/github-script evaluates `with.script` as JavaScript: the same injection, in another language.
      const script = step.uses?.toLowerCase().startsWith('actions/github-script@') ? get(step.node, 'with', 'script') : undefined;
      for (const [node, what] of [[step.run, 'the shell script'], [script, 'the github-script JavaScript']] as const) {
        const text = str(node);
        if (!node || !text || !text.includes('${{')) continue;
        const m = untrusted.exec(text);
        if (m) emit({ path: file.path, resource: step.job ? `job/${step.job.id}` : undefined }, headSpan(node), `${node === script ? 'script' : 'run'}: interpolates ${m[0]} directly into ${what}.`);
      }
    }
  },
};
