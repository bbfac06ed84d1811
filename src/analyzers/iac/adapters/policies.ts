import { get, getCi, items, str, strings, type VNode } from '../model.js';
import { parseYaml } from '../parsers/yaml.js';
import type { Statement } from './aws-model.js';
import type { CfnResource } from './cloudformation.js';
import { blockAddress, modulePrefix, referencedAddress, type TfResource } from './terraform.js';

const TF_POLICY: Readonly<Record<string, Statement['policyKind']>> = {
  aws_iam_policy: 'identity', aws_iam_role_policy: 'identity', aws_iam_user_policy: 'identity', aws_iam_group_policy: 'identity',
  aws_s3_bucket_policy: 'bucket',
};
const CFN_POLICY: Readonly<Record<string, Statement['policyKind']>> = {
  'AWS::IAM::Policy': 'identity', 'AWS::IAM::ManagedPolicy': 'identity', 'AWS::S3::BucketPolicy': 'bucket',
  // The single-identity inline policy types CloudFormation added in 2023.
  'AWS::IAM::RolePolicy': 'identity', 'AWS::IAM::UserPolicy': 'identity', 'AWS::IAM::GroupPolicy': 'identity',
};

/** SAM resources whose `Policies` takes managed policy names or ARNs, inline documents and policy templates. */
const SAM_POLICIES = new Set(['AWS::Serverless::Function', 'AWS::Serverless::StateMachine']);

function shift(node: VNode, lines: number, cols: number): VNode {
  const s = node.span;
  const mv = (x: typeof s) => ({ sl: x.sl + lines, sc: x.sl === 1 ? x.sc + cols : x.sc, el: x.el + lines, ec: x.el === 1 ? x.ec + cols : x.ec });
  return {
    ...node,
    span: mv(s),
    keySpan: node.keySpan ? mv(node.keySpan) : undefined,
    entries: node.entries ? new Map([...node.entries].map(([k, v]) => [k, shift(v, lines, cols)])) : undefined,
    items: node.items?.map((i) => shift(i, lines, cols)),
  };
}

function pin(node: VNode, span: VNode['span']): VNode {
  return {
    ...node,
    span,
    keySpan: node.keySpan ? span : undefined,
    entries: node.entries ? new Map([...node.entries].map(([k, v]) => [k, pin(v, span)])) : undefined,
    items: node.items?.map((i) => pin(i, span)),
  };
}

/** A policy value: jsonencode({...}), a JSON string or heredoc (located inside), or a CFN map. */
function documentOf(node: VNode | undefined): VNode | undefined {
  if (!node) return undefined;
  if (node.kind === 'map') return node;
  if (node.kind === 'expr' && node.tag === 'call:jsonencode') return node.arg?.items?.[0];
  if (node.kind === 'scalar' && typeof node.value === 'string' && node.value.includes('{')) {
    const parsed = parseYaml(node.value);
    const root = parsed.docs[0]?.root;
    if (!root || parsed.errors.length) return undefined;
    // A policy string written in another file (a local or variable) is reported at the use site.
    // So is a JSON string whose newlines are escapes (a plan's rendered document): it has one physical line.
    if ((node as { pinned?: boolean }).pinned || (node.span.sl === node.span.el && node.value.includes('\n'))) return pin(root, node.span);
    const bodyLine = (node as { bodyLine?: number }).bodyLine;
    if (bodyLine !== undefined) return shift(root, bodyLine - 1, 0);
    return shift(root, node.span.sl - 1, node.span.sl === node.span.el ? node.span.sc : 0);
  }
  return undefined;
}

/**
 * Condition keys after which S3 Block Public Access no longer treats a policy as public
 * (the S3 user guide, "The meaning of public"), plus the principal keys of the same kind.
 */
const CALLER_KEYS = new Set(['aws:sourceip', 'aws:sourcearn', 'aws:sourcevpc', 'aws:sourcevpce', 'aws:sourceaccount', 'aws:sourceowner', 'aws:sourceorgid', 'aws:sourceorgpaths', 'aws:principalorgid', 'aws:principalorgpaths', 'aws:principalaccount', 'aws:principalarn', 'aws:userid', 's3:dataaccesspointarn', 's3:dataaccesspointaccount']);

/**
 * Does one `operator / key / values` test pin the caller? Only a positive match does: a negated
 * operator (`NotIpAddress`, `StringNotEquals`), `…IfExists` or `ForAllValues:…` (true for an
 * empty or absent key) also passes requests that lack the key or come from anywhere else, `Null`
 * tests presence only, and `*` or a /0 range matches everyone.
 */
