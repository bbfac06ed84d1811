import { resolve } from 'node:path';
import { ConfigError } from '../../config/load.js';
import { prepareDiffScan } from '../../provenance/diff-request.js';
import { gitTopLevel } from '../../source/filesystem.js';
import { DiffError } from '../../source/git-diff.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const options = {
  base: { type: 'string' },
  format: { type: 'string', short: 'f' },
} as const;

const usage = `
Usage: skeptic provenance [PATH] [--base REV] [--format text|json]

Who wrote the change from the merge base with REV (default: the GitHub PR base) to HEAD:
the AI share of added lines per file and overall, and per commit the evidence (Co-authored-by
and "Generated with" trailers, agent bot identities, Aider's prefix, git-ai notes in
refs/notes/ai, Agent Trace records under .agent-trace/, config ai.paths / ai.commits).
`;

const pct = (n: number) => `${Math.round(n * 100)}%`.padStart(4);

export const command: Command = {
  summary: 'AI share of a change, per file and per commit, with evidence',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args, options);
    if (positionals.length > 1) throw new UsageError('provenance takes one PATH');
    const format = values.format ?? 'text';
    if (format !== 'text' && format !== 'json') throw new UsageError('--format must be text or json');
    const root = gitTopLevel(resolve(io.cwd, positionals[0] ?? '.'));
    if (!root) {
      io.stderr('skeptic provenance: not inside a git repository\n');
      return EXIT.incomplete;
    }
    let prepared;
    try {
      prepared = prepareDiffScan(root, values.base, io.env);
    } catch (error) {
      if (error instanceof DiffError || error instanceof ConfigError) {
        io.stderr(`skeptic provenance: ${error.message}\n`);
        return EXIT.incomplete;
      }
      throw error;
    }
    const p = prepared.provenance;
    if (format === 'json') {
      io.stdout(JSON.stringify({ base: prepared.diff.base, total: p.total, files: p.files, commits: p.commits, issues: p.issues }, null, 2) + '\n');
      return EXIT.passed;
    }
    const lines = [`Change ${prepared.diff.base.mergeBase.slice(0, 12)}..${prepared.diff.base.head.slice(0, 12)}: ${p.total.addedLines} lines added, ${pct(p.total.aiShare).trim()} AI-written (${p.total.aiLines} AI, ${p.total.humanLines} human, ${p.total.unknownLines} unknown)`, ''];
    for (const f of p.files) lines.push(`  ${pct(f.aiShare)}  ${String(f.aiLines).padStart(5)}/${String(f.addedLines).padEnd(5)} ${f.path}${f.tools.length ? `  (${f.tools.join(', ')})` : ''}`);
    lines.push('', 'Commits:');
    for (const c of p.commits) {
      lines.push(`  ${c.sha.slice(0, 12)} ${c.tool ? `[AI: ${c.tool}]` : '[no AI evidence]'} ${c.subject}`);
      for (const e of c.evidence) lines.push(`      ${e}`);
    }
    for (const i of p.issues) lines.push(`  issue ${i.code}: ${i.message}`);
    io.stdout(lines.join('\n') + '\n');
    return EXIT.passed;
  },
};
