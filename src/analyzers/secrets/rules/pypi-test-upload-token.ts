import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "pypi-test-upload-token",
  title: "TestPyPI upload token",
  provider: "TestPyPI",
  what: "A TestPyPI upload token",
  severity: 'medium',
  prefix: "pypi-AgENdGVzdC5weXBpLm9yZw",
  body: "[A-Za-z0-9_-]",
  length: [100,400],
  fake: seq("pypi-AgENdGVzdC5weXBpLm9yZw", [BASE64URL, 150]),
});

export const meta = rule.meta;