function keyRestricts(operator: string | undefined, key: string, values: VNode | undefined): boolean {
  if (!CALLER_KEYS.has(key.toLowerCase())) return false;
  if (operator === undefined) return true;
  if (/^ForAllValues:/i.test(operator)) return false;
  const op = operator.replace(/^For(?:Any|All)Values:/i, '');
  if (/^Not|^[A-Za-z]+Not[A-Z]|IfExists$|^Null$/.test(op)) return false;
  const vs = items(values).map((v) => str(v));
  // An unresolved value (a variable, a reference) is taken as restricting: silence, not a guess.
  if (vs.some((v) => v === undefined)) return true;
  if (!vs.length) return true;
  return !vs.every((v) => v === '*' || (key.toLowerCase() === 'aws:sourceip' && /\/0$/.test(v!.trim())));
}

/** JSON/CFN form: `{ Operator: { key: value } }`. Unknown shapes are read as restricting (silence, not a guess). */
function conditionRestricts(cond: VNode | undefined): boolean {
  if (!cond) return false;
  if (cond.kind !== 'map') return true;
  for (const [operator, byKey] of cond.entries ?? []) {
    if (byKey.kind !== 'map') return true;
    for (const [key, values] of byKey.entries ?? []) if (keyRestricts(operator, key, values)) return true;
  }
  return false;
}

/** Terraform policy documents: `condition { test, variable, values }` blocks. */
function tfConditionRestricts(conds: VNode | undefined): boolean {
  return items(conds).some((c) => {
    const variable = str(get(c, 'variable'));
    if (variable === undefined) return true;
    return keyRestricts(str(get(c, 'test')), variable, get(c, 'values'));
  });
}

function statementsOf(doc: VNode | undefined, path: string, resource: string, policyKind: Statement['policyKind']): Statement[] {
  const out: Statement[] = [];
  for (const s of items(getCi(doc, 'Statement'))) {
    if (s.kind !== 'map') continue;
    const principal = getCi(s, 'Principal');
    const principals = principal?.kind === 'map' ? [...(principal.entries?.values() ?? [])].flatMap((v) => strings(v)) : strings(principal);
    out.push({
      path, resource, node: s, policyKind,
      effect: str(getCi(s, 'Effect')) ?? 'Allow',
      actions: strings(getCi(s, 'Action')),
      notActions: strings(getCi(s, 'NotAction')),
      resources: strings(getCi(s, 'Resource')),
      principals,
      hasCondition: !!getCi(s, 'Condition'),
      restrictsCaller: conditionRestricts(getCi(s, 'Condition')),
    });
  }
  return out;
}

export function policyStatements(tf: readonly TfResource[], cfn: readonly CfnResource[]): Statement[] {
  const out: Statement[] = [];
  // Policy documents built with data "aws_iam_policy_document", by address, for the resources that use them.
  const documents = new Map<string, Statement[]>();
  // A plan writes a document's rendered JSON into every policy that uses it: by that text, the document it came from.
  const rendered = new Map<string, string>();
  for (const r of tf) {
    if (r.mode !== 'data' || r.type !== 'aws_iam_policy_document') continue;
    // A data source's address is already `module.a.data.aws_iam_policy_document.d`.
    const key = blockAddress(r);
    documents.set(key, [...(documents.get(key) ?? []), ...documentStatements(r)]);
    for (const attr of ['json', 'minified_json']) {
      const text = str(get(r.body, attr));
      if (text) rendered.set(text, key);
    }
  }
  const bucketDocuments = new Set<string>();
  const separateInline = new Set<string>();
  const separateBucketPolicy = new Set<string>();
  for (const r of tf) {
    const bucket = r.mode === 'resource' && r.type === 'aws_s3_bucket_policy' ? str(get(r.body, 'bucket')) : undefined;
    if (bucket) separateBucketPolicy.add(bucket);
  }
  for (const r of tf) if (r.mode === 'resource' && r.type === 'aws_iam_role_policy') separateInline.add(`${str(get(r.body, 'role'))}|${str(get(r.body, 'name'))}`);
  for (const r of tf) {
    const kind = r.mode === 'resource' ? (TF_POLICY[r.type] ?? (r.type === 'aws_s3_bucket' ? 'bucket' : undefined)) : undefined;
    // A plan of an existing bucket carries its policy in the bucket's state too: it is read on the aws_s3_bucket_policy that sets it.
    const bucketName = r.type === 'aws_s3_bucket' ? str(get(r.body, 'bucket')) : undefined;
    if (kind && !(bucketName && separateBucketPolicy.has(bucketName))) {
      // aws_s3_bucket took its policy inline before AWS provider v4.
      const policy = get(r.body, 'policy');
      const text = str(policy);
      const rendering = text === undefined ? undefined : rendered.get(text);
      const doc = rendering ? undefined : documentOf(policy);
      if (doc) out.push(...statementsOf(doc, r.path, r.address, kind));
      // A document used as a bucket policy is that kind of policy; as an identity policy it is read below.
      const target = doc || rendering ? undefined : referencedAddress(policy);
      const key = rendering ?? `${modulePrefix(r)}${target}`;
      if (kind !== 'identity' && (rendering || target?.startsWith('data.aws_iam_policy_document.')) && documents.has(key)) {
        bucketDocuments.add(key);
        for (const st of documents.get(key)!) out.push({ ...st, policyKind: kind, resource: r.address });
      }
    }
    if (r.mode === 'resource' && (r.type === 'aws_iam_role' || r.type === 'aws_iam_user' || r.type === 'aws_iam_group')) {
      const role = r.type === 'aws_iam_role' ? str(get(r.body, 'name')) : undefined;
      for (const inline of items(get(r.body, 'inline_policy'))) {
        // Read on the aws_iam_role_policy that manages it (a plan of an existing role lists it in the role's state too).
        if (role !== undefined && separateInline.has(`${role}|${str(get(inline, 'name'))}`)) continue;
        out.push(...statementsOf(documentOf(get(inline, 'policy')), r.path, r.address, 'identity'));
      }
    }
  }
  // A bucket policy's document (it names principals, which an identity policy cannot) is not
  // also an identity policy: read as both, one wildcard action was two findings on its line.
  for (const [key, statements] of documents) if (!bucketDocuments.has(key)) out.push(...statements);
  for (const r of cfn) {
    if (CFN_POLICY[r.type]) out.push(...statementsOf(documentOf(get(r.props, 'PolicyDocument')), r.path, r.logicalId, CFN_POLICY[r.type]!));
    if (r.type === 'AWS::IAM::Role' || r.type === 'AWS::IAM::User' || r.type === 'AWS::IAM::Group') {
      for (const p of items(get(r.props, 'Policies'))) out.push(...statementsOf(documentOf(get(p, 'PolicyDocument')), r.path, r.logicalId, 'identity'));
    }
    // An inline SAM policy is the document itself; policy templates (`S3ReadPolicy: …`) carry no Statement and are skipped.
    if (SAM_POLICIES.has(r.type)) for (const p of items(get(r.props, 'Policies'))) if (p.kind === 'map' && getCi(p, 'Statement')) out.push(...statementsOf(p, r.path, r.logicalId, 'identity'));
  }
  return out;
}

