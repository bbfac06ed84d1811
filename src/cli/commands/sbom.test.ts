import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { test } from 'node:test';
import type { CliIO } from '../io.js';
import { command } from './sbom.js';

function project(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'skeptic-sbom-cli-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

async function run(args: string[], cwd: string) {
  let stdout = '';
  let stderr = '';
  const io: CliIO = {
    argv: ['sbom', ...args], cwd, env: {}, stdoutIsTTY: false, stderrIsTTY: false,
    stdout: (t) => { stdout += t; }, stderr: (t) => { stderr += t; }, readStdin: async () => Buffer.alloc(0),
  };
  const code = await command.run(args, io);
  return { code, stdout, stderr };
}

test('skeptic sbom follows requirements includes, pins from constraints, and names what it could not read', async () => {
  const dir = project({
    'requirements.txt': '-r base.txt\n-c constraints.txt\nflask>=3\n-r missing.txt\n',
    'base.txt': 'requests==2.32.3\n',
    'constraints.txt': 'flask==3.0.3\n',
  });
  try {
    const spdx = await run(['--format', 'spdx', '--name', 'demo'], dir);
    assert.equal(spdx.code, 0);
    const doc = JSON.parse(spdx.stdout);
    const pkgs = doc.packages.map((p: { name: string; versionInfo?: string }) => `${p.name}@${p.versionInfo ?? ''}`).sort();
    assert.deepEqual(pkgs, ['demo@', 'flask@3.0.3', 'requests@2.32.3']);
    assert.match(spdx.stderr, /requirements\.txt:4: included file missing\.txt does not exist/);
    const cdx = await run([dir], '/');
    const bom = JSON.parse(cdx.stdout);
    assert.deepEqual(bom.components.map((c: { purl: string }) => c.purl).sort(), ['pkg:pypi/flask@3.0.3', 'pkg:pypi/requests@2.32.3']);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
