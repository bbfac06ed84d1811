import { resolve } from 'node:path';
import process from 'node:process';
import { EXIT } from '../exit-codes.js';
import { parse } from '../options.js';
import type { Command } from './index.js';

const usage = `
Usage: skeptic mcp [--root DIR]

Run skeptic as an MCP server over stdio. Tools: scan_file, scan_snippet, check_package,
review_diff. Setup for Claude Code, Cursor and Codex: docs/agents.md.

      --root DIR    project root (default: the current directory)
`;

export const command: Command = {
  summary: 'MCP server over stdio (scan_file, scan_snippet, check_package, review_diff)',
  usage,
  async run(args, io) {
    const { values } = parse(args, { root: { type: 'string' } } as const);
    const { serveStdio } = await import('../../integrations/mcp-server.js');
    await serveStdio(resolve(io.cwd, values.root ?? '.'), process.stdin, process.stdout, io.env);
    return EXIT.passed;
  },
};
