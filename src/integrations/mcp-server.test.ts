import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const BIN = resolve(HERE, '..', '..', 'bin', 'skeptic.js');

type CallResult = { isError?: boolean; content: { type: string; text?: string }[]; structuredContent?: Record<string, unknown> };
const text = (r: CallResult) => r.content.map((c) => c.text ?? '').join('\n');

describe('skeptic mcp (SDK client over stdio, real child process)', () => {
  let dir = '';
  let client: Client;
  before(async () => {
    dir = mkdtempSync(join(tmpdir(), 'skeptic-mcp-'));
    writeFileSync(join(dir, 'run.py'), 'import os\n\ndef handler(request):\n    os.system("convert " + request.args["file"])\n');
    writeFileSync(join(dir, 'ok.py'), 'def add(a, b):\n    return a + b\n');
    client = new Client({ name: 'skeptic-test', version: '0.0.0' });
    await client.connect(new StdioClientTransport({ command: process.execPath, args: [BIN, 'mcp', '--root', dir], stderr: 'pipe' }));
  });
  after(async () => {
    await client?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('lists its four tools with input schemas', async () => {
    const { tools } = await client.listTools();
    assert.deepEqual(tools.map((t) => t.name).sort(), ['check_package', 'review_diff', 'scan_file', 'scan_snippet']);
    const snippet = tools.find((t) => t.name === 'scan_snippet')!;
    assert.ok((snippet.inputSchema.properties as Record<string, unknown>).code);
  });

  it('scan_file reports a command injection and passes a clean file', async () => {
    const bad = (await client.callTool({ name: 'scan_file', arguments: { path: 'run.py' } })) as CallResult;
    assert.ok(!bad.isError, text(bad));
    assert.equal(bad.structuredContent?.passed, false);
    assert.match(text(bad), /run\.py:4 .*command-injection/);
    const good = (await client.callTool({ name: 'scan_file', arguments: { path: join(dir, 'ok.py') } })) as CallResult;
    assert.equal(good.structuredContent?.passed, true, text(good));
    const outside = (await client.callTool({ name: 'scan_file', arguments: { path: '/etc/passwd' } })) as CallResult;
    assert.equal(outside.isError, true);
    assert.match(text(outside), /inside the project root/);
  });

  it('scan_snippet scans code that is not on disk, by language or filename', async () => {
    const js = (await client.callTool({ name: 'scan_snippet', arguments: { language: 'javascript', code: 'app.get("/u", (req, res) => { db.query("SELECT * FROM t WHERE id=" + req.query.id); });\n' } })) as CallResult;
    assert.match(text(js), /sql-injection/, text(js));
    const mcp = (await client.callTool({ name: 'scan_snippet', arguments: { filename: '.mcp.json', code: '{"mcpServers":{"x":{"command":"npx","args":["-y","some-mcp@latest"]}}}' } })) as CallResult;
    assert.match(text(mcp), /ai\/mcp-unpinned-package/, text(mcp));
    const none = (await client.callTool({ name: 'scan_snippet', arguments: { code: 'x' } })) as CallResult;
    assert.equal(none.isError, true);
  });

  it('check_package says a popular package exists and flags a typosquat of it', async () => {
    const r = (await client.callTool({ name: 'check_package', arguments: { ecosystem: 'npm', name: 'express', version: '4.18.2' } })) as CallResult;
    assert.ok(!r.isError, text(r));
    assert.equal((r.structuredContent?.result as { exists?: unknown }).exists, true);
    const squat = (await client.callTool({ name: 'check_package', arguments: { ecosystem: 'pypi', name: 'reqeusts' } })) as CallResult;
    assert.ok(!squat.isError, text(squat));
    assert.equal((squat.structuredContent?.result as { typosquatOf?: unknown }).typosquatOf, 'requests');
  });

  it('review_diff reviews base..HEAD of a real repository', async () => {
    const git = (...args: string[]) => execFileSync('git', args, { cwd: dir, env: { ...process.env, GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.com', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.com' } });
    git('init', '-q', '-b', 'main');
    git('add', 'ok.py');
    git('commit', '-q', '-m', 'base');
    git('add', 'run.py');
    git('commit', '-q', '-m', 'add handler');
    const r = (await client.callTool({ name: 'review_diff', arguments: { base: 'HEAD~1' } })) as CallResult;
    assert.ok(!r.isError, text(r));
    assert.equal(r.structuredContent?.kind, 'skeptic-review');
    assert.deepEqual(r.structuredContent?.files, { changed: 1, added: 1, deleted: 0 });
    assert.match(text(r), /run\.py/);
  });
});
