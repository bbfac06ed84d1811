import { get, getCi, headSpan, items, num, str, strings, type Span, type VNode } from '../model.js';
import type { AwsModel } from './aws-model.js';

/** One ingress permission, from any of the four ways Terraform and CloudFormation write them. */
export interface Ingress {
  readonly path: string;
  readonly resource: string;
  readonly from?: number;
  readonly to?: number;
  /** `-1`/`all` for every protocol. */
  readonly protocol: string;
  readonly cidrs: { value: string; node: VNode }[];
  readonly span: Span;
}

function proto(n: VNode | undefined): string {
  const s = str(n) ?? (num(n) !== undefined ? String(num(n)) : '');
  return s.toLowerCase();
}

export function ingressRules(model: AwsModel): Ingress[] {
  const out: Ingress[] = [];
  for (const r of model.tf) {
    if (r.mode !== 'resource') continue;
    const push = (n: VNode, cidrKeys: string[], protoKey: string) => {
      out.push({
        path: r.path, resource: r.address, from: num(get(n, 'from_port')), to: num(get(n, 'to_port')), protocol: proto(get(n, protoKey)),
        cidrs: cidrKeys.flatMap((k) => strings(get(n, k))), span: n === r.body ? r.head : headSpan(n),
      });
    };
    // The default group takes the same inline rules; every instance launched without a group gets it.
    if (r.type === 'aws_security_group' || r.type === 'aws_default_security_group') for (const i of items(get(r.body, 'ingress'))) if (i.kind === 'map') push(i, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
    if (r.type === 'aws_security_group_rule' && str(get(r.body, 'type')) === 'ingress') push(r.body, ['cidr_blocks', 'ipv6_cidr_blocks'], 'protocol');
    if (r.type === 'aws_vpc_security_group_ingress_rule') push(r.body, ['cidr_ipv4', 'cidr_ipv6'], 'ip_protocol');
  }
  for (const r of model.cfn) {
    const push = (n: VNode, span: Span) => out.push({
      path: r.path, resource: r.logicalId, from: num(getCi(n, 'FromPort')), to: num(getCi(n, 'ToPort')), protocol: proto(getCi(n, 'IpProtocol')),
      cidrs: [...strings(getCi(n, 'CidrIp')), ...strings(getCi(n, 'CidrIpv6'))], span,
    });
    if (r.type === 'AWS::EC2::SecurityGroup') for (const i of items(get(r.props, 'SecurityGroupIngress'))) if (i.kind === 'map') push(i, headSpan([...(i.entries?.values() ?? [])][0] ?? i));
    if (r.type === 'AWS::EC2::SecurityGroupIngress') push(r.props, r.head);
  }
  return out;
}

/** A /0 prefix covers every address whatever the base written before it (`1.0.0.0/0`, `::/0`). */
export function isOpenCidr(c: string): boolean {
  const t = c.trim();
  return t.endsWith('/0') && t.length > 2 && !t.slice(0, -2).includes('/');
}

/** Does the rule's port range include `port`? All protocols (-1) include every port. */
export function covers(rule: Ingress, port: number): boolean {
  if (rule.protocol === '-1' || rule.protocol === 'all') return true;
  if (rule.protocol !== 'tcp' && rule.protocol !== '6' && rule.protocol !== '') return false;
  if (rule.from === undefined || rule.to === undefined) return false;
  return (rule.from <= port && port <= rule.to) || (rule.from === -1 && rule.to === -1);
}
