import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Target, TargetType } from '../../core/target.js';
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

test('hostile input: deep nesting and alias bombs end with an issue or a bounded result', () => {
  const deep = 'a = ' + '['.repeat(5000) + ']'.repeat(5000) + '\n';
  const { inputs } = findings([tf('deep.tf', deep)]);
  assert.equal(inputs.issues[0]?.code, 'parse-error');
  const bomb = 'apiVersion: v1\nkind: ConfigMap\na: &a ["x","x","x","x","x","x","x","x","x"]\nb: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\nc: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\nd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\ne: [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n';
  const started = Date.now();
  findings([yaml('bomb.yaml', bomb)]);
  assert.ok(Date.now() - started < 5000);
});
