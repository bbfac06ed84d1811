import { EXIT } from '../exit-codes.js';
import { UsageError } from '../io.js';
import type { Command } from './index.js';

const usage = `
Usage: skeptic hook claude-code

Claude Code hook (PostToolUse on Write|Edit|MultiEdit). Reads the hook event JSON on stdin,
scans the file the tool just wrote, and on a blocking finding prints
{"decision":"block","reason":…} so the model fixes it. Prints nothing when the file is clean.
Setup: docs/agents.md.
`;

export const command: Command = {
  summary: 'coding-agent hook: scan the file an agent just wrote (claude-code)',
  usage,
  async run(args, io) {
    const [agent, ...rest] = args;
    if (agent !== 'claude-code') throw new UsageError(`expected an agent name: claude-code (got ${agent === undefined ? 'nothing' : `"${agent}"`})`);
    if (rest.length) throw new UsageError(`unexpected arguments: ${rest.join(' ')}`);
    const { runClaudeCodeHook, HookInputError } = await import('../../integrations/claude-code.js');
    const raw = (await io.readStdin()).toString('utf8');
    try {
      const reply = await runClaudeCodeHook(raw, io.env, io.cwd);
      if (reply) io.stdout(JSON.stringify(reply) + '\n');
      return EXIT.passed;
    } catch (error) {
      // Not exit 2: that would block the agent on skeptic's own failure. Claude Code shows stderr to the user.
      io.stderr(`skeptic hook: ${error instanceof HookInputError ? error.message : `could not scan: ${(error as Error).message}`}\n`);
      return EXIT.blocking;
    }
  },
};
