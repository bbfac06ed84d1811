import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { ANALYZER_IDS, type AnalyzerId } from '../core/rule.js';
import { discoverFixtures, extractAnnotations, runFixture } from './fixtures.js';

// SKEPTIC_FIXTURES=secrets limits the run to one analyzer while developing.
const only = process.env.SKEPTIC_FIXTURES as AnalyzerId | undefined;

describe('annotated rule fixtures', () => {
  for (const analyzer of ANALYZER_IDS) {
    if (only && analyzer !== only) continue;
    const fixtures = discoverFixtures(analyzer);
    if (fixtures.length === 0) continue;
    describe(analyzer, () => {
      for (const fixture of fixtures) {
        it(fixture.source, async () => {
          const result = await runFixture(fixture);
          assert.deepEqual(result.errors, [], `\n${result.errors.join('\n')}`);
        });
      }
    });
  }
});

describe('annotation parsing', () => {
  it('maps an annotation to the next code line, across stacked annotations', () => {
    const { found } = extractAnnotations('# ruleid: a/b\n# ok: a/c\nx = 1\n', 'f.py', false);
    assert.deepEqual(found.map((a) => [a.kind, a.ruleIds[0], a.line]), [['ruleid', 'a/b', 3], ['ok', 'a/c', 3]]);
  });
  it('strips annotations from JSON and renumbers', () => {
    const { output, found } = extractAnnotations('{\n// ruleid: a/b\n"k": 1\n}', 'f.json', true);
    assert.equal(output, '{\n"k": 1\n}');
    assert.equal(found[0]!.line, 2);
  });
});
