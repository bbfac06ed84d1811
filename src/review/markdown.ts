import type { Review, ReviewItem } from './index.js';
import { escapeMarkdown } from '../reporters/markdown.js';
import { sanitizeForTerminal } from '../reporters/text.js';

const HEADINGS: Record<ReviewItem['kind'], string> = {
  secret: 'Secrets added',
  finding: 'Findings on added lines',
  'auth-weakened': 'Auth removed or weakened',
  'iac-permission': 'Infrastructure permission increases',
  'ci-workflow': 'CI workflow changes',
  'agent-instructions': 'Agent instruction files',
  'gate-config': 'Changes to the security gate itself',
  endpoint: 'New or changed HTTP endpoints',
  dependency: 'New dependencies',
  'sensitive-code': 'Auth, session and crypto code edited',
  'out-of-scope': 'Files outside the declared scope',
  'ai-untested': 'Large AI-written additions without test changes',
};

// Table cells come from scanned code: neutralise what would break or inject Markdown.
function cell(text: string): string {
  return escapeMarkdown(text.slice(0, 200));
}

// Inside a code span Markdown escapes are shown literally; only a backtick or a line break could end it.
function code(text: string): string {
  return '`' + sanitizeForTerminal(text.slice(0, 200)).replace(/[`\r\n|]/g, (c) => (c === '|' ? '\\|' : c === '`' ? "'" : ' ')) + '`';
}

function ai(item: ReviewItem): string {
  if (!item.ai) return '';
  if (item.ai.aiAuthored === true) return `AI (${item.ai.tool ?? 'unknown tool'})`;
  return item.ai.aiAuthored === false ? 'human' : 'unknown';
}

/** A PR comment: summary, items grouped by kind with locations, then the checklist. */
export function renderMarkdown(review: Review): string {
  const out: string[] = [];
  const p = review.provenance;
  const high = review.items.filter((i) => i.level === 'high').length;
  out.push('## skeptic review', '');
  out.push(`Base \`${review.base.requested}\` (merge base \`${review.base.mergeBase.slice(0, 12)}\`) → \`${review.base.head.slice(0, 12)}\`: ${review.files.changed} files changed, ${p.addedLines} lines added.`);
  out.push(`AI-written: **${Math.round(p.aiShare * 100)}%** of added lines (${p.aiLines} AI, ${p.humanLines} human, ${p.unknownLines} unknown)${p.tools.length ? ` — ${p.tools.join(', ')}` : ''}.`);
  out.push(`**${review.items.length} item${review.items.length === 1 ? '' : 's'} for a human reviewer** (${high} high).`, '');
  const kinds = Object.keys(HEADINGS) as ReviewItem['kind'][];
  for (const kind of kinds) {
    const list = review.items.filter((i) => i.kind === kind);
    if (!list.length) continue;
    out.push(`### ${HEADINGS[kind]}`, '', '| Level | Where | What | Written by |', '| --- | --- | --- | --- |');
    for (const i of list) out.push(`| ${i.level} | ${code(i.line ? `${i.path}:${i.line}` : i.path)} | ${cell(i.title)}${i.detail ? `<br>${cell(i.detail)}` : ''} | ${ai(i)} |`);
    out.push('');
  }
  if (p.files.length) {
    out.push('<details><summary>AI share per file</summary>', '', '| File | Added | AI | Share |', '| --- | ---: | ---: | ---: |');
    for (const f of p.files) out.push(`| ${code(f.path)} | ${f.addedLines} | ${f.aiLines} | ${Math.round(f.aiShare * 100)}% |`);
    out.push('', '</details>', '');
  }
  out.push('### Review checklist', '');
  for (const c of review.checklist) {
    out.push(`- [ ] **${c.title}** — ${c.status === 'attention' ? '⚠️ needs attention' : 'nothing found by skeptic'}`);
    for (const e of c.evidence) out.push(`  - ${cell(e)}`);
    out.push(`  - _Human to confirm:_ ${c.confirm}`);
  }
  if (review.issues.length) {
    out.push('', '### Scan issues', '');
    for (const i of review.issues) out.push(`- \`${i.code}\`${i.path ? ` ${cell(i.path)}` : ''}: ${cell(i.message)}`);
  }
  return out.join('\n') + '\n';
}
