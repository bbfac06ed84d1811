import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseJsonLocated } from './json.js';
import { parseYaml } from './yaml.js';

const LONG = new Set(['Ref', 'Fn::Sub', 'Fn::GetAtt', 'Fn::If']);

/** The YAML reader's tree for the same text: a trailing comment keeps the text off the JSON path. */
function viaYaml(text: string) {
  return parseYaml(`${text}\n# not JSON`).docs;
}

test('strict JSON gives the tree the YAML reader gives: spans, key spans, long-form intrinsics, escapes, CRLF', () => {
  const samples = [
    '{\n  "Resources": {\n    "Q": {\n      "Type": "AWS::SQS::Queue",\n      "Properties": { "KmsMasterKeyId": { "Ref": "Key" }, "Tags": [] }\n    }\n  }\n}\n',
    '{\r\n  "a": 1,\r\n  "b": [true, false, null, -0.5e-3, 12],\r\n  "c": {"Fn::If": ["C", {"Ref": "A"}, "b"]}\r\n}\r\n',
    '{"s": "caf\\u00e9 \\ud83d\\ude00 \\"q\\" \\/ \\\\ \\n", "é": "ü😀", "dup": 1, "dup": 2, "": ""}',
    '  [ {"a": {}} , [ ] ]  ',
    '\ufeff{\n  "a": {"Ref": "X"},\n  "b": [1, "two"]\n}\n',
  ];
  for (const text of samples) {
    const fast = parseJsonLocated(text, LONG);
    assert.ok(fast, text);
    assert.deepEqual(fast.docs, viaYaml(text));
    assert.deepEqual(fast.errors, []);
  }
});

test('anything but plain strict JSON is left to the YAML reader', () => {
  for (const text of ['{"a": 1,}', '{"a": 1} trailing', '{"a": "tab\there"}', '{"a": [1 2]}', '{"<<": {"a": 1}}', 'a: 1', '', '{"a": tru}', '{"a": -}', '{"a": 1.}', '{"a": "unterminated']) {
    assert.equal(parseJsonLocated(text, LONG), undefined, text);
  }
});

test('hostile nesting is refused at the YAML reader depth, without recursion past it', () => {
  const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
  assert.equal(parseJsonLocated(deep, LONG), undefined);
  const ok = `${'['.repeat(150)}1${']'.repeat(150)}`;
  assert.ok(parseJsonLocated(ok, LONG));
});