/** The statements of a `data "aws_iam_policy_document"`, read as an identity policy. */
function documentStatements(r: TfResource): Statement[] {
  const out: Statement[] = [];
  for (const s of items(get(r.body, 'statement'))) {
    if (s.kind !== 'map') continue;
    out.push({
      path: r.path, resource: r.address, node: s, policyKind: 'identity',
      effect: str(get(s, 'effect')) ?? 'Allow',
      actions: strings(get(s, 'actions')),
      notActions: strings(get(s, 'not_actions')),
      resources: strings(get(s, 'resources')),
      principals: items(get(s, 'principals')).flatMap((p) => strings(get(p, 'identifiers'))),
      hasCondition: !!get(s, 'condition'),
      restrictsCaller: tfConditionRestricts(get(s, 'condition')),
    });
  }
  return out;
}

/** Managed policy ARNs attached to identities, with where each is written. */
export function policyAttachments(tf: readonly TfResource[], cfn: readonly CfnResource[]): { path: string; resource: string; arn: string; node: VNode }[] {
  const out: { path: string; resource: string; arn: string; node: VNode }[] = [];
  const attached = new Set<string>();
  for (const r of tf) {
    if (r.mode !== 'resource') continue;
    const arn = str(get(r.body, 'policy_arn'));
    if (r.type === 'aws_iam_role_policy_attachment') attached.add(`${str(get(r.body, 'role'))}|${arn}`);
    if (r.type === 'aws_iam_policy_attachment') for (const role of strings(get(r.body, 'roles'))) attached.add(`${role.value}|${arn}`);
  }
  for (const r of tf) {
    if (r.mode !== 'resource') continue;
    if (/^aws_iam_(role|user|group)_policy_attachment$|^aws_iam_policy_attachment$/.test(r.type)) {
      for (const a of strings(get(r.body, 'policy_arn'))) out.push({ path: r.path, resource: r.address, arn: a.value, node: a.node });
    }
    if (r.type === 'aws_iam_role') {
      const role = str(get(r.body, 'name'));
      for (const a of strings(get(r.body, 'managed_policy_arns'))) {
        // Reported on the attachment that makes it (a plan of an existing role lists every attached ARN in the role's state).
        if (role !== undefined && attached.has(`${role}|${a.value}`)) continue;
        out.push({ path: r.path, resource: r.address, arn: a.value, node: a.node });
      }
    }
  }
  for (const r of cfn) {
    if (r.type === 'AWS::IAM::Role' || r.type === 'AWS::IAM::User' || r.type === 'AWS::IAM::Group') {
      for (const a of strings(get(r.props, 'ManagedPolicyArns'))) out.push({ path: r.path, resource: r.logicalId, arn: a.value, node: a.node });
    }
    // SAM expands a bare name in Policies to the AWS managed policy of that name.
    if (SAM_POLICIES.has(r.type)) {
      for (const a of strings(get(r.props, 'Policies'))) out.push({ path: r.path, resource: r.logicalId, arn: a.value.startsWith('arn:') ? a.value : `arn:aws:iam::aws:policy/${a.value}`, node: a.node });
    }
  }
  return out;
}
