import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseFile } from './parse.js';

function calls(text: string): string[] {
  return parseFile('python', text).root().findAll({ rule: { kind: 'call' } }).map((c) => c.field('function')?.text() ?? '');
}

test('a fragment that starts inside a docstring is read as code after the closing quotes', () => {
  const fragment = '    and returns the rows.\n    """\n    cur = conn.cursor()\n    cur.execute("SELECT * FROM t WHERE a = \'%s\'" % name)\n    return cur.fetchall()\n';
  const found = calls(fragment);
  assert.ok(found.includes('cur.execute'), `calls: ${found.join(', ')}`);
  // Offsets are unchanged: the call sits where it is in the original text.
  const node = parseFile('python', fragment).root().find({ rule: { kind: 'call', has: { field: 'function', regex: 'execute$' } } });
  assert.equal(node?.range().start.index, fragment.indexOf('cur.execute'));
});

test('a file ending in an unclosed string keeps its first reading (blanking would drop the code)', () => {
  const text = 'def f():\n    cur.execute("SELECT 1 FROM t WHERE a = \'%s\'" % a)\n    g()\n    \'\'\'top = Toplevel(self)\n';
  assert.ok(calls(text).includes('cur.execute'));
});

test('a whole file with docstrings parses once, unchanged', () => {
  const text = '"""Module doc."""\nimport os\n\ndef f(x):\n    """Doc."""\n    return os.path.join(x, "a")\n';
  assert.deepEqual(calls(text), ['os.path.join']);
});

test('a fragment that starts and ends inside docstrings is still re-read (the ERROR left at the end is the same size)', () => {
  const fragment = '    >>> probe(x)\n\n    """\n    n = len(x)\n    f = eval("dist.%s.ppf" % name)\n    return f(n)\n\ndef g():\n    """Starts a doc that the fragment cuts\n';
  assert.ok(calls(fragment).includes('eval'), calls(fragment).join(', '));
});
