import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/hardcoded-secret-key",
  "title": "Hardcoded Flask/Django secret key",
  "description": "The secret key signs sessions and tokens; a literal in source lets anyone forge them.",
  "severity": "high",
  "confidence": "high",
  "cwe": [
    "CWE-798"
  ],
  "owasp": [
    "A07:2021-Identification and Authentication Failures"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.hardcoded-config.avoid_hardcoded_config_SECRET_KEY",
    "semgrep:python.django.security.audit.django-secret-key-hardcoded"
  ],
  "remediation": "Read it from the environment (`os.environ[\"SECRET_KEY\"]`).",
  "references": [
    "https://cwe.mitre.org/data/definitions/798.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "The application secret key is a string literal.",
  prefilter: ["SECRET_KEY","secret_key"],
  skipInTests: true,
  matchers: [
  {
    "kind": "assignment",
    "regex": "^(?:SECRET_KEY|[\\w.]+\\.secret_key|[\\w.]+\\.config\\[['\"](?:SECRET_KEY|JWT_SECRET_KEY)['\"]\\])\\s*=\\s*['\"][^'\"]{1,200}['\"]$"
  }
],
};
