import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSuppressions } from './suppressions.js';

test('directives carry their own line, counted across several directives and skipped non-comment markers', () => {
  const text = [
    'const a = 1;',
    '// skeptic-ignore code/x -- vetted',
    'const s = "skeptic-ignore in a string is not a directive";',
    '',
    '# skeptic-ignore-next-line secrets/y, secrets/z -- test key',
    'token = "x"',
    '/* skeptic-ignore -- whole line */',
  ].join('\n');
  assert.deepEqual(
    parseSuppressions('f.js', text).map((d) => [d.line, d.appliesTo, d.rules, d.reason]),
    [
      [2, 2, ['code/x'], 'vetted'],
      [5, 6, ['secrets/y', 'secrets/z'], 'test key'],
      [7, 7, [], 'whole line'],
    ],
  );
});
