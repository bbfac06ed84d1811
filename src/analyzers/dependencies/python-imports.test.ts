import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertNearLinear } from '../../testing/complexity.js';
import { logicalLines, pythonImports } from './python-imports.js';

const show = (text: string) => pythonImports(text).map((i) => `${i.line} ${i.module}${i.optional ? ' optional' : ''}${i.conditional ? ' conditional' : ''}`);

test('absolute imports with their lines; strings, docstrings, comments and relative imports are not imports', () => {
  const text = [
    '"""Docs.',
    '>>> import in_a_doctest',
    '"""',
    'import os, numpy.linalg as la',
    "s = 'import in_a_string'",
    "t = '''",
    'from in_triple import x',
    "'''",
    '# import in_a_comment',
    'from . import sibling',
    'from .pkg import thing',
    'from google.cloud import storage',
    'from requests import (',
    '    get,  # comment inside brackets',
    '    post,',
    ')',
    'x = 1; import after_semicolon',
    'value = f(a,',
    '          b); from after_brackets import y',
    'import_helper = 3',
    'from importlib import import_module',
  ].join('\n');
  assert.deepEqual(show(text), [
    '4 os', '4 numpy.linalg', '12 google.cloud', '13 requests', '17 after_semicolon', '19 after_brackets', '21 importlib',
  ]);
});

test('ImportError handlers make try bodies optional; functions, ifs and handlers are conditional', () => {
  const text = [
    'try:',
    '    import ujson as json',
    '    if fast:',
    '        import orjson',
    'except ValueError:',
    '    pass',
    'except (ImportError, AttributeError):',
    '    import json',
    'try: import simplejson',
    'except ModuleNotFoundError: simplejson = None',
    'try:',
    '    import required',
    'except KeyError:',
    '    pass',
    'if TYPE_CHECKING:',
    '    from typing_extensions import Self',
    'def f():',
    '    import lazy',
    'class A:',
    '    import in_class',
    'if PY2: import urllib2',
    'else:',
    '    import urllib.request',
    'import top_again',
    'lam = lambda x: x',
    'import after_lambda',
    'if __name__ == "__main__":',
    '    import uvicorn',
    '    if debug:',
    '        import debugpy',
  ].join('\n');
  assert.deepEqual(show(text), [
    '2 ujson optional', '4 orjson optional conditional', '8 json conditional', '9 simplejson optional', '12 required',
    '16 typing_extensions conditional', '18 lazy conditional', '20 in_class conditional', '21 urllib2 conditional',
    '23 urllib.request conditional', '24 top_again', '26 after_lambda', '28 uvicorn', '30 debugpy conditional',
  ]);
});

test('tabs, CRLF, backslash continuations and unterminated strings keep lines right', () => {
  const text = 'import a\r\nif x:\r\n\timport b\r\nimport \\\r\n    c\r\nbroken = "no end\r\nimport d\r\n';
  assert.deepEqual(show(text), ['1 a', '3 b conditional', '4 c', '7 d']);
  // lines that cannot import or open a block keep their place and indentation, not their text
  assert.deepEqual(logicalLines('if a == """x\ny""":\n    import b\nc = 1\n').map((l) => `${l.line}:${l.indent}:${l.code}`), ['1:0:if a == "":', '3:4:import b', '4:0:']);
});

test('hostile input stays linear', async () => {
  // Unclosed brackets and docstrings, deep indentation, long one-line compound statements.
  await assertNearLinear('brackets, docstring, indentation', 1_600_000, (n) =>
    pythonImports('import a\n' + '('.repeat(2 * n) + '\n"""' + 'x\\'.repeat(n) + '\ntry:\n' + '    '.repeat(n / 2) + 'import z\n' + 'if x: '.repeat(n / 5) + 'import q\n' + 'lambda: '.repeat(n / 5)),
  );
  // Thousands of try blocks and handlers, then an odd run of quotes; the leading import gets the
  // text past the keyword prefilter, which alone would read none of it.
  await assertNearLinear('try blocks and quotes', 800_000, (n) => pythonImports(`import a\n${'try:\n    import b\n'.repeat(n / 20)}${'except ImportError: pass\n'.repeat(n / 20)}${"'".repeat(n + 1)}`));
});
