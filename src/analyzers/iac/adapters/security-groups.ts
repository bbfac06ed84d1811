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
  // A plan of existing infrastructure lists a group's rules inline in its state (`ingress`) even
  // when separate rule resources manage them: those cidrs are reported on the rule resource only.
  const managed = new Set<string>();
  for (const r of model.tf) {
    const group = str(get(r.body, 'security_group_id'));
    if (r.mode !== 'resource' || !group) continue;
    const rule = r.type === 'aws_security_group_rule' && str(get(r.body, 'type')) === 'ingress' ? { cidrs: ['cidr_blocks', 'ipv6_cidr_blocks'], proto: 'protocol' } : r.type === 'aws_vpc_security_group_ingress_rule' ? { cidrs: ['cidr_ipv4', 'cidr_ipv6'], proto: 'ip_protocol' } : undefined;
    if (!rule) continue;
    const key = `${group}|${num(get(r.body, 'from_port'))}|${num(get(r.body, 'to_port'))}|${proto(get(r.body, rule.proto))}`;
    for (const c of rule.cidrs.flatMap((k) => strings(get(r.body, k)))) managed.add(`${key}|${c.value.trim()}`);
  }
  for (const r of model.tf) {
    if (r.mode !== 'resource') continue;
    const group = r.type === 'aws_security_group' || r.type === 'aws_default_security_group' ? str(get(r.body, 'id')) : undefined;
    const push = (n: VNode, cidrKeys: string[], protoKey: string) => {
      const from = num(get(n, 'from_port'));
      const to = num(get(n, 'to_port'));
      const protocol = proto(get(n, protoKey));
      let cidrs = cidrKeys.flatMap((k) => strings(get(n, k)));
      if (group && managed.size) cidrs = cidrs.filter((c) => !managed.has(`${group}|${from}|${to}|${protocol}|${c.value.trim()}`));
      out.push({ path: r.path, resource: r.address, from, to, protocol, cidrs, span: n === r.body ? r.head : headSpan(n) });
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
