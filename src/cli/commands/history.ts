import { resolve } from 'node:path';
import type { ScanReport } from '../../core/report.js';
import { configSchema } from '../../config/schema.js';
import { resolveScanInput, scan, ScanError } from '../../scan/scan.js';
import { isRuleEnabled } from '../../scan/rules.js';
import { scanHistory } from '../../source/git-history.js';
import { gitTopLevel } from '../../source/filesystem.js';
import { GlobSet } from '../../source/glob.js';
import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import { parse, parseConfidence, parseSeverity } from '../options.js';
import { emitReport, exitCodeOf } from './scan.js';
import type { Command } from './index.js';

const options = {
  since: { type: 'string' },
  'all-refs': { type: 'boolean' },
  format: { type: 'string', multiple: true, short: 'f' },
  output: { type: 'string', multiple: true, short: 'o' },
  config: { type: 'string', short: 'c' },
  'fail-on': { type: 'string' },
  'min-confidence': { type: 'string' },
  strict: { type: 'boolean' },
  baseline: { type: 'string' },
  'show-secrets': { type: 'boolean' },
  quiet: { type: 'boolean', short: 'q' },
  verbose: { type: 'boolean' },
  debug: { type: 'boolean' },
} as const;

const usage = `
Usage: skeptic history [PATH] [options]

Scan every line added by every commit of the git repository at PATH (default: .) for
secrets. A secret deleted later is still exposed in history: findings carry the commit,
author and date, and commit.presentInTree says whether it is still in the working tree.
A shallow clone is reported as incomplete-history, not as clean.

      --since REV         only commits after REV (REV..HEAD)
      --all-refs          every branch, tag and ref (default: HEAD only)
  -f, --format FMT        text (default), json, sarif, …; repeatable
  -o, --output FILE       write the matching --format to FILE
  -c, --config FILE       config file
      --fail-on SEV       lowest severity that fails (default: high)
      --min-confidence C  drop findings below: high, medium, low
      --strict            also fail on scan issues (shallow clone, git errors)
      --baseline FILE     report only findings not in FILE
      --show-secrets      print secrets in full (local use only)
  -q, --quiet / --verbose / --debug

Merge commits are scanned as combined diffs (git log --cc): only what the merge itself
adds (conflict resolutions) is scanned there, since the merged commits are scanned on
their own.
`;

export const command: Command = {
  summary: 'scan the git history for secrets',
  usage,
  async run(args, io) {
    const { values, positionals } = parse(args, options);
    if (positionals.length > 1) throw new UsageError('history takes one PATH');
    const path = resolve(io.cwd, positionals[0] ?? '.');
    const top = gitTopLevel(path);
    if (!top) {
      io.stderr(`skeptic history: ${path} is not inside a git repository\n`);
      return EXIT.incomplete;
    }
    let report: ScanReport;
    try {
      const input = resolveScanInput({ path: top, ...(values.config ? { configFile: resolve(io.cwd, values.config) } : {}) });
      const config = input.config ?? configSchema.parse({});
      const exclude = new GlobSet(config.exclude);
      const history = await scanHistory({
        root: top,
        ...(values.since ? { since: values.since } : {}),
        allRefs: values['all-refs'] === true,
        isRuleEnabled: (id) => isRuleEnabled(config, id),
        exclude: (p) => exclude.matches(p),
      });
      const failOn = parseSeverity(values['fail-on'], '--fail-on');
      const minConfidence = parseConfidence(values['min-confidence'], '--min-confidence');
      report = await scan({
        path: top,
        config,
        analyzers: ['secrets'],
        files: [],
        extraFindings: history.findings,
        extraIssues: history.issues,
        showSecrets: values['show-secrets'] === true,
        strict: values.strict === true,
        ...(failOn ? { failOn } : {}),
        ...(minConfidence ? { minConfidence } : {}),
        ...(values.baseline ? { baseline: resolve(io.cwd, values.baseline) } : {}),
      });
      if (values.verbose) io.stderr(`history: ${history.commits} commits, ${history.bytes} bytes of diff, ${history.binaries ?? 0} binary file versions skipped\n`);
    } catch (error) {
      if (error instanceof ScanError) {
        io.stderr(`skeptic history: ${error.message}\n`);
        return EXIT.incomplete;
      }
      throw error;
    }
    emitReport(report, values, io);
    return exitCodeOf(report);
  },
};
