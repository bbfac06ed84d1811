import assert from 'node:assert/strict';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'node:test';
import { reporters, type ReporterName } from './registry.js';
import { sampleReport } from './sample-report.js';
import { validateSarif } from './sarif-validate.js';
import { escapeXml } from './junit.js';

// Snapshots live in the source tree (dist is rebuilt); SNAPS=1 rewrites them.
const SNAP_DIR = fileURLToPath(new URL('../../src/reporters/__snapshots__/', import.meta.url));
const EXT: Record<ReporterName, string> = { text: 'txt', json: 'json', sarif: 'sarif', junit: 'xml', html: 'html' };

function snapshot(name: ReporterName, actual: string): void {
  const file = `${SNAP_DIR}sample.${EXT[name]}`;
  if (process.env.SNAPS === '1' || !existsSync(file)) {
    mkdirSync(SNAP_DIR, { recursive: true });
    writeFileSync(file, actual);
    if (process.env.SNAPS !== '1') assert.fail(`snapshot ${file} was missing and has been written; check it in and re-run`);
    return;
  }
  assert.equal(actual, readFileSync(file, 'utf8'), `${name} output differs from ${file}; run with SNAPS=1 to accept`);
}

describe('reporters', () => {
  for (const name of Object.keys(reporters) as ReporterName[]) {
    it(`${name} matches its snapshot`, () => snapshot(name, reporters[name](sampleReport(), { color: false, verbose: true })));
  }

  it('text output cannot issue CI workflow commands, whatever the scanned repository names or says', () => {
    const sample = sampleReport();
    const base = sample.findings[0]!;
    const hostile = {
      ...sample,
      findings: [{ ...base, message: 'fine\n::set-output name=x::pwned\r::add-mask::y', location: { ...base.location, path: '::warning::evil.js' }, snippet: '::error::from snippet' }],
      issues: [{ code: 'parse-error' as const, path: '##[group]x', message: 'a\n##vso[task.setvariable]b' }],
    };
    for (const color of [false, true]) {
      const text = reporters.text(hostile, { color, verbose: true });
      for (const line of text.split('\n')) {
        assert.doesNotMatch(line.replace(/\u001b\[[0-9;]*m/g, ''), /^\s*::/, `line starts a workflow command: ${JSON.stringify(line)}`);
        assert.doesNotMatch(line, /##\[|##vso\[/i);
      }
    }
  });

  it('sarif is valid SARIF 2.1.0 and usable by GitHub code scanning', () => {
    const sarif = JSON.parse(reporters.sarif(sampleReport(), {}));
    assert.deepEqual(validateSarif(sarif), []);
    assert.equal(sarif.runs.length, 1);
    const run = sarif.runs[0];
    const ids = run.tool.driver.rules.map((r: { id: string }) => r.id);
    assert.equal(new Set(ids).size, ids.length, 'rule ids are unique');
    const sqli = run.tool.driver.rules.find((r: { id: string }) => r.id === 'code/javascript/sql-injection');
    assert.ok(sqli.properties.tags.includes('external/cwe/cwe-89'));
    assert.equal(sqli.properties['security-severity'], '9.5');
    assert.match(sqli.help.text, /parameterised queries/);
    for (const r of run.results) {
      assert.equal(run.tool.driver.rules[r.ruleIndex].id, r.ruleId);
      const loc = r.locations[0].physicalLocation.artifactLocation;
      assert.equal(loc.uriBaseId, '%SRCROOT%');
      assert.ok(!loc.uri.startsWith('/') && !loc.uri.includes(' '), loc.uri);
      assert.ok(r.partialFingerprints['skeptic/v1']);
    }
    assert.equal(run.results[0].locations[0].physicalLocation.artifactLocation.uri, 'src/my%20app/db%231.js');
    assert.deepEqual(run.results[0].codeFlows[0].threadFlows[0].locations.map((l: { kinds: string[] }) => l.kinds[0]), ['source', 'call', 'sink']);
    const suppressed = run.results.find((r: { suppressions?: unknown[] }) => r.suppressions);
    assert.deepEqual(suppressed.suppressions, [{ kind: 'inSource', status: 'accepted', justification: 'constant <allowlist>' }]);
    assert.equal(run.invocations[0].toolExecutionNotifications.length, 2);
  });

  it('junit escapes hostile text and drops characters XML cannot carry', () => {
    const xml = reporters.junit(sampleReport(), {});
    assert.ok(!xml.includes('<script>'));
    assert.ok(!/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/.test(xml), 'no XML-invalid control characters');
    assert.equal(escapeXml('a\u0000b\ud800c'), 'a\ufffdb\ufffdc');
    assert.equal(escapeXml('😀'), '😀', 'surrogate pairs survive');
    // Every opened element is closed in order: a cheap well-formedness check of our own output.
    const stack: string[] = [];
    for (const m of xml.matchAll(/<(\/?)([a-z]+)[^>]*?(\/?)>/g)) {
      if (m[3] === '/') continue;
      if (m[1] === '/') assert.equal(stack.pop(), m[2]);
      else stack.push(m[2]!);
    }
    assert.deepEqual(stack, []);
    assert.match(xml, /<testsuites name="skeptic" tests="7" failures="5" errors="2"/);
  });

  it('html is self-contained and escapes every piece of report text', () => {
    const html = reporters.html(sampleReport(), {});
    assert.equal(html.match(/<script/g)?.length, 1, 'only our own script');
    assert.ok(!html.includes('<img'), 'snippet markup is escaped');
    assert.ok(!/\u202e|\u001b|\u0001/.test(html), 'control and bidi characters are made visible');
    assert.ok(!/\b(src|href)=["']?(https?:)?\/\//.test(html), 'nothing is loaded from the network');
    assert.match(html, /Content-Security-Policy" content="default-src 'none'/);
    assert.match(html, /<svg[^>]*aria-label="Findings by severity"/);
    assert.match(html, /data-severity="critical"/);
  });
});
