import { prefixedRule } from '../engine/rule.js';
import { seq, BASE64URL } from '../engine/fake.js';

export const rule = prefixedRule({
  name: "pypi-upload-token",
  title: "PyPI upload token",
  provider: "PyPI",
  what: "A PyPI upload token",
  gitleaks: "pypi-upload-token",
  prefix: "pypi-AgEIcHlwaS5vcmc",
  body: "[A-Za-z0-9_-]",
  length: [100,400],
  fake: seq("pypi-AgEIcHlwaS5vcmc", [BASE64URL, 150]),
});

export const meta = rule.meta;
