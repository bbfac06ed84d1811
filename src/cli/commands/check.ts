import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse } from '../options.js';
import type { Command } from './index.js';
import { emitReport } from './scan.js';

const options = {
  stdin: { type: 'boolean' },
  path: { type: 'string' },
  root: { type: 'string' },
  config: { type: 'string', short: 'c' },
  'ai-authored': { type: 'boolean' },
  format: { type: 'string', multiple: true, short: 'f' },
  output: { type: 'string', multiple: true, short: 'o' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
} as const;

const usage = `
Usage: skeptic check --stdin --path <virtual path> [options]
       skeptic check FILE

Scan one file, or content piped on stdin as if it were at --path (for editors and agents
without a native hook). Exit 0 when it passes the gate, 1 on a blocking finding.

      --stdin             read the content from stdin
      --path PATH         where the content would live (decides language and rules)
      --root DIR          project root for config and relative paths (default: .)
      --ai-authored       apply the stricter ai policy (the content came from an agent)
  -c, --config FILE       config file
  -f, --format FMT        text (default), json, sarif, …
  -o, --output FILE       write the matching --format to FILE
  -q, --quiet             exit code only
`;

export const command: Command = {
  summary: 'scan one file or stdin content at a virtual path (editors, agents)',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args, options);
    const { scanOne } = await import('../../integrations/scan-one.js');
    const root = resolve(io.cwd, values.root ?? '.');
    let path: string;
    let content: Buffer | undefined;
    if (values.stdin) {
      if (!values.path) throw new UsageError('--stdin needs --path <virtual path>');
      if (positionals.length) throw new UsageError('give either --stdin or a FILE, not both');
      path = values.path;
      content = await io.readStdin();
    } else {
      if (positionals.length !== 1) throw new UsageError('give one FILE, or --stdin --path PATH');
      path = resolve(io.cwd, positionals[0]!);
      try {
        content = readFileSync(path);
      } catch (error) {
        io.stderr(`skeptic check: cannot read ${path}: ${(error as Error).message}\n`);
        return EXIT.incomplete;
      }
    }
    const result = await scanOne({
      root,
      path: resolve(root, path),
      content,
      aiAuthored: values['ai-authored'] === true,
      ...(values.config ? { configFile: resolve(io.cwd, values.config) } : {}),
    });
    emitReport(result.report, values, io);
    return result.blocking.length > 0 ? EXIT.blocking : EXIT.passed;
  },
};
