import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Target, TargetType } from '../../core/target.js';
import { assertNearLinear } from '../../testing/complexity.js';
import { parseInputs, runRules } from './analyzer.js';
import { parseHcl } from './parsers/hcl.js';
import { iacRules } from './rules/index.js';

function t(path: string, text: string, type: TargetType): Target {
  return { path, text, type, sizeBytes: text.length };
}
const tf = (path: string, text: string) => t(path, text, { kind: 'iac', format: 'terraform' });
const yaml = (path: string, text: string) => t(path, text, { kind: 'iac', format: 'yaml' });

function findings(targets: Target[], ruleId?: string) {
  const inputs = parseInputs(targets);
  const rules = ruleId ? iacRules.filter((r) => r.meta.id === ruleId) : iacRules;
  return { ...runRules(inputs, rules, () => true), inputs };
}

test('HCL keeps positions through heredocs, templates, objects and comments', () => {
  const body = parseHcl('# c\nresource "a" "b" {\n  x = <<EOT\nhello ${var.y}\nEOT\n  /* multi\n  line */\n  m = { k = [1, -2, "s"], "q" : true }\n  n = var.z ? 1 : 2\n}\n');
  const block = body.blocks[0]!;
  assert.deepEqual(block.labels, ['a', 'b']);
  assert.equal(block.body.attributes.get('x')!.kind, 'expr');
  const m = block.body.attributes.get('m')!;
  assert.equal(m.keySpan!.sl, 8);
  assert.equal(m.entries!.get('k')!.items![1]!.value, -2);
  assert.equal(m.entries!.get('q')!.value, true);
  assert.equal(block.body.attributes.get('n')!.kind, 'expr');
});

test('variables, locals, tfvars and local modules resolve; findings land on the use site', () => {
  const { findings: f, inputs } = findings([
    tf('infra/variables.tf', 'variable "public" {\n  default = false\n}\n'),
    t('infra/terraform.tfvars', 'public = true\n', { kind: 'iac', format: 'terraform-vars' }),
    tf('infra/main.tf', 'locals {\n  enc = false\n}\nresource "aws_ebs_volume" "v" {\n  availability_zone = "us-east-1a"\n  encrypted = local.enc\n}\nmodule "db" {\n  source = "./modules/db"\n  public = var.public\n}\n'),
    tf('infra/modules/db/main.tf', 'variable "public" {\n  default = false\n}\nresource "aws_db_instance" "this" {\n  publicly_accessible = var.public\n  storage_encrypted = true\n}\n'),
  ]);
  assert.equal(inputs.issues.length, 0);
  const ebs = f.find((x) => x.ruleId === 'iac/aws/ebs-unencrypted');
  assert.equal(ebs?.location.startLine, 6);
  const rds = f.find((x) => x.ruleId === 'iac/aws/rds-public');
  assert.ok(rds, 'module input from tfvars reaches the module');
  assert.equal(rds.resource, 'module.db.aws_db_instance.this');
  assert.equal(rds.location.path, 'infra/modules/db/main.tf');
  assert.equal(rds.location.startLine, 5);
});

test('elements of a dynamic block and instances of a module report one problem once', () => {
  const names = Array.from({ length: 70 }, (_, i) => `"n${i}"`).join(', ');
  const { findings: f, inputs } = findings([
    tf('main.tf', `module "app" {\n  source   = "./sg"\n  for_each = { a = "x", b = "y" }\n  tag      = each.value\n  names    = [${names}]\n}\n`),
    tf('sg/main.tf', 'variable "names" {\n  default = []\n}\nvariable "tag" {\n  default = ""\n}\nresource "aws_security_group" "web" {\n  name = var.tag\n  dynamic "ingress" {\n    for_each = var.names\n    content {\n      description = ingress.value\n      from_port   = 22\n      to_port     = 22\n      protocol    = "tcp"\n      cidr_blocks = ["0.0.0.0/0"]\n    }\n  }\n}\n'),
  ], 'iac/aws/sg-open-ssh');
  // One finding per instance on the cidr line, not one per ingress element.
  assert.deepEqual(f.map((x) => `${x.resource}@${x.location.startLine}`).sort(), ['module.app["a"].aws_security_group.web@16', 'module.app["b"].aws_security_group.web@16']);
  // The 64-element cap is reported once, not once per module instance.
  const keys = inputs.issues.map((i) => `${i.path}:${i.line} ${i.message}`);
  assert.equal(keys.filter((k) => k.includes('dynamic "ingress" has 70 elements')).length, 1, keys.join(' | '));
});

