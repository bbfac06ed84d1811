import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseSource } from '../../../parsing/parse.js';
import { assertNearLinear } from '../../../../../testing/complexity.js';
import { initializerOf } from './values.js';

function uses(text: string, name: string) {
  return parseSource('javascript', text).root().findAll({ rule: { kind: 'identifier', regex: `^${name}$` } });
}

test('an identifier resolves to its single earlier declaration, not a reassigned or redeclared one', () => {
  const text = 'const a = "x";\nconst k = "key";\nlet b = 1;\nb = 2;\nvar c = 1;\nvar c = 2;\nfunction f() { const a = "inner"; use(a); }\nuse(k, b, c);\n';
  const last = (name: string) => uses(text, name).at(-1)!;
  assert.equal(initializerOf(last('k'), 'k')?.text(), '"key"');
  assert.equal(initializerOf(uses(text, 'a')[2]!, 'a')?.text(), '"inner"', 'the function scope is searched first');
  assert.equal(initializerOf(last('b'), 'b'), undefined, 'reassigned');
  assert.equal(initializerOf(last('c'), 'c'), undefined, 'declared twice');
  assert.equal(initializerOf(uses(text, 'a')[0]!, 'a'), undefined, 'a declaration is not visible before itself');
});

test('thousands of lookups in one large program stay linear (each scope is indexed once)', async () => {
  // Searching the whole program per lookup took ~20 s at 4,000 lookups.
  const resolved = await assertNearLinear('initializerOf lookups', 4000, (n) => {
    const all = uses(`const d = "x";\n${'if (url.includes(d)) f();\n'.repeat(n)}`, 'd');
    return all.slice(1).map((u) => initializerOf(u, 'd')?.text());
  });
  assert.equal(resolved.length, 4000);
  assert.ok(resolved.every((t) => t === '"x"'));
});
