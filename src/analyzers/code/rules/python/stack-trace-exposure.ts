import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';

export const meta: RuleMeta = {
  "id": "code/python/stack-trace-exposure",
  "title": "Exception details returned to the client",
  "description": "Tracebacks and exception text reveal paths, versions and queries that help an attacker.",
  "severity": "low",
  "confidence": "medium",
  "cwe": [
    "CWE-209"
  ],
  "owasp": [
    "A05:2021-Security Misconfiguration"
  ],
  "equivalents": [
    "semgrep:python.flask.security.audit.flask-exception-details"
  ],
  "remediation": "Log the exception and return a generic error message.",
  "references": [
    "https://cwe.mitre.org/data/definitions/209.html"
  ]
};

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'python',
  message: "Exception details are returned in a response.",
  // Exactly the texts the matchers need ("str(e" was also every str(expr)).
  prefilter: ["format_exc", "str(e)", "str(ex)", "str(exc)", "str(err)", "str(error)"],
  matchers: [
  {
    "kind": "return_statement",
    "regex": "traceback\\.format_exc\\(\\)|str\\((?:e|ex|exc|err|error)\\)"
  },
  {
    "kind": "call",
    "regex": "^(?:jsonify|make_response|JsonResponse|HttpResponse)\\([^)]{0,200}(?:traceback\\.format_exc\\(\\)|str\\((?:e|ex|exc|err|error)\\))"
  }
],
  // A returned `str(e)` is a response only in web handlers; CLIs and libraries return error text to their callers.
  check: (node) => {
    // `return jsonify(error=str(e))` is one finding (the return), not two.
    if (node.kind().toString() !== 'return_statement') return node.parent()?.kind().toString() !== 'return_statement';
    if (/^return\s*\(?\s*(?:jsonify|make_response|JsonResponse|HttpResponse|Response|JSONResponse|HTMLResponse|PlainTextResponse)\(/.test(node.text())) return true;
    let cur = node.parent();
    for (let i = 0; cur && i < 60; i++, cur = cur.parent()) {
      if (cur.kind().toString() !== 'function_definition') continue;
      if (/\brequest\b/.test(cur.field('parameters')?.text() ?? '')) return true;
      const decorated = cur.parent();
      return decorated?.kind().toString() === 'decorated_definition' && decorated.children().some((c) => c.kind().toString() === 'decorator' && /\.(?:route|get|post|put|patch|delete|errorhandler|api_route|websocket)\s*\(|@api_view\b/.test(c.text()));
    }
    return false;
  },
};
