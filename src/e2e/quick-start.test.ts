import assert from 'node:assert/strict';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateSarif } from '../reporters/sarif-validate.js';
import { cli, remove, tempTree } from './helpers.js';

const APP = fileURLToPath(new URL('../../test/repos/ai-written-app/', import.meta.url));

describe('README quick start: npx skeptic scan test/repos/ai-written-app', () => {
  it('prints the deliberate problems and fails the gate', () => {
    const r = cli(['scan', APP, '--format', 'json']);
    assert.equal(r.code, 1, r.stderr);
    const report = JSON.parse(r.stdout);
    const rules = new Set(report.findings.map((f: { ruleId: string }) => f.ruleId));
    for (const id of ['code/javascript/sql-injection', 'code/javascript/code-injection', 'code/javascript/tls-verification-disabled', 'code/javascript/tls-env-disabled', 'iac/kubernetes/privileged-container', 'iac/aws/iam-wildcard-action']) {
      assert.ok(rules.has(id), `${id} missing; got ${[...rules].join(', ')}`);
    }
    assert.ok(![...rules].some((id) => String(id).startsWith('secrets/')), 'the example app commits no secrets');
    for (const f of report.findings) assert.ok(f.cwe.length > 0, `${f.ruleId} has a CWE`);
  });

  it('its SARIF validates against the 2.1.0 schema, with rules, CWE tags and code flows from real taint traces', () => {
    const out = tempTree({});
    try {
      const r = cli(['scan', APP, '-f', 'sarif', '-o', join(out, 'app.sarif'), '--quiet']);
      assert.equal(r.code, 1, r.stderr);
      const sarif = JSON.parse(readFileSync(join(out, 'app.sarif'), 'utf8'));
      assert.deepEqual(validateSarif(sarif), []);
      const run = sarif.runs[0];
      const sqli = run.results.find((x: { ruleId: string }) => x.ruleId === 'code/javascript/sql-injection');
      assert.ok(sqli, 'sql injection result');
      const rule = run.tool.driver.rules[sqli.ruleIndex];
      assert.ok(rule.properties.tags.includes('external/cwe/cwe-89'));
      assert.ok(rule.help.text.length > 20);
      if (sqli.codeFlows) assert.ok(sqli.codeFlows[0].threadFlows[0].locations.length >= 1);
    } finally {
      remove(out);
    }
  });
});
