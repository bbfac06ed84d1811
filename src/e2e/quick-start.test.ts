import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { cli } from './helpers.js';

const APP = fileURLToPath(new URL('../../test/repos/ai-written-app/', import.meta.url));

describe('README quick start: npx skeptic scan test/repos/ai-written-app', () => {
  it('prints the deliberate problems and fails the gate', () => {
    const r = cli(['scan', APP, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    const rules = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    for (const id of ['code/javascript/sql-injection', 'code/javascript/code-injection', 'code/javascript/tls-verification-disabled', 'code/javascript/tls-env-disabled', 'iac/kubernetes/privileged-container']) {
      assert.ok(rules.has(id), `${id} missing; got ${[...rules].join(', ')}`);
    }
    assert.ok(![...rules].some((id) => String(id).startsWith('secrets/')), 'the example app commits no secrets');
    for (const f of report.findings) assert.ok(f.cwe.length > 0, `${f.ruleId} has a CWE`);
  });
});
