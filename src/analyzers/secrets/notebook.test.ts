import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { configSchema } from '../../config/schema.js';
import { scan } from '../../scan/scan.js';
import { assertNearLinear } from '../../testing/complexity.js';
import { expandPlaceholders } from '../../testing/fake-secrets.js';
import { execFileSync } from 'node:child_process';
import { scanHistory } from '../../source/git-history.js';
import { decodeJsonString, decodeNotebookLine, splitNotebook } from './notebook.js';

// Notebooks are read from src/ (tsc does not copy them); placeholders become fake secrets at test time.
const TESTDATA = fileURLToPath(new URL('../../../src/analyzers/secrets/testdata/', import.meta.url));
const config = configSchema.parse({ minConfidence: 'low' });

function lineOf(text: string, needle: string): number {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, `${needle} not in the notebook`);
  return text.slice(0, at).split('\n').length;
}

describe('notebooks', () => {
  let dir: string;
  let leaky: string;
  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'skeptic-notebook-'));
    leaky = expandPlaceholders(readFileSync(join(TESTDATA, 'leaky.ipynb'), 'utf8'), 'notebook');
    writeFileSync(join(dir, 'leaky.ipynb'), leaky);
    writeFileSync(join(dir, 'truncated.ipynb'), expandPlaceholders(readFileSync(join(TESTDATA, 'truncated.ipynb'), 'utf8'), 'notebook'));
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('decodes JSON strings and maps every decoded character to its raw offset', () => {
    const raw = '"a\\"b\\n\\u00e9c"';
    const { decoded, offsets } = decodeJsonString(raw, 0, raw.length);
    assert.equal(decoded, 'a"b\né' + 'c');
    assert.deepEqual(offsets, [1, 2, 4, 5, 7, 13]);
  });

  it('an empty object before a string in an array does not turn the string into a key', () => {
    // `{}` leaves the tokenizer expecting a key; the string after it in an array is a value.
    const raw = '{"cells": [{"cell_type": "code", "metadata": {}, "outputs": [{"output_type": "stream", "text": [{}, "first\\n", "second"]}], "source": ["x = 1"]}]}';
    const result = splitNotebook(raw);
    assert.ok(result.ok);
    const output = result.split.parts.find((p) => p.kind === 'output');
    assert.equal(output?.text, 'first\nsecond');
    assert.ok(!result.split.rest.includes('first'), 'decoded output strings are blanked in the rest');
  });

  it('splits cells into decoded source and output parts, skipping images, and blanks them in the rest', () => {
    const result = splitNotebook(leaky);
    assert.ok(result.ok);
    const { parts, rest } = result.split;
    assert.equal(rest.length, leaky.length);
    assert.deepEqual(rest.split('\n').length, leaky.split('\n').length);
    assert.ok(!rest.includes('iVBORw0KGgo'), 'image data is blanked');
    assert.ok(rest.includes('"kernelspec"'), 'metadata stays');
    const code = parts.find((p) => p.cell === 2 && p.kind === 'source')!;
    assert.equal(code.cellType, 'code');
    assert.ok(code.text.includes('db_password = "'), 'escaped quotes are decoded');
    assert.ok(code.text.includes('import os\nfrom openai'), 'source lines are joined as the user sees them');
    const stream = parts.find((p) => p.cell === 3 && p.kind === 'output' && p.text.includes('using token'))!;
    assert.equal(leaky.slice(stream.rawOffsets[0], stream.rawOffsets[0]! + 6), 'loaded');
    assert.ok(!parts.some((p) => p.text.includes('iVBORw0KGgo')), 'image/png is not text');
    assert.ok(parts.some((p) => p.cell === 3 && p.kind === 'source' && p.text.startsWith('df = load(')), 'a source given as one string is a part too');
  });

  it('finds secrets in code cells and outputs at the right line of the .ipynb, naming the cell', async () => {
    const report = await scan({ path: dir, config, analyzers: ['secrets'], workers: 0, offline: true, noInlineIgnores: true });
    const mine = report.findings.filter((f) => f.location.path === 'leaky.ipynb');
    const byRule = (id: string) => mine.find((f) => f.ruleId === id);
    const openai = byRule('secrets/openai-api-key');
    assert.ok(openai, 'OpenAI key in a code cell');
    assert.equal(openai.location.startLine, lineOf(leaky, 'client = OpenAI('));
    assert.equal(openai.properties?.notebookCell, 2);
    // In the raw JSON this literal is \"…\": only the decoded cell shows it as an assignment.
    const password = byRule('secrets/generic-password');
    assert.ok(password, 'password assigned in a code cell');
    assert.equal(password.location.startLine, lineOf(leaky, 'db_password = '));
    const pat = byRule('secrets/github-pat');
    assert.ok(pat, 'token printed in a cell output');
    assert.equal(pat.location.startLine, lineOf(leaky, 'using token '));
    assert.equal(pat.properties?.notebookPart, 'output');
    assert.ok(/cell 3/.test(pat.message), pat.message);
    assert.equal(mine.length, 3, mine.map((f) => `${f.ruleId}@${f.location.startLine}`).join(', '));
    assert.ok(!report.issues.some((i) => i.path === 'leaky.ipynb'));
  });

  it('IPython magics and shell lines in a code cell are read as shell: an unquoted value there is a literal', async () => {
    const { detectInNotebook } = await import('./analyzer.js');
    const token = expandPlaceholders('{{fake:alnum24}}', 'magic');
    const key = expandPlaceholders('{{fake:alnum32}}', 'magic2');
    const raw = JSON.stringify({ cells: [{ cell_type: 'code', metadata: {}, outputs: [], source: ['import os\n', `%env WEATHER_SERVICE_TOKEN=${token}\n`, `!export ANALYTICS_API_KEY=${key}\n`, 'limit = compute_limit(TOKEN_BUDGET)\n'] }], nbformat: 4, nbformat_minor: 5 }, null, 1);
    const found = detectInNotebook({ path: 'magic.ipynb', type: { kind: 'text' }, text: raw }, []);
    assert.deepEqual(found.map((d) => [d.rule.meta.id, raw.slice(d.start, d.end)]), [['secrets/generic-api-key', token], ['secrets/generic-api-key', key]]);
  });

  it('a notebook that is not JSON is a parse issue and is still scanned as text', async () => {
    const report = await scan({ path: dir, config, analyzers: ['secrets'], workers: 0, offline: true, noInlineIgnores: true });
    const issue = report.issues.find((i) => i.path === 'truncated.ipynb');
    assert.equal(issue?.code, 'parse-error');
    assert.match(issue.message, /notebook not valid JSON/);
    assert.ok(report.findings.some((f) => f.location.path === 'truncated.ipynb' && f.ruleId === 'secrets/openai-api-key'));
  });

  it('history decodes notebook lines, so a literal in a committed cell is found on its line', async () => {
    assert.equal(decodeNotebookLine('    "db_password = \\"abc\\"\\n",'), 'db_password = "abc" ');
    assert.equal(decodeNotebookLine('   "source": "x = 1\\ny = 2"'), 'x = 1 y = 2');
    assert.equal(decodeNotebookLine('   "execution_count": 1,'), '   "execution_count": 1,');
    const repo = join(dir, 'history');
    execFileSync('git', ['init', '-q', repo]);
    writeFileSync(join(repo, 'leaky.ipynb'), leaky);
    const run = (...args: string[]) => execFileSync('git', ['-C', repo, '-c', 'user.name=t', '-c', 'user.email=t@example.invalid', '-c', 'commit.gpgsign=false', ...args]);
    run('add', '.');
    run('commit', '-qm', 'notebook');
    const result = await scanHistory({ root: repo });
    const password = result.findings.find((f) => f.ruleId === 'secrets/generic-password');
    assert.ok(password, result.findings.map((f) => f.ruleId).join(', '));
    assert.equal(password.location.startLine, lineOf(leaky, 'db_password = '));
    assert.ok(result.findings.some((f) => f.ruleId === 'secrets/openai-api-key'));
  });

  it('a notebook with megabytes of plots is scanned, not skipped as too large', async () => {
    const big = join(dir, 'big');
    mkdirSync(big);
    const notebook = JSON.parse(leaky) as { cells: { outputs?: { data?: Record<string, unknown> }[] }[] };
    // 6 MB of image data, over the default 2 MB file limit.
    notebook.cells[2]!.outputs![1]!.data!['image/png'] = 'iVBORw0KGgo'.padEnd(6 * 1024 * 1024, 'A');
    writeFileSync(join(big, 'plots.ipynb'), JSON.stringify(notebook, null, 1));
    const report = await scan({ path: big, config, analyzers: ['secrets'], workers: 0, offline: true, noInlineIgnores: true });
    assert.deepEqual(report.skipped, []);
    assert.deepEqual(report.findings.map((f) => f.ruleId).sort(), ['secrets/generic-password', 'secrets/github-pat', 'secrets/openai-api-key']);
  });

  it('stays linear on a hostile notebook: one huge output line of escapes', async () => {
    await assertNearLinear('decode escapes', 300_000, (n) => decodeNotebookLine(`"${'\\"'.repeat(n)}`));
    await assertNearLinear('decode a long string', 1_000_000, (n) => decodeNotebookLine(`"${'a'.repeat(n)}`));
    const unit = '\\"\\n\\u0041';
    const result = await assertNearLinear('split a notebook', 200_000, (n) => splitNotebook(`{"cells":[{"cell_type":"code","source":["${unit.repeat(n)}"],"outputs":[{"output_type":"stream","text":"${'\\\\'.repeat(2 * n)}"}]}]}`));
    assert.ok(result.ok);
    assert.equal(result.split.parts.length, 2);
  });
});
