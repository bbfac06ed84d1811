import type { AwsRule } from '../../rule.js';
import { items, valStr, type AwsModel } from '../../adapters/aws-model.js';
import { get, headSpan, str } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/cloudfront-allows-http",
    "title": "CloudFront distribution allows plain HTTP",
    "description": "A viewer protocol policy of `allow-all` serves content and cookies over HTTP, open to interception and injection.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-319"
    ],
    "equivalents": [
      "checkov:CKV_AWS_34",
      "trivy:AVD-AWS-0012",
      "kics:55af1353-2f62-4fa0-a8e1-a210ca2708f5",
      "kics:31733ee2-fef0-4e87-9778-65da22a8ecf1"
    ],
    "remediation": "Use `redirect-to-https` or `https-only`."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('cloudfront')) {
      const v = e.field('viewerPolicy');
      if (!v.unknown && valStr(v) === 'allow-all') emit(e, v.span, `${e.resource} allows viewers over plain HTTP.`);
      // Path-specific behaviours (`ordered_cache_behavior` / `CacheBehaviors`) each carry their own policy.
      for (const b of items(e.field('orderedBehaviors').node)) {
        const p = get(b, 'viewer_protocol_policy') ?? get(b, 'ViewerProtocolPolicy');
        if (str(p) === 'allow-all') emit(e, headSpan(p!), `${e.resource} allows viewers over plain HTTP on ${str(get(b, 'path_pattern') ?? get(b, 'PathPattern')) ?? 'a path pattern'}.`, `${e.resource}|ordered|${p!.span.sl}`);
      }
    }
  },
};
