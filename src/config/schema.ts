import { createRequire } from 'node:module';
import type { z as Z } from 'zod';
import { CONFIDENCES, SEVERITIES } from '../core/severity.js';
import { ANALYZER_IDS } from '../core/rule.js';

type Zod = typeof import('zod');

let zodModule: Zod | undefined;
/**
 * zod, loaded on first use: it costs ~100 ms of startup, and a scan without a config file
 * (every coding-agent hook call) never needs it. The CommonJS build keeps this synchronous;
 * code that needs zod itself (generate-docs) uses this same instance.
 */
export function zodRuntime(): Zod {
  return (zodModule ??= createRequire(import.meta.url)('zod') as Zod);
}

function buildSchema() {
  const { z } = zodRuntime();
  const severity = z.enum(SEVERITIES);
  const confidence = z.enum(CONFIDENCES);
  const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD');

  const ruleSetting = z.union([
    z.enum(['off', 'on']),
    severity,
    z.strictObject({
      enabled: z.boolean().optional().describe('false disables the rule'),
      severity: severity.optional().describe('overrides the rule default'),
    }),
  ]);

  const ignoreEntry = z.strictObject({
    rule: z.string().min(1).optional().describe('rule id, or a prefix ending in "/*"'),
    path: z.string().min(1).optional().describe('glob, relative to the scan root'),
    fingerprint: z.string().min(1).optional(),
    reason: z.string().trim().min(3, 'a config ignore needs a reason'),
    expires: isoDate.optional().describe('after this date the finding returns'),
  }).refine((e) => e.rule !== undefined || e.path !== undefined || e.fingerprint !== undefined, {
    message: 'an ignore entry needs at least one of rule, path or fingerprint',
  });

  const aiPolicy = z.strictObject({
    failOn: severity.default('medium').describe('lowest severity that blocks on AI-written lines'),
    minConfidence: confidence.default('low'),
    forbid: z.array(z.string()).default([]).describe('rule ids that always block on AI-written lines, whatever their severity'),
    paths: z.array(z.string()).default([]).describe('globs of files declared AI-written'),
    commits: z.array(z.string()).default([]).describe('commit shas declared AI-written'),
    allowSelfSuppression: z.boolean().default(false).describe('let suppressions added by AI-written changes take effect'),
  });

  const analyzerSwitches = z.strictObject(
    Object.fromEntries(ANALYZER_IDS.map((id) => [id, z.boolean().optional()])) as Record<(typeof ANALYZER_IDS)[number], Z.ZodOptional<Z.ZodBoolean>>,
  );

  const analyzerSettings = z.record(z.string(), z.unknown());

  return z.strictObject({
    $schema: z.string().optional(),
    include: z.array(z.string()).default([]).describe('globs; when set, only matching files are scanned'),
    exclude: z.array(z.string()).default([]).describe('globs of files never scanned'),
    analyzers: analyzerSwitches.default({}).describe('turn analyzers on or off'),
    rules: z.record(z.string(), ruleSetting).default({}).describe('per-rule "off", a severity, or { enabled, severity }'),
    failOn: severity.default('high').describe('lowest severity that fails the gate'),
    minConfidence: confidence.default('low').describe('findings below this confidence are not reported'),
    baseline: z.string().optional().describe('baseline file; only findings not in it are reported'),
    ignore: z.array(ignoreEntry).default([]).describe('config-level suppressions; each needs a reason'),
    maxFileSizeBytes: z.number().int().positive().default(2 * 1024 * 1024),
    ai: aiPolicy.default(aiPolicy.parse({})).describe('stricter policy for AI-written code'),
    secrets: analyzerSettings.optional(),
    code: analyzerSettings.optional(),
    dependencies: analyzerSettings.optional(),
    iac: analyzerSettings.optional(),
  });
}

type ConfigSchema = ReturnType<typeof buildSchema>;
let built: ConfigSchema | undefined;
const schemaNow = (): ConfigSchema => (built ??= buildSchema());

/** The config schema, built on first access (see zodRuntime); behaves as the zod object it wraps. */
export const configSchema: ConfigSchema = new Proxy({} as ConfigSchema, {
  get: (_target, key) => {
    const value = Reflect.get(schemaNow(), key) as unknown;
    return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(schemaNow()) : value;
  },
  has: (_target, key) => Reflect.has(schemaNow(), key),
  ownKeys: () => Reflect.ownKeys(schemaNow()),
  getOwnPropertyDescriptor: (_target, key) => {
    const d = Reflect.getOwnPropertyDescriptor(schemaNow(), key);
    return d ? { ...d, configurable: true } : d;
  },
  getPrototypeOf: () => Reflect.getPrototypeOf(schemaNow()),
});

/** The real zod object, for code that walks the schema (JSON Schema generation). */
export function configSchemaObject(): ConfigSchema {
  return schemaNow();
}

export type Config = Z.input<ConfigSchema>;
export type ResolvedConfig = Z.output<ConfigSchema>;
export type IgnoreEntry = ResolvedConfig['ignore'][number];

export { defaultConfig } from './defaults.js';
