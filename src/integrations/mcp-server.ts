import { extname, isAbsolute, relative, resolve as resolvePath } from 'node:path';
import type { Readable, Writable } from 'node:stream';
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { z } from 'zod';
import type { Finding } from '../core/finding.js';
import { LANGUAGES, type Language } from '../core/target.js';
import { VERSION } from '../version.js';
import { scanOne, type ScanOneResult } from './scan-one.js';

/** File extension that makes the classifier pick each language for a snippet. */
const EXTENSION: Readonly<Record<Language, string>> = {
  javascript: 'js', typescript: 'ts', python: 'py', go: 'go', ruby: 'rb', java: 'java', php: 'php', shell: 'sh', rust: 'rs', csharp: 'cs',
};

type ToolResult = { content: { type: 'text'; text: string }[]; structuredContent?: Record<string, unknown>; isError?: boolean };

function summarise(f: Finding) {
  return {
    ruleId: f.ruleId,
    severity: f.severity,
    confidence: f.confidence,
    cwe: f.cwe,
    title: f.title,
    message: f.message,
    path: f.location.path,
    line: f.location.startLine,
    column: f.location.startColumn,
    ...(f.snippet !== undefined ? { snippet: f.snippet } : {}),
  };
}

function scanResult(result: ScanOneResult): ToolResult {
  const structured = {
    passed: result.blocking.length === 0,
    blocking: result.blocking.map(summarise),
    advisory: result.advisory.map(summarise),
    issues: result.report.issues.map((i) => ({ code: i.code, message: i.message, ...(i.path ? { path: i.path } : {}) })),
  };
  const lines = [
    result.blocking.length ? `BLOCKED: ${result.blocking.length} finding(s) must be fixed in ${result.relativePath}.` : `No blocking findings in ${result.relativePath}.`,
    ...[...result.blocking, ...result.advisory].map((f) => `- ${f.location.path}:${f.location.startLine} [${f.severity}] ${f.ruleId} (${f.cwe.join(', ')}): ${f.message}`),
    ...result.report.issues.map((i) => `! ${i.code}: ${i.message}`),
  ];
  return { content: [{ type: 'text', text: lines.join('\n') }], structuredContent: structured };
}

function failure(message: string): ToolResult {
  return { content: [{ type: 'text', text: message }], isError: true };
}

const OSV_ECOSYSTEMS = {
  npm: 'npm', pypi: 'PyPI', go: 'Go', cargo: 'crates.io', rubygems: 'RubyGems', packagist: 'Packagist', maven: 'Maven', nuget: 'NuGet',
} as const;

export function createServer(root: string, env: Readonly<Record<string, string | undefined>> = {}): McpServer {
  const server = new McpServer({ name: 'skeptic', version: VERSION });

  server.registerTool(
    'scan_file',
    {
      title: 'Scan a file',
      description: 'Scan one file of the project for vulnerable code, hard-coded secrets, risky dependencies, IaC misconfiguration and poisoned agent config. Call it after writing or editing a file.',
      inputSchema: { path: z.string().describe('file path, absolute or relative to the project root') },
    },
    async ({ path }) => {
      // The server answers for one project: a client may not use it to read files elsewhere.
      const absolute = resolvePath(root, path);
      const rel = relative(root, absolute);
      if (rel === '' || rel.startsWith('..') || isAbsolute(rel)) return failure(`scan_file only scans files inside the project root ${root}`);
      try {
        return scanResult(await scanOne({ root, path: absolute, aiAuthored: true }));
      } catch (error) {
        return failure(`scan_file failed: ${(error as Error).message}`);
      }
    },
  );

  server.registerTool(
    'scan_snippet',
    {
      title: 'Scan a code snippet',
      description: 'Scan code before writing it to disk. Give the language, or a filename whose extension decides it (e.g. "app/routes.py", ".mcp.json").',
      inputSchema: {
        code: z.string().max(2_000_000).describe('the code to check'),
        language: z.enum(LANGUAGES).optional().describe('language of the code'),
        filename: z.string().optional().describe('virtual path; overrides language for choosing rules'),
      },
    },
    async ({ code, language, filename }) => {
      if (!language && !filename) return failure('give language or filename');
      const path = filename ?? `snippet.${EXTENSION[language!]}`;
      if (filename && !extname(filename) && !language) return failure('filename has no extension; give language too');
      try {
        return scanResult(await scanOne({ root, path: `.skeptic-snippet/${path.replace(/^\/+/, '').replace(/\.\.(\/|$)/g, '')}`, content: Buffer.from(code, 'utf8'), aiAuthored: true }));
      } catch (error) {
        return failure(`scan_snippet failed: ${(error as Error).message}`);
      }
    },
  );

  server.registerTool(
    'check_package',
    {
      title: 'Check a package before adding it',
      description: 'Before adding a dependency: does the package exist, is it known malicious, a likely typosquat, or vulnerable at this version?',
      inputSchema: {
        ecosystem: z.enum(['npm', 'pypi', 'go', 'cargo', 'rubygems', 'packagist', 'maven', 'nuget']).describe('package registry'),
        name: z.string().min(1).max(214),
        version: z.string().max(100).optional(),
      },
    },
    async ({ ecosystem, name, version }) => {
      const { checkPackage } = await import('../analyzers/dependencies/check-package.js');
      try {
        // The tool takes registry names in lower case; advisories use OSV's ecosystem names.
        const result = checkPackage({ ecosystem: OSV_ECOSYSTEMS[ecosystem], name, ...(version ? { version } : {}) });
        return { content: [{ type: 'text', text: JSON.stringify(result, null, 2) }], structuredContent: { result } };
      } catch (error) {
        return failure(`check_package failed: ${(error as Error).message}`);
      }
    },
  );

  server.registerTool(
    'review_diff',
    {
      title: 'Review a change',
      description: 'Review the commits from the merge base with `base` (a branch, tag or commit, e.g. origin/main) to HEAD: risky changes a human must look at, AI share, and the findings the change introduces.',
      inputSchema: { base: z.string().min(1).max(200).optional().describe('git ref to compare with, e.g. origin/main; default: the pull-request base from the environment') },
    },
    async ({ base }) => {
      const { reviewDiff, renderMarkdown } = await import('../review/index.js');
      try {
        const review = await reviewDiff({ root, ...(base ? { base } : {}), env });
        return { content: [{ type: 'text', text: renderMarkdown(review) }], structuredContent: review as unknown as Record<string, unknown> };
      } catch (error) {
        return failure(`review_diff failed: ${(error as Error).message}`);
      }
    },
  );

  return server;
}

/** Serves until the client closes the input stream. The CLI passes process.stdin/stdout. */
export async function serveStdio(root: string, input: Readable, output: Writable, env: Readonly<Record<string, string | undefined>> = {}): Promise<void> {
  const server = createServer(root, env);
  const transport = new StdioServerTransport(input, output);
  const closed = new Promise<void>((resolve) => {
    transport.onclose = () => resolve();
    input.once('end', () => resolve());
    input.once('close', () => resolve());
  });
  await server.connect(transport);
  await closed;
  await server.close();
}
