import type { AwsRule } from '../../rule.js';
import { valStr, type AwsModel } from '../../adapters/aws-model.js';
import { get, getCi, headSpan, items, num, str } from '../../model.js';

export const rule: AwsRule = {
  platform: 'aws',
  meta: {
    "id": "iac/aws/http-listener",
    "title": "Load balancer listener accepts plain HTTP",
    "description": "An HTTP listener that serves traffic instead of redirecting sends credentials and session cookies in clear text.",
    "severity": "medium",
    "confidence": "high",
    "cwe": [
      "CWE-319"
    ],
    "equivalents": [
      "checkov:CKV_AWS_2",
      "trivy:AVD-AWS-0054",
      "kics:de7f5e83-da88-4046-871f-ea18504b1d43",
      "kics:275a3217-ca37-40c1-a6cf-bb57d245ab32"
    ],
    "remediation": "Listen on HTTPS with a TLS policy; keep port 80 only as a redirect to HTTPS."
  } as AwsRule['meta'],
  check(model: AwsModel, emit) {
    for (const e of model.of('listener')) {
      const p = e.field('protocol');
      // Without a protocol an ALB listener is HTTP unless it sits on 443.
      const port = num(e.field('port').node);
      const protocol = p.explicit ? (valStr(p) ?? '').toUpperCase() : port === 443 ? 'HTTPS' : 'HTTP';
      if (p.unknown || protocol !== 'HTTP') continue;
      const actions = e.field('actions').node;
      const list = actions?.kind === 'list' ? actions.items ?? [] : actions ? [actions] : [];
      const redirects = list.flatMap((a) => {
        const t = (str(a.entries?.get('type') ?? a.entries?.get('Type')) ?? '').toLowerCase();
        if (t !== 'redirect') return [];
        const rc = a.entries?.get('redirect') ?? a.entries?.get('RedirectConfig');
        const rcMap = rc?.kind === 'list' ? rc.items?.[0] : rc;
        const node = rcMap?.entries?.get('protocol') ?? rcMap?.entries?.get('Protocol');
        return [{ node, https: (str(node) ?? '').toUpperCase() === 'HTTPS' }];
      });
      if (redirects.some((r) => r.https || r.node?.kind === 'expr')) continue;
      // A redirect that stays on HTTP is fixed by its own protocol line, so that is the place to point at.
      const plain = redirects.find((r) => r.node?.kind === 'scalar');
      if (plain) emit(e, headSpan(plain.node!), `${e.resource} redirects plain HTTP to ${str(plain.node)} instead of HTTPS.`);
      else emit(e, p.span, `${e.resource} serves plain HTTP without redirecting to HTTPS.`);
    }
    // Classic load balancers carry their listeners inline and cannot redirect: HTTP there is served in clear.
    const classic = [
      ...model.tf.filter((r) => r.mode === 'resource' && r.type === 'aws_elb').map((r) => ({ path: r.path, resource: r.address, listeners: items(get(r.body, 'listener')), key: 'lb_protocol' })),
      ...model.cfn.filter((r) => r.type === 'AWS::ElasticLoadBalancing::LoadBalancer').map((r) => ({ path: r.path, resource: r.logicalId, listeners: items(getCi(r.props, 'Listeners')), key: 'Protocol' })),
    ];
    for (const lb of classic) {
      for (const l of lb.listeners) {
        const p = getCi(l, lb.key);
        if ((str(p) ?? '').toUpperCase() === 'HTTP') emit(lb, headSpan(p!), `${lb.resource} has a classic load balancer listener serving plain HTTP.`, `${lb.resource}|${p!.span.sl}`);
      }
    }
  },
};
