import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ConfigError } from '../../config/load.js';
import { renderMarkdown, reviewDiff } from '../../review/index.js';
import { gitTopLevel } from '../../source/filesystem.js';
import { DiffError } from '../../source/git-diff.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const options = {
  diff: { type: 'string' },
  scope: { type: 'string', multiple: true },
  'scope-file': { type: 'string' },
  format: { type: 'string', short: 'f' },
  output: { type: 'string', short: 'o' },
  json: { type: 'string' },
  'fail-on-high': { type: 'boolean' },
} as const;

const usage = `
Usage: skeptic review [PATH] --diff BASE [options]

The risky-change review of a pull request: new endpoints, weakened auth, auth/crypto edits,
new dependencies with their supply-chain verdict, IaC permission increases, CI and agent
instruction changes, secrets added, files outside the declared scope, large AI-written
additions without tests; then the reviewer checklist, pre-filled with evidence.

      --diff BASE         branch, tag or commit to compare with (default in a GitHub PR: its base)
      --scope GLOBS       paths the change is declared to touch (comma list; repeatable)
      --scope-file FILE   scope globs, one a line
  -f, --format FMT        markdown (default) or json
  -o, --output FILE       write to FILE instead of stdout
      --json FILE         also write the JSON review to FILE
      --fail-on-high      exit 1 when any high-level item is found
`;

export const command: Command = {
  summary: 'summarise what in a change needs a human look (PR comment + JSON)',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args, options);
    if (positionals.length > 1) throw new UsageError('review takes one PATH');
    const format = values.format ?? 'markdown';
    if (format !== 'markdown' && format !== 'json') throw new UsageError('--format must be markdown or json');
    const root = gitTopLevel(resolve(io.cwd, positionals[0] ?? '.'));
    if (!root) {
      io.stderr('skeptic review: not inside a git repository\n');
      return EXIT.incomplete;
    }
    let review;
    try {
      review = await reviewDiff({
        root,
        ...(values.diff ? { base: values.diff } : {}),
        scope: (values.scope ?? []).flatMap((s) => s.split(',')).map((s) => s.trim()).filter(Boolean),
        ...(values['scope-file'] ? { scopeFile: resolve(io.cwd, values['scope-file']) } : {}),
        env: io.env,
      });
    } catch (error) {
      if (error instanceof DiffError || error instanceof ConfigError) {
        io.stderr(`skeptic review: ${error.message}\n`);
        return EXIT.incomplete;
      }
      throw error;
    }
    const json = JSON.stringify(review, null, 2) + '\n';
    const text = format === 'json' ? json : renderMarkdown(review);
    const write = (file: string, body: string) => {
      const target = resolve(io.cwd, file);
      mkdirSync(dirname(target), { recursive: true });
      writeFileSync(target, body);
    };
    if (values.output) write(values.output, text);
    else io.stdout(text);
    if (values.json) write(values.json, json);
    return values['fail-on-high'] && review.items.some((i) => i.level === 'high') ? EXIT.blocking : EXIT.passed;
  },
};
