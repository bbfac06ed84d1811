import type { RuleMeta } from '../../../../core/rule.js';
import type { PatternRule } from '../types.js';
import { argumentsOf, isLiteralString, propertyOf } from './lib/values.js';

export const meta: RuleMeta = {
  "id": "code/javascript/cleartext-http-request",
  "title": "Request to a public host over plain HTTP",
  "description": "A request to a public host over `http://` or `ws://` can be read and changed by anyone on the path; scripts, tokens and data fetched this way are attacker-controlled on hostile networks.",
  "severity": "medium",
  "confidence": "medium",
  "cwe": [
    "CWE-319"
  ],
  "owasp": [
    "A02:2021-Cryptographic Failures"
  ],
  "remediation": "Use `https://` (or `wss://`) for every host outside the machine or private network.",
  "references": [
    "https://cwe.mitre.org/data/definitions/319.html"
  ]
};

/** Hosts where plain HTTP is normal: loopback, private ranges, link-local metadata, single-label and reserved names. */
function isLocalHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  if (!h.includes('.')) return true;
  if (/^(?:127\.|10\.|192\.168\.|169\.254\.|0\.0\.0\.0$|::1$)/.test(h)) return true;
  if (/^172\.(?:1[6-9]|2\d|3[01])\./.test(h)) return true;
  return /(?:^|\.)(?:localhost|local|internal|test|example|invalid|lan|home\.arpa|svc|cluster\.local)$/.test(h) || /^(?:www\.)?example\.(?:com|org|net)$/.test(h);
}

/** The host of a literal `http://` / `ws://` URL, or undefined. */
function cleartextHost(text: string): string | undefined {
  const m = /^(?:http|ws):\/\/([^/:?#\s'"`]{1,253})/i.exec(text);
  return m && !isLocalHost(m[1]!) ? m[1] : undefined;
}

export const rule: PatternRule = {
  kind: 'pattern',
  meta,
  language: 'javascript',
  message: "A request goes to a public host over plain HTTP.",
  prefilter: ["http://", "ws://"],
  skipInTests: true,
  matchers: [
  {
    "kind": "call_expression",
    "has": { "field": "function", "regex": "^(?:fetch|axios|got|request|superagent|needle|ky|\\$\\.(?:ajax|get|post|getJSON|getScript)|jQuery\\.(?:ajax|get|post|getJSON|getScript)|(?:axios|got|request|superagent|needle|ky|https?)\\.(?:get|post|put|patch|delete|head|request))$" }
  },
  {
    "kind": "new_expression",
    "has": { "field": "constructor", "regex": "^(?:WebSocket|EventSource)$" }
  }
],
  check: (node) => {
    const first = argumentsOf(node)[0];
    if (!first) return false;
    // fetch('http://…') / axios.get(`http://…/${id}`) / $.ajax({ url: 'http://…' })
    const url = first.kind().toString() === 'object' ? propertyOf(first, 'url') : first;
    if (!url) return false;
    if (isLiteralString(url)) return cleartextHost(url.text().slice(1)) !== undefined;
    if (url.kind().toString() === 'template_string') return cleartextHost(url.text().slice(1)) !== undefined;
    if (url.kind().toString() === 'binary_expression') {
      const left = url.field('left');
      return left !== undefined && left !== null && isLiteralString(left) && cleartextHost(left.text().slice(1)) !== undefined;
    }
    return false;
  },
};
