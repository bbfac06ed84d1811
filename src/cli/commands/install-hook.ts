import { EXIT } from '../exit-codes.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const usage = `
Usage: skeptic install-hook [--force] [-- SCAN-ARGS…]

Install a git pre-commit hook that runs \`skeptic scan --staged\` and stops the commit on a
blocking finding. Honors core.hooksPath. Extra arguments after -- are passed to scan
(e.g. -- --fail-on medium). With the pre-commit framework, use .pre-commit-hooks.yaml instead.

      --force      replace an existing pre-commit hook not installed by skeptic
`;

export const command: Command = {
  summary: 'install a git pre-commit hook that scans staged changes',
  usage,
  async run(args, io) {
    const dash = args.indexOf('--');
    const own = dash === -1 ? args : args.slice(0, dash);
    const extra = dash === -1 ? [] : args.slice(dash + 1);
    const { values } = parse(own, { force: { type: 'boolean' } } as const);
    const { installPreCommitHook, InstallError } = await import('../../integrations/git-hook.js');
    try {
      const result = installPreCommitHook(io.cwd, { force: values.force === true, args: extra });
      io.stdout(`${result.replaced ? 'Replaced' : 'Installed'} ${result.path}: commits now run \`skeptic scan --staged${extra.length ? ' ' + extra.join(' ') : ''}\`.\n`);
      return EXIT.passed;
    } catch (error) {
      if (error instanceof InstallError) {
        io.stderr(`skeptic install-hook: ${error.message}\n`);
        return EXIT.usage;
      }
      throw error;
    }
  },
};
