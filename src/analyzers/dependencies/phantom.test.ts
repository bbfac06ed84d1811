import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNearLinear } from '../../testing/complexity.js';
import { jsImports, packageOfSpecifier, tryBodies } from './phantom.js';

const target = (text: string) => ({ path: 'a.ts', type: { kind: 'source', language: 'typescript' } as const, sizeBytes: text.length, text });

test('bare imports with lines; strings, template literals, comments, builtins and aliases are not imports', () => {
  const text = [
    "import a from 'pkg-a';",
    "const b = require('@scope/b/deep');",
    "const s = \"import x from 'in-a-string'\";",
    'const t = `${`import q from "nested-template"`}',
    "const y = require('in-a-template');",
    '`;',
    '/* import z from "in-a-comment" */',
    "import fs from 'node:fs';",
    "import p from 'path';",
    "import c from '@/components/c';",
    "export { d } from 'pkg-d';",
    "const e = await import('pkg-e');",
  ].join('\n');
  assert.deepEqual(jsImports(target(text)), [
    { name: 'pkg-a', line: 1 },
    { name: '@scope/b', line: 2 },
    { name: 'pkg-d', line: 11 },
    { name: 'pkg-e', line: 12 },
  ]);
});

test('specifier to package name', () => {
  assert.equal(packageOfSpecifier('lodash/fp'), 'lodash');
  assert.equal(packageOfSpecifier('@babel/core/lib/x'), '@babel/core');
  assert.equal(packageOfSpecifier('./local'), undefined);
  assert.equal(packageOfSpecifier('bun:test'), undefined);
  assert.equal(packageOfSpecifier('fs/promises'), undefined);
});

test('a hostile file stays linear', async () => {
  // Unclosed strings, calls and (an odd number of) backticks: each opener must not rescan the rest.
  await assertNearLinear('jsImports', 300_000, (n) => jsImports(target('from "'.repeat(2 * n) + 'require('.repeat(n) + '`'.repeat(2 * Math.floor(n / 4) + 1))));
});

test('a quote or backtick inside a regex literal does not hide the imports after it; division is not a regex', () => {
  const text = [
    "const re = text.replace(/(?= = `)/g, 'x');",
    '/* require("in-a-comment-after-the-regex") */',
    "import a from 'pkg-after-regex';",
    "const half = total / 2; const r = /['\"]/.test(s); import b from 'pkg-b';",
    'function f() { return /`/; }',
    "const q = ratio / 3 / 4; const c = require('pkg-c');",
  ].join('\n');
  assert.deepEqual(jsImports(target(text)), [
    { name: 'pkg-after-regex', line: 3 },
    { name: 'pkg-b', line: 4 },
    { name: 'pkg-c', line: 6 },
  ]);
});

test('require() and import() the code survives without are optional; static imports never are', () => {
  const text = [
    "try { const k = require('opt-a'); } catch {}",
    'async function f() {',
    '  try {',
    "    const s = '{'; // a brace in a string and } in a comment",
    "    const { default: x } = await import('opt-b');",
    '  } catch (err) {',
    "    require('needed-c');",
    '  }',
    '}',
    "import('opt-d').catch(() => null);",
    "const entry = { country: require('needed-e') };",
    "import g from 'needed-g';",
    'const retry = { a: 1 };',
    "const h = require('needed-h');",
  ].join('\n');
  assert.deepEqual(jsImports(target(text)), [
    { name: 'opt-a', line: 1, optional: true },
    { name: 'opt-b', line: 5, optional: true },
    { name: 'needed-c', line: 7 },
    { name: 'opt-d', line: 10, optional: true },
    { name: 'needed-e', line: 11 },
    { name: 'needed-g', line: 12 },
    { name: 'needed-h', line: 14 },
  ]);
});

test('import() with spaces or a line break before its parenthesis is still dynamic', () => {
  const text = ['try {', "  await import  ('opt-a');", '  await import', "    ('opt-b');", '} catch {}', "import 'side-effect-c';", "import'side-effect-d';"].join('\n');
  assert.deepEqual(jsImports(target(text)), [
    { name: 'opt-a', line: 2, optional: true },
    { name: 'opt-b', line: 3, optional: true },
    { name: 'side-effect-c', line: 6 },
    { name: 'side-effect-d', line: 7 },
  ]);
});

test('an apostrophe in JSX text does not hide the brace that closes a try body', () => {
  const text = [
    'try {',
    "  if (a) { x = <p>Don't</p>; }",
    "  fast = require('opt-a');",
    '} catch {}',
    "const b = require('needed-b');",
  ].join('\n');
  assert.deepEqual(jsImports({ ...target(text), path: 'a.tsx' }), [
    { name: 'opt-a', line: 3, optional: true },
    { name: 'needed-b', line: 5 },
  ]);
});

test('try bodies of a line of unclosed quotes or regex-like slashes are found in linear time', async () => {
  // Rescanning the line per quote took 3.1 s at 50,000 (47 ms at an eighth of it), which the growth
  // bound catches; the linear scan takes a few ms here, too short to time, and passes. At sizes
  // where the linear scan could be timed the quadratic one would run for hours, not fail.
  const lines: [string, number, (n: number) => string][] = [
    ["'\\'", 50_000, (n) => `'${"\\'".repeat(n)}`],
    ['"\\"', 50_000, (n) => `"${'\\"'.repeat(n)}`],
    ['(/[', 30_000, (n) => '(/['.repeat(n)],
  ];
  for (const [unit, size, line] of lines) await assertNearLinear(`tryBodies ${unit}`, size, (n) => tryBodies(`try {\n${line(n)}\n}`));
});

test('a file of many try blocks and many requires is read in near-linear time', async () => {
  const n = 30_000;
  // Scanning every try body for every import took 21 s on 1.8 MB of this shape.
  const sites = await assertNearLinear('try blocks and requires', n, (k) => jsImports(target("try { require('x'); } catch {}\n".repeat(k) + "if (a) { try { b(); } catch {} }\nrequire('y');\n".repeat(k))));
  assert.equal(sites.filter((s) => s.optional).length, n);
  assert.equal(sites.filter((s) => !s.optional).length, n);
});