test('malformed Terraform is a parse-error issue, not a silent miss', () => {
  const { inputs } = findings([tf('bad.tf', 'resource "aws_s3_bucket" "b" {\n  acl = "private"\n')]);
  assert.equal(inputs.issues[0]?.code, 'parse-error');
  assert.equal(inputs.issues[0]?.path, 'bad.tf');
});

test('Helm templates that are not YAML are reported as render-required', () => {
  const { inputs } = findings([t('charts/app/templates/deploy.yaml', 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {{ .Release.Name }}\n{{- if .Values.x }}\n  labels: {}\n{{- end }}\n', { kind: 'iac', format: 'helm-template' })]);
  assert.equal(inputs.issues[0]?.code, 'render-required');
});

test('CloudFormation short-form intrinsics and parameter defaults', () => {
  const { findings: f } = findings([
    yaml('stack.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nParameters:\n  Public:\n    Type: String\n    Default: "true"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      DBInstanceIdentifier: !Sub "${AWS::StackName}-db"\n      PubliclyAccessible: !Ref Public\n      StorageEncrypted: !If [IsProd, true, false]\n'),
  ]);
  const pub = f.find((x) => x.ruleId === 'iac/aws/rds-public');
  assert.equal(pub?.location.startLine, 11);
  assert.equal(f.filter((x) => x.ruleId === 'iac/aws/rds-unencrypted').length, 0, 'an unknown !If is not guessed');
});

test('CloudFormation JSON and Terraform plan JSON named *.json are sniffed', () => {
  const cfn = JSON.stringify({ Resources: { V: { Type: 'AWS::EC2::Volume', Properties: { Encrypted: false } } } }, null, 2);
  const plan = JSON.stringify({ format_version: '1.2', planned_values: { root_module: { resources: [{ address: 'aws_efs_file_system.x', mode: 'managed', type: 'aws_efs_file_system', name: 'x', values: { encrypted: false } }] } } }, null, 2);
  const { findings: f } = findings([t('a/template.json', cfn, { kind: 'text' }), t('b/plan.json', plan, { kind: 'text' }), t('c/package.json', '{"name":"x"}', { kind: 'text' })]);
  assert.ok(f.some((x) => x.ruleId === 'iac/aws/ebs-unencrypted' && x.location.path === 'a/template.json'));
  assert.ok(f.some((x) => x.ruleId === 'iac/aws/efs-unencrypted' && x.location.path === 'b/plan.json' && x.resource === 'aws_efs_file_system.x'));
});

test('Kubernetes List kinds and multi-document files', () => {
  const text = 'apiVersion: v1\nkind: List\nitems:\n  - apiVersion: v1\n    kind: Pod\n    metadata: {name: a, namespace: x}\n    spec:\n      containers:\n        - name: c\n          image: nginx\n          securityContext: {privileged: true}\n---\napiVersion: v1\nkind: Pod\nmetadata: {name: b, namespace: x}\nspec:\n  hostPID: true\n  containers: [{name: d, image: nginx}]\n';
  const { findings: f } = findings([yaml('k.yaml', text)]);
  assert.ok(f.some((x) => x.ruleId === 'iac/kubernetes/privileged-container' && x.resource === 'Pod/a' && x.location.startLine === 11));
  assert.ok(f.some((x) => x.ruleId === 'iac/kubernetes/host-pid' && x.resource === 'Pod/b'));
});

test('hostile input: deep nesting and alias bombs end with an issue or a bounded result', async () => {
  const deep = 'a = ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
  const { inputs } = findings([tf('deep.tf', deep)]);
  assert.equal(inputs.issues[0]?.code, 'parse-error');
  // Five levels, each `width` aliases of the one before: width^5 nodes if every alias were expanded
  // (8 levels of 9 ran out of a 4 GB heap). Expansion stops at a budget linear in the file.
  const bomb = (width: number) => {
    const level = (name: string, item: string) => `${name}: &${name} [${Array(width).fill(item).join(',')}]\n`;
    return `apiVersion: v1\nkind: ConfigMap\n${level('a', '"x"')}${level('b', '*a')}${level('c', '*b')}${level('d', '*c')}${level('e', '*d')}`;
  };
  const bombed = await assertNearLinear('alias bomb', 16, (width) => findings([yaml('bomb.yaml', bomb(width))]));
  assert.match(bombed.inputs.issues[0]?.message ?? '', /aliases expand to more than \d+ nodes/);
  // Many aliases of one anchor: resolving each by a walk of the whole document was quadratic (20,000 took 38 s).
  const many = await assertNearLinear('aliases', 20_000, (n) => findings([yaml('many.yaml', `apiVersion: v1\nkind: ConfigMap\nx: &a "v"\nitems:\n${'  - *a\n'.repeat(n)}`)]));
  assert.deepEqual(many.inputs.issues, []);
});

test('a module that cannot be evaluated offline is an unresolved issue naming it', () => {
  const { inputs } = findings([
    tf('infra/main.tf', 'module "vpc" {\n  source  = "terraform-aws-modules/vpc/aws"\n  version = "5.1.0"\n}\nmodule "net" {\n  source = "git::https://example.com/net.git?ref=v1"\n}\nmodule "gone" {\n  source = "./modules/gone"\n}\n'),
  ]);
  const unresolved = inputs.issues.filter((i) => i.code === 'unresolved');
  assert.equal(unresolved.length, 3);
  assert.match(unresolved[0]!.message, /module "vpc".*terraform-aws-modules\/vpc\/aws.*not checked/);
  assert.equal(unresolved[0]!.line, 1);
  assert.match(unresolved[1]!.message, /module "net"/);
  assert.match(unresolved[2]!.message, /module "gone".*not in the scanned tree/);
});

test('count and for_each on modules instantiate them per instance; count = 0 creates nothing', () => {
  const { findings: f, inputs } = findings([
    tf('infra/main.tf', 'module "db" {\n  source   = "./db"\n  for_each = { prod = false, dev = true }\n  public   = each.value\n}\nmodule "off" {\n  source = "./db"\n  count  = 0\n  public = true\n}\n'),
    tf('infra/db/main.tf', 'variable "public" {\n  default = false\n}\nresource "aws_db_instance" "this" {\n  publicly_accessible = var.public\n  storage_encrypted   = true\n}\n'),
  ]);
  assert.equal(inputs.issues.length, 0);
  const rds = f.filter((x) => x.ruleId === 'iac/aws/rds-public');
  assert.deepEqual(rds.map((x) => x.resource), ['module.db["dev"].aws_db_instance.this']);
  assert.equal(rds[0]!.location.startLine, 5);
});

test('an unknown for_each or count still checks the settings that do not depend on it', () => {
  const { findings: f } = findings([
    tf('main.tf', 'variable "names" {}\nresource "aws_ebs_volume" "v" {\n  for_each          = var.names\n  availability_zone = "us-east-1a"\n  encrypted         = false\n}\nresource "aws_security_group" "sg" {\n  dynamic "ingress" {\n    for_each = var.names\n    content {\n      from_port   = 22\n      to_port     = 22\n      protocol    = "tcp"\n      cidr_blocks = [ingress.value]\n    }\n  }\n}\n'),
  ]);
  assert.ok(f.some((x) => x.ruleId === 'iac/aws/ebs-unencrypted' && x.location.startLine === 5 && x.resource === 'aws_ebs_volume.v'));
  assert.ok(!f.some((x) => x.ruleId === 'iac/aws/sg-open-ssh'), 'an unknown CIDR is not guessed');
});

test('a huge for_each is bounded with an issue; identical instances collapse', () => {
  const keys = Array.from({ length: 100 }, (_, i) => `k${i} = false`).join('\n    ');
  const { findings: f, inputs } = findings([
    tf('main.tf', `variable "vols" {\n  default = {\n    ${keys}\n  }\n}\nresource "aws_ebs_volume" "v" {\n  for_each          = var.vols\n  availability_zone = "us-east-1a"\n  encrypted         = each.value\n}\n`),
  ]);
  assert.ok(inputs.issues.some((i) => i.code === 'unresolved' && /100 instances; only the first 64/.test(i.message)));
  // Identical instances collapse to one finding on the block's own address.
  assert.deepEqual(f.filter((x) => x.ruleId === 'iac/aws/ebs-unencrypted').map((x) => x.resource), ['aws_ebs_volume.v']);
});

test('known registry modules are checked as the resources they create, with their version defaults', () => {
  const mod = (name: string, body: string) => `module "${name}" {\n${body}\n}\n`;
  const { findings: f, inputs } = findings([
    tf('main.tf', [
      mod('old_bucket', '  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "3.7.0"\n  bucket  = "a"'),
      mod('new_bucket', '  source  = "terraform-aws-modules/s3-bucket/aws"\n  version = "~> 4.0"\n  bucket  = "b"'),
      mod('open_bucket', '  source  = "terraform-aws-modules/s3-bucket/aws"\n  bucket  = "c"'),
      mod('skipped', '  source  = "git::https://github.com/terraform-aws-modules/terraform-aws-rds.git?ref=v6.1.0"\n  create_db_instance  = false\n  publicly_accessible = true'),
      mod('db', '  source  = "github.com/terraform-aws-modules/terraform-aws-rds"\n  publicly_accessible = true'),
    ].join('')),
  ]);
  assert.equal(inputs.issues.length, 0, 'modelled modules are not unresolved');
  const pab = f.filter((x) => x.ruleId === 'iac/aws/s3-block-public-access').map((x) => x.resource);
  // Before v3.9.0 the module leaves public access blocking off; without a version the default is unknown.
  assert.ok(pab.every((r) => r?.startsWith('module.old_bucket.')) && pab.length > 0, JSON.stringify(pab));
  const rds = f.filter((x) => x.ruleId === 'iac/aws/rds-public');
  assert.deepEqual(rds.map((x) => x.resource), ['module.db.aws_db_instance.this']);
  assert.equal(rds[0]!.location.startLine, 22);
  assert.ok(!f.some((x) => x.ruleId === 'iac/aws/rds-unencrypted' && x.resource?.startsWith('module.db.')), 'an unpinned version does not guess the encryption default');
});

test('nested for_each over modules and dynamic blocks cannot multiply without bound', async () => {
  // n keys in each of four nested modules and two nested dynamic blocks: n^6 instances unbounded.
  const files = (n: number) => {
    const keys = Array.from({ length: n }, (_, i) => `k${i} = ${i}`).join(', ');
    const mod = (dir: string, child?: string) =>
      tf(`${dir}/main.tf`, `variable "n" {\n  default = 0\n}\n${child ? `module "m" {\n  source   = "./${child}"\n  for_each = { ${keys} }\n  n        = each.value\n}\n` : ''}resource "aws_security_group" "sg" {\n  name = "g\${var.n}"\n  dynamic "ingress" {\n    for_each = { ${keys} }\n    content {\n      from_port = ingress.value\n      to_port   = ingress.value\n      dynamic "egress_like" {\n        for_each = { ${keys} }\n        content {\n          x = egress_like.value\n        }\n      }\n    }\n  }\n}\n`);
    return [mod('a', 'b'), mod('a/b', 'c'), mod('a/b/c', 'd'), mod('a/b/c/d')];
  };
  const { inputs } = await assertNearLinear('nested for_each', 64, (n) => findings(files(n)));
  assert.ok(inputs.issues.some((i) => i.code === 'unresolved' && /expansion stopped after 5000/.test(i.message)));
});

test('dynamic blocks bind their iterator; values from another file are reported at the use site', () => {
  const groups = 'variable "groups" {\n  default = { admin = { cidrs = ["0.0.0.0/0"] }, app = { cidrs = ["10.0.0.0/8"] } }\n}\n';
  const sg = 'resource "aws_security_group" "sg" {\n  dynamic "ingress" {\n    for_each = var.groups\n    content {\n      description = ingress.key\n      from_port   = 22\n      to_port     = 22\n      protocol    = "tcp"\n      cidr_blocks = ingress.value.cidrs\n    }\n  }\n}\n';
  // Same file: the open CIDR is reported where it is written.
  const same = findings([tf('a/main.tf', groups + sg)]).findings.filter((x) => x.ruleId === 'iac/aws/sg-open-ssh');
  assert.deepEqual(same.map((x) => [x.location.path, x.location.startLine]), [['a/main.tf', 2]]);
  // Another file: never a line of variables.tf under main.tf's path; the dynamic block's for_each is the use site.
  const other = findings([tf('b/variables.tf', groups), tf('b/main.tf', sg)]).findings.filter((x) => x.ruleId === 'iac/aws/sg-open-ssh');
  assert.deepEqual(other.map((x) => [x.location.path, x.location.startLine]), [['b/main.tf', 3]]);
});

test('a policy held in a local of another file is located at the use site', () => {
  const { findings: f } = findings([
    tf('c/locals.tf', 'locals {\n  admin = <<EOF\n{\n  "Statement": [\n    {"Effect": "Allow", "Action": "*", "Resource": "*"}\n  ]\n}\nEOF\n}\n'),
    tf('c/main.tf', 'resource "aws_iam_policy" "p" {\n  name   = "admin"\n  policy = local.admin\n}\n'),
  ]);
  const wild = f.filter((x) => x.ruleId === 'iac/aws/iam-wildcard-action');
  assert.ok(wild.length > 0);
  assert.ok(wild.every((x) => x.location.path === 'c/main.tf' && x.location.startLine === 3), JSON.stringify(wild.map((x) => x.location)));
});
